import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, CurrentUser, IdempotentCreate, platformProblems, UuidParam, type AuthUser } from '#platform';
import { creditProblems } from '../shared/credit-problems.js';
import { appealProblems } from './appeal-problems.js';
import { AppealsService } from './appeals.service.js';
import { AppealDto, AppealPageDto, CreateAppealDto, DecideAppealDto, ListAppealsQueryDto } from './dto/appeal.dto.js';
import { CREDIT_UNIT_RULES } from '../unit-rules.js';

@ApiTags('credit')
@Controller('appeals')
export class AppealsController {
  constructor(private readonly appeals: AppealsService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth({ units: CREDIT_UNIT_RULES.appealFiling }, 'resident', 'credit-staff')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'creditFileAppeal', summary: 'Appeal a deduction (within 15 working days); staff must decide within 10 working days' })
  @ApiCreatedResponse({ type: AppealDto })
  @ApiProblems(
    appealProblems.entryForbidden,
    creditProblems.ledgerEntryNotFound,
    appealProblems.alreadyAppealed,
    appealProblems.deductionAlreadyReversed,
    appealProblems.notADeduction,
    appealProblems.windowClosed,
    platformProblems.calendarYearMissing,
  )
  file(@CurrentUser() user: AuthUser, @Body() input: CreateAppealDto) {
    return this.appeals.file(user, input);
  }

  @Get()
  @ApiAuth({ units: CREDIT_UNIT_RULES.appeals }, 'resident', 'credit-staff')
  @ApiOperation({ operationId: 'creditListAppeals', summary: 'Appeals, oldest first, filterable by status and overdue' })
  @ApiOkResponse({ type: AppealPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListAppealsQueryDto) {
    return this.appeals.list(user, query);
  }

  @Get(':id')
  @ApiAuth({ units: CREDIT_UNIT_RULES.appeal }, 'resident', 'credit-staff')
  @ApiOperation({ operationId: 'creditGetAppeal', summary: 'Get one appeal' })
  @ApiOkResponse({ type: AppealDto })
  @ApiProblems(appealProblems.appealForbidden, appealProblems.notFound)
  get(@CurrentUser() user: AuthUser, @UuidParam('id') id: string) {
    return this.appeals.get(user, id);
  }

  @Post(':id/decisions')
  @HttpCode(200)
  @ApiAuth({ units: CREDIT_UNIT_RULES.appealDecision }, 'credit-staff')
  @ApiOperation({ operationId: 'creditDecideAppeal', summary: 'Uphold (reversing the deduction) or reject an appeal, with a reason' })
  @ApiOkResponse({ type: AppealDto })
  @ApiProblems(creditProblems.communityForbidden, appealProblems.notFound, appealProblems.alreadyDecided, appealProblems.deductionReversedMeanwhile)
  decide(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() input: DecideAppealDto) {
    return this.appeals.decide(user, id, input);
  }
}
