import { Body, Controller, Get, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiAuth,
  ApiExport,
  ApiProblems,
  ApiPublic,
  ApiQrImageResponse,
  CurrentUser,
  PageQueryDto,
  QrImageQueryDto,
  sendQrImage,
  UuidParam,
  ZONE_UNIT,
  type AuthUser,
} from '#platform';
import { registryProblems } from '../registry/registry-problems.js';
import { creditProblems } from '../shared/credit-problems.js';
import { RatingChangePageDto, RatingExplanationDto, RatingThresholdsDto, ServiceCardDto } from './dto/rating.dto.js';
import { RatingLevelStatisticsDto, RatingLevelStatisticsQueryDto } from './dto/rating-statistics.dto.js';
import { ratingProblems } from './rating-problems.js';
import { RATING_LEVEL_STATISTICS_EXPORT } from './ratings.export.js';
import { RatingsService } from './ratings.service.js';
import { CREDIT_UNIT_RULES } from '../unit-rules.js';

/** The card's QR image lets its holder be served: personal, never kept by a browser or proxy. */
const CARD_QR_CACHE_CONTROL = 'no-store';

@ApiTags('credit')
@Controller()
export class RatingsController {
  constructor(private readonly ratings: RatingsService) {}

  @Get('rating-thresholds')
  @ApiPublic()
  @ApiOperation({ operationId: 'creditGetRatingThresholds', summary: 'Household score needed for each rating level (A / AA / AAA)' })
  @ApiOkResponse({ type: RatingThresholdsDto })
  thresholds() {
    return this.ratings.thresholds();
  }

  @Put('rating-thresholds')
  @ApiAuth({ units: ZONE_UNIT }, 'credit-staff')
  @ApiOperation({
    operationId: 'creditSetRatingThresholds',
    summary: 'Set the zone-wide rating thresholds; every household is re-rated at once (zone staff only)',
  })
  @ApiOkResponse({ type: RatingThresholdsDto })
  @ApiProblems(ratingProblems.invalidThresholds)
  setThresholds(@Body() input: RatingThresholdsDto) {
    return this.ratings.setThresholds(input);
  }

  @Get('rating-level-statistics')
  @ApiAuth('credit-staff', 'leadership', 'integrator')
  @ApiOperation({
    operationId: 'creditGetRatingLevelStatistics',
    summary: "Households per rating level and community (with its sub-district) as of a business date, from the households' rating history",
  })
  @ApiOkResponse({ type: RatingLevelStatisticsDto })
  @ApiExport(RATING_LEVEL_STATISTICS_EXPORT)
  levelStatistics(@Query() query: RatingLevelStatisticsQueryDto) {
    return this.ratings.levelStatistics(query);
  }

  @Get('households/:id/rating-explanations')
  @ApiAuth({ units: CREDIT_UNIT_RULES.household }, 'credit-staff', 'resident')
  @ApiOperation({
    operationId: 'creditExplainHouseholdRating',
    summary: "A household's rating explained: score, thresholds, gap to the next level and the indicators that moved it",
  })
  @ApiOkResponse({ type: RatingExplanationDto })
  @ApiProblems(registryProblems.householdForbidden, creditProblems.householdNotFound)
  explain(@CurrentUser() user: AuthUser, @UuidParam('id') id: string) {
    return this.ratings.explain(user, id);
  }

  @Get('households/:id/rating-changes')
  @ApiAuth({ units: CREDIT_UNIT_RULES.household }, 'credit-staff', 'resident')
  @ApiOperation({ operationId: 'creditListHouseholdRatingChanges', summary: "When and why a household's level changed, newest first" })
  @ApiOkResponse({ type: RatingChangePageDto })
  @ApiProblems(registryProblems.householdForbidden, creditProblems.householdNotFound)
  changes(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Query() query: PageQueryDto) {
    return this.ratings.changes(user, id, query.limit, query.cursor);
  }

  @Get('households/:id/cards')
  @ApiAuth({ units: CREDIT_UNIT_RULES.household }, 'credit-staff', 'resident')
  @ApiOperation({
    operationId: 'creditGetServiceCard',
    summary: "The household's credit service level card (信用服务等级卡) with a signed QR payload that expires in 10 minutes",
  })
  @ApiOkResponse({ type: ServiceCardDto })
  @ApiProblems(registryProblems.householdForbidden, creditProblems.householdNotFound)
  card(@CurrentUser() user: AuthUser, @UuidParam('id') id: string) {
    return this.ratings.card(user, id);
  }

  @Get('households/:id/cards/qr')
  @ApiAuth({ units: CREDIT_UNIT_RULES.household }, 'credit-staff', 'resident')
  @ApiOperation({
    operationId: 'creditGetServiceCardQr',
    summary: "The service card's QR code as an image for the resident's phone: the freshly signed payload, valid 10 minutes",
    description:
      'The same signed payload as `qrPayload` of the card, drawn as PNG or SVG (`format`; `Accept` is not consulted). Merchants scan it and verify it. Fetch a new one when `Card-QR-Expires-At` has passed.',
  })
  @ApiQrImageResponse('The QR image (`image/png` or `image/svg+xml`, as `format` asks).', CARD_QR_CACHE_CONTROL, {
    'Card-QR-Expires-At': {
      description: 'When the payload in the image stops being accepted.',
      schema: { type: 'string', format: 'date-time', example: '2026-04-18T09:40:00.000Z' },
    },
  })
  @ApiProblems(registryProblems.householdForbidden, creditProblems.householdNotFound)
  async cardQr(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Query() query: QrImageQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { image, expiresAt } = await this.ratings.cardQr(user, id, query);
    void reply.header('card-qr-expires-at', expiresAt);
    return sendQrImage(reply, image, CARD_QR_CACHE_CONTROL);
  }
}
