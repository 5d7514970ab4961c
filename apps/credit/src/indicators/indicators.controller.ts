import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiPublic } from '#platform';
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
  @ApiAuth('credit-staff')
  @ApiOperation({ operationId: 'createCreditIndicator', summary: 'Add a scoring indicator (加分指标) or a deduction to the catalogue' })
  @ApiCreatedResponse({ type: IndicatorDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiConflictResponse({ description: 'An indicator with this code exists (problem `indicator-code-taken`).' })
  create(@Body() input: CreateIndicatorDto): Promise<IndicatorDto> {
    return this.indicators.create(input);
  }

  @Get()
  @ApiPublic()
  @ApiOperation({ operationId: 'listCreditIndicators', summary: 'List the scoring catalogue by code, optionally by category or active state' })
  @ApiOkResponse({ type: IndicatorPageDto })
  list(@Query() query: ListIndicatorsQueryDto) {
    return this.indicators.list(query);
  }
}
