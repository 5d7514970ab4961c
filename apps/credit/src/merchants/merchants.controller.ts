import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiExport, ApiProblems, ApiPublic, CurrentUser, IdempotentCreate, PageQueryDto, platformProblems, type AuthUser } from '#platform';
import { historyProblems } from '../history/history-problems.js';
import { ratingProblems } from '../ratings/rating-problems.js';
import { creditProblems } from '../shared/credit-problems.js';
import {
  BenefitDto,
  BenefitPageDto,
  BenefitStatisticsDto,
  BenefitStatisticsQueryDto,
  BenefitUseDto,
  BenefitUsePageDto,
  CardPresentationDto,
  CardVerificationDto,
  CreateBenefitDto,
  CreateMerchantDto,
  ListBenefitsQueryDto,
  ListBenefitUsesQueryDto,
  ListMerchantsQueryDto,
  MerchantDto,
  MerchantPageDto,
  RecordHistoricalBenefitUseDto,
} from './dto/merchant.dto.js';
import { merchantProblems } from './merchant-problems.js';
import { MerchantsService } from './merchants.service.js';
import { CREDIT_UNIT_RULES } from '../unit-rules.js';
import { BENEFIT_STATISTICS_EXPORT, MERCHANTS_EXPORT } from './merchants.export.js';

/** How a presented card QR code can fail verification. */
const CARD_QR_PROBLEMS = [ratingProblems.cardQrMalformed, ratingProblems.cardQrBadSignature, ratingProblems.cardQrExpired];

@ApiTags('credit')
@Controller()
export class MerchantsController {
  constructor(private readonly merchants: MerchantsService) {}

