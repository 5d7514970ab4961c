import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiPublic, IdempotentCreate, INPUT_LIMITS, TextParam, ZONE_UNIT } from '#platform';
import { CreateUnitDto, OverviewQueryDto, UnitDto, UnitOverviewPageDto, UnitPageDto, UnitQueryDto } from './dto/unit.dto.js';
import { UnitsService } from './units.service.js';

const UNIT_CODE_PARAM = { example: 'shengtang', description: 'Public unit code, as carried by the QR code.' };

@ApiTags('supervision')
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth({ units: ZONE_UNIT }, 'discipline-supervisor')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'supervisionCreateUnit', summary: 'Register a participating village or community (村 / 社区) with its public QR code' })
  @ApiCreatedResponse({ type: UnitDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiConflictResponse({ description: 'The code is taken (problem `supervision-unit-code-taken`).' })
  create(@Body() input: CreateUnitDto): Promise<UnitDto> {
    return this.units.create(input);
  }

  @Get()
  @ApiPublic()
  @ApiOperation({ operationId: 'supervisionListUnits', summary: 'List participating villages and communities by code' })
  @ApiOkResponse({ type: UnitPageDto })
  list(@Query() query: UnitQueryDto) {
    return this.units.list(query);
  }

  @Get(':code')
  @ApiPublic()
  @ApiOperation({ operationId: 'supervisionGetUnit', summary: 'Get one unit by its public code' })
  @ApiOkResponse({ type: UnitDto })
  @ApiNotFoundResponse({ description: 'No such unit (problem `supervision-unit-not-found`).' })
  get(@TextParam('code', INPUT_LIMITS.code, UNIT_CODE_PARAM) code: string): Promise<UnitDto> {
    return this.units.get(code);
  }

  @Get(':code/overview')
  @ApiPublic()
  @ApiOperation({ operationId: 'supervisionGetUnitOverview', summary: 'What is disclosed here: each active item with its published disclosures at this unit (the QR entry page)' })
  @ApiOkResponse({ type: UnitOverviewPageDto })
  @ApiNotFoundResponse({ description: 'No such unit (problem `supervision-unit-not-found`).' })
  overview(@TextParam('code', INPUT_LIMITS.code, UNIT_CODE_PARAM) code: string, @Query() query: OverviewQueryDto): Promise<UnitOverviewPageDto> {
    return this.units.overview(code, query);
  }
}
