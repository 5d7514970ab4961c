import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ApiAuth, ApiPublic, CurrentUser, PageQueryDto, UuidParam, ZONE_UNIT, type AuthUser } from '#platform';
import { RatingChangePageDto, RatingExplanationDto, RatingThresholdsDto, ServiceCardDto } from './dto/rating.dto.js';
import { RatingsService } from './ratings.service.js';
import { CREDIT_UNIT_RULES } from '../unit-rules.js';

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
  @ApiOperation({ operationId: 'creditSetRatingThresholds', summary: 'Set the zone-wide rating thresholds; every household is re-rated at once (zone staff only)' })
  @ApiOkResponse({ type: RatingThresholdsDto })
  @ApiBadRequestResponse({ description: 'Validation failed.' })
  @ApiUnprocessableEntityResponse({ description: 'Levels do not rise A < AA < AAA (`invalid-thresholds`).' })
  setThresholds(@Body() input: RatingThresholdsDto) {
    return this.ratings.setThresholds(input);
  }

  @Get('households/:id/rating-explanations')
  @ApiAuth({ units: CREDIT_UNIT_RULES.household }, 'credit-staff', 'resident')
  @ApiOperation({ operationId: 'creditExplainHouseholdRating', summary: 'A household\'s rating explained: score, thresholds, gap to the next level and the indicators that moved it' })
  @ApiOkResponse({ type: RatingExplanationDto })
  @ApiNotFoundResponse({ description: 'No such household.' })
  explain(@CurrentUser() user: AuthUser, @UuidParam('id') id: string) {
    return this.ratings.explain(user, id);
  }

  @Get('households/:id/rating-changes')
  @ApiAuth({ units: CREDIT_UNIT_RULES.household }, 'credit-staff', 'resident')
  @ApiOperation({ operationId: 'creditListHouseholdRatingChanges', summary: 'When and why a household\'s level changed, newest first' })
  @ApiOkResponse({ type: RatingChangePageDto })
  @ApiNotFoundResponse({ description: 'No such household.' })
  changes(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Query() query: PageQueryDto) {
    return this.ratings.changes(user, id, query.limit, query.cursor);
  }

  @Get('households/:id/cards')
  @ApiAuth({ units: CREDIT_UNIT_RULES.household }, 'credit-staff', 'resident')
  @ApiOperation({ operationId: 'creditGetServiceCard', summary: 'The household\'s credit service level card (信用服务等级卡) with a signed QR payload that expires in 10 minutes' })
  @ApiOkResponse({ type: ServiceCardDto })
  @ApiNotFoundResponse({ description: 'No such household.' })
  card(@CurrentUser() user: AuthUser, @UuidParam('id') id: string) {
    return this.ratings.card(user, id);
  }
}