  @Post('merchants')
  @HttpCode(201)
  @ApiAuth({ units: CREDIT_UNIT_RULES.newMerchant }, 'credit-staff')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'creditCreateMerchant', summary: 'Sign a partner merchant (信用社区共建商户) with a community or the sub-district' })
  @ApiCreatedResponse({ type: MerchantDto })
  @ApiProblems(creditProblems.communityForbidden, merchantProblems.unitNotFound, merchantProblems.merchantCodeTaken, merchantProblems.accountAlreadyLinked)
  createMerchant(@CurrentUser() user: AuthUser, @Body() input: CreateMerchantDto) {
    return this.merchants.createMerchant(user, input);
  }

  @Get('merchants')
  @ApiPublic()
  @ApiOperation({ operationId: 'creditListMerchants', summary: 'Partner merchants by code' })
  @ApiExport(MERCHANTS_EXPORT)
  @ApiOkResponse({ type: MerchantPageDto })
  listMerchants(@Query() query: ListMerchantsQueryDto) {
    return this.merchants.listMerchants(query);
  }

  @Post('benefits')
  @HttpCode(201)
  @ApiAuth({ units: CREDIT_UNIT_RULES.merchant }, 'credit-staff')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'creditCreateBenefit', summary: 'Add a merchant benefit for households of a minimum rating' })
  @ApiCreatedResponse({ type: BenefitDto })
  @ApiProblems(creditProblems.communityForbidden, merchantProblems.merchantNotFound, merchantProblems.benefitCodeTaken)
  createBenefit(@CurrentUser() user: AuthUser, @Body() input: CreateBenefitDto) {
    return this.merchants.createBenefit(user, input);
  }

  @Get('benefits')
  @ApiPublic()
  @ApiOperation({ operationId: 'creditListBenefits', summary: "Public list of partner merchants' benefits, optionally those a rating level qualifies for" })
  @ApiOkResponse({ type: BenefitPageDto })
  listBenefits(@Query() query: ListBenefitsQueryDto) {
    return this.merchants.listBenefits(query);
  }

  @Post('card-verifications')
  @HttpCode(200)
  @ApiAuth({ units: CREDIT_UNIT_RULES.merchantAccount }, 'merchant')
  @ApiOperation({
    operationId: 'creditVerifyServiceCard',
    summary: 'Merchant: does this card qualify for my benefit? Answers yes or no and reveals nothing else',
  })
  @ApiOkResponse({ type: CardVerificationDto, description: 'Whether the card qualifies; an unknown card number answers `qualifies: false`.' })
  @ApiBadRequestResponse({ description: 'Validation failed, e.g. both or neither of cardNumber and qrPayload.' })
  @ApiProblems(merchantProblems.benefitNotFound, ...CARD_QR_PROBLEMS)
  verify(@CurrentUser() user: AuthUser, @Body() input: CardPresentationDto) {
    return this.merchants.verify(user, input);
  }

  @Post('benefit-uses')
  @HttpCode(201)
  @ApiAuth({ units: CREDIT_UNIT_RULES.merchantAccount }, 'merchant')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'creditRecordBenefitUse', summary: 'Merchant: record that a qualifying card holder used a benefit' })
  @ApiCreatedResponse({ type: BenefitUseDto })
  @ApiProblems(merchantProblems.benefitNotFound, merchantProblems.notQualified, ...CARD_QR_PROBLEMS)
  recordUse(@CurrentUser() user: AuthUser, @Body() input: CardPresentationDto) {
    return this.merchants.recordUse(user, input);
  }

  @Post('historical-benefit-uses')
  @HttpCode(201)
  @ApiAuth({ units: CREDIT_UNIT_RULES.history }, 'records-clerk')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'creditRecordHistoricalBenefitUse',
    summary: 'Records clerk: enter a benefit use from before the platform under its business date, with the reason; marked `recordedLate`',
  })
  @ApiCreatedResponse({ type: BenefitUseDto })
  @ApiBadRequestResponse({ description: 'Validation failed (a reason is required).' })
  @ApiProblems(creditProblems.householdNotFound, historyProblems.dateOutOfRange, platformProblems.dateOrder, merchantProblems.unknownBenefit)
  recordHistoricalUse(@CurrentUser() user: AuthUser, @Body() input: RecordHistoricalBenefitUseDto) {
    return this.merchants.recordHistoricalUse(user, input);
  }

  @Get('historical-benefit-uses')
  @ApiAuth({ units: CREDIT_UNIT_RULES.historyList }, 'records-clerk')
  @ApiOperation({
    operationId: 'creditListHistoricalBenefitUses',
    summary: "Records clerk: the back-dated benefit uses of households of the clerk's communities, latest entered first",
  })
  @ApiOkResponse({ type: BenefitUsePageDto })
  listHistoricalUses(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    return this.merchants.listHistoricalUses(user, query);
  }

  @Get('benefit-uses')
  @ApiAuth({ units: CREDIT_UNIT_RULES.benefitUses }, 'credit-staff', 'merchant')
  @ApiOperation({
    operationId: 'creditListBenefitUses',
    summary: 'Benefit uses, newest first: staff of the area with the household, a merchant its own without it',
  })
  @ApiOkResponse({ type: BenefitUsePageDto })
  listUses(@CurrentUser() user: AuthUser, @Query() query: ListBenefitUsesQueryDto) {
    return this.merchants.listUses(user, query);
  }

  @Get('benefit-statistics')
  @ApiAuth('credit-staff', 'leadership', 'integrator')
  @ApiOperation({
    operationId: 'creditGetBenefitStatistics',
    summary:
      'Benefit uses per merchant and benefit as of a business date or over a period, counted from the uses by the day they happened, history included (at most 100 benefits)',
  })
  @ApiExport(BENEFIT_STATISTICS_EXPORT)
  @ApiOkResponse({ type: BenefitStatisticsDto })
  @ApiBadRequestResponse({ description: 'Validation failed, e.g. `asOf` together with `from`/`to`.' })
  @ApiProblems(platformProblems.dateOrder)
  statistics(@Query() query: BenefitStatisticsQueryDto) {
    return this.merchants.statistics(query);
  }
}
