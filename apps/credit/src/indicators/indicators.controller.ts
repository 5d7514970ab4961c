import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, ApiPublic, IdempotentCreate, PageQueryDto, UuidParam, ZONE_UNIT } from '#platform';
import { CreateIndicatorDto } from './dto/create-indicator.dto.js';
import { IndicatorDto, IndicatorPageDto } from './dto/indicator.dto.js';
import { CreateIndicatorVersionDto, IndicatorVersionDto, IndicatorVersionPageDto } from './dto/indicator-version.dto.js';
import { ListIndicatorsQueryDto } from './dto/list-indicators-query.dto.js';
import { indicatorProblems } from './indicator-problems.js';
import { IndicatorsService } from './indicators.service.js';

@ApiTags('credit')
@Controller('indicators')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth({ units: ZONE_UNIT }, 'credit-staff')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'creditCreateIndicator', summary: 'Add a scoring indicator (加分指标) or a deduction to the catalogue' })
  @ApiCreatedResponse({ type: IndicatorDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiProblems(indicatorProblems.codeTaken)
  create(@Body() input: CreateIndicatorDto): Promise<IndicatorDto> {
    return this.indicators.create(input);
  }

  @Get(':id')
  @ApiPublic()
  @ApiOperation({ operationId: 'creditGetIndicator', summary: 'Get one indicator of the scoring catalogue' })
  @ApiOkResponse({ type: IndicatorDto })
  @ApiProblems(indicatorProblems.notFound)
  get(@UuidParam('id') id: string): Promise<IndicatorDto> {
    return this.indicators.get(id);
  }

  @Post(':id/versions')
  @HttpCode(201)
  @ApiAuth({ units: ZONE_UNIT }, 'credit-staff')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'creditCreateIndicatorVersion',
    summary: "Change an indicator's points from a business date on",
    description:
      "Records the next version of the indicator: entries recorded from now on and earned on or after `effectiveFrom` earn its points; entries already recorded keep theirs, and entries earned before keep the version in effect on their day (every entry states the version it was earned under). `effectiveFrom` must be after the latest version's and, unless `backdatingReason` says why, today or later. Audited as `indicator.version`.",
  })
  @ApiCreatedResponse({ type: IndicatorVersionDto })
  @ApiBadRequestResponse({ description: 'Validation failed, including points whose sign does not fit the category (problem+json with field errors).' })
  @ApiProblems(
    indicatorProblems.notFound,
    indicatorProblems.retired,
    indicatorProblems.versionUnchanged,
    indicatorProblems.versionOutOfOrder,
    indicatorProblems.versionBackdated,
  )
  addVersion(@UuidParam('id') id: string, @Body() input: CreateIndicatorVersionDto): Promise<IndicatorVersionDto> {
    return this.indicators.addVersion(id, input);
  }

  @Get(':id/versions')
  @ApiPublic()
  @ApiOperation({
    operationId: 'creditListIndicatorVersions',
    summary: "List an indicator's versions: points and the business date each applies from, oldest first",
  })
  @ApiOkResponse({ type: IndicatorVersionPageDto })
  @ApiProblems(indicatorProblems.notFound)
  listVersions(@UuidParam('id') id: string, @Query() query: PageQueryDto) {
    return this.indicators.listVersions(id, query);
  }

  @Post(':id/retirements')
  @HttpCode(200)
  @ApiAuth({ units: ZONE_UNIT }, 'credit-staff')
  @ApiOperation({ operationId: 'creditRetireIndicator', summary: 'Retire an indicator: no new awards; past entries and scores stay as they were' })
  @ApiOkResponse({ type: IndicatorDto })
  @ApiProblems(indicatorProblems.notFound, indicatorProblems.alreadyRetired)
  retire(@UuidParam('id') id: string): Promise<IndicatorDto> {
    return this.indicators.retire(id);
  }

  @Get()
  @ApiPublic()
  @ApiOperation({ operationId: 'creditListIndicators', summary: 'List the scoring catalogue by code, optionally by category or active state' })
  @ApiOkResponse({ type: IndicatorPageDto })
  list(@Query() query: ListIndicatorsQueryDto) {
    return this.indicators.list(query);
  }
}
