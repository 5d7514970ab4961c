import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiPublic, IdempotentCreate, UuidParam, ZONE_UNIT } from '#platform';
import { CreateIndicatorDto } from './dto/create-indicator.dto.js';
import { IndicatorDto, IndicatorPageDto } from './dto/indicator.dto.js';
import { ListIndicatorsQueryDto } from './dto/list-indicators-query.dto.js';
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
  @ApiConflictResponse({ description: 'An indicator with this code exists (problem `indicator-code-taken`).' })
  create(@Body() input: CreateIndicatorDto): Promise<IndicatorDto> {
    return this.indicators.create(input);
  }

  @Get(':id')
  @ApiPublic()
  @ApiOperation({ operationId: 'creditGetIndicator', summary: 'Get one indicator of the scoring catalogue' })
  @ApiOkResponse({ type: IndicatorDto })
  @ApiNotFoundResponse({ description: 'No such indicator (`indicator-not-found`).' })
  get(@UuidParam('id') id: string): Promise<IndicatorDto> {
    return this.indicators.get(id);
  }

  @Post(':id/retirements')
  @HttpCode(200)
  @ApiAuth({ units: ZONE_UNIT }, 'credit-staff')
  @ApiOperation({ operationId: 'creditRetireIndicator', summary: 'Retire an indicator: no new awards; past entries and scores stay as they were' })
  @ApiOkResponse({ type: IndicatorDto })
  @ApiNotFoundResponse({ description: 'No such indicator (`indicator-not-found`).' })
  @ApiConflictResponse({ description: 'Already retired (`indicator-retired`).' })
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
