import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, ApiPublic, CurrentUser, IdempotentCreate, PageQueryDto, UuidParam, type AuthUser } from '#platform';
import { businessEnvironmentProblems } from './business-environment-problems.js';
import { BusinessEnvironmentService } from './business-environment.service.js';
import {
  BusinessPolicyDto,
  BusinessPolicyPageDto,
  BusinessPolicyQueryDto,
  CreateBusinessPolicyDto,
  PayoutDto,
  PayoutPageDto,
  RecordPayoutDto,
} from './dto/business-environment.dto.js';

/** 营商环境专栏: public reads; the platform's administrators maintain it. */
@ApiTags('supervision')
@Controller('business-policies')
export class BusinessEnvironmentController {
  constructor(private readonly column: BusinessEnvironmentService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth('zone-admin')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'supervisionCreateBusinessPolicy',
    summary: 'Publish a preferential policy (双招双引) with how to apply, in the business-environment column',
  })
  @ApiCreatedResponse({ type: BusinessPolicyDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  create(@Body() input: CreateBusinessPolicyDto, @CurrentUser() user: AuthUser): Promise<BusinessPolicyDto> {
    return this.column.createPolicy(input, user);
  }

  @Get()
  @ApiPublic()
  @ApiOperation({ operationId: 'supervisionListBusinessPolicies', summary: 'List business-environment policies with their payout totals, newest first' })
  @ApiOkResponse({ type: BusinessPolicyPageDto })
  list(@Query() query: BusinessPolicyQueryDto) {
    return this.column.policies(query);
  }

  @Get(':id')
  @ApiPublic()
  @ApiOperation({ operationId: 'supervisionGetBusinessPolicy', summary: 'Get a policy: eligibility, how to apply, what has been paid' })
  @ApiOkResponse({ type: BusinessPolicyDto })
  @ApiProblems(businessEnvironmentProblems.policyNotFound)
  get(@UuidParam('id') id: string): Promise<BusinessPolicyDto> {
    return this.column.getPolicy(id);
  }

  @Post(':id/payouts')
  @HttpCode(201)
  @ApiAuth('zone-admin')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'supervisionRecordSubsidyPayout', summary: 'Record a subsidy or reward paid under a policy (奖补政策兑现)' })
  @ApiCreatedResponse({ type: PayoutDto })
  @ApiProblems(businessEnvironmentProblems.policyNotFound)
  @ApiProblems(businessEnvironmentProblems.payoutReferenceTaken)
  record(@UuidParam('id') id: string, @Body() input: RecordPayoutDto, @CurrentUser() user: AuthUser): Promise<PayoutDto> {
    return this.column.recordPayout(id, input, user);
  }

  @Get(':id/payouts')
  @ApiPublic()
  @ApiOperation({ operationId: 'supervisionListSubsidyPayouts', summary: "Payouts under a policy, latest first; individuals' names masked publicly" })
  @ApiOkResponse({ type: PayoutPageDto })
  @ApiProblems(businessEnvironmentProblems.policyNotFound)
  payouts(@UuidParam('id') id: string, @Query() query: PageQueryDto, @CurrentUser() user: AuthUser | undefined) {
    return this.column.payouts(id, query, user);
  }
}
