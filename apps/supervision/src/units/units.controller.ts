import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiAuth,
  ApiProblems,
  ApiPublic,
  ApiQrImageResponse,
  IdempotentCreate,
  INPUT_LIMITS,
  QrImageQueryDto,
  sendQrImage,
  TextParam,
  ZONE_UNIT,
} from '#platform';
import { CreateUnitDto, OverviewQueryDto, UnitDto, UnitOverviewPageDto, UnitPageDto, UnitQueryDto } from './dto/unit.dto.js';
import { unitProblems } from './unit-problems.js';
import { UnitsService } from './units.service.js';

/** The entry QR carries no personal data and changes only with PUBLIC_PORTAL_URL. */
const ENTRY_QR_CACHE_CONTROL = 'public, max-age=3600';

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
  @ApiProblems(unitProblems.unitCodeTaken)
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
  @ApiProblems(unitProblems.unitNotFound)
  get(@TextParam('code', INPUT_LIMITS.code, UNIT_CODE_PARAM) code: string): Promise<UnitDto> {
    return this.units.get(code);
  }

  @Get(':code/overview')
  @ApiPublic()
  @ApiOperation({
    operationId: 'supervisionGetUnitOverview',
    summary: 'What is disclosed here: each active item with its published disclosures at this unit (the QR entry page)',
  })
  @ApiOkResponse({ type: UnitOverviewPageDto })
  @ApiProblems(unitProblems.unitNotFound)
  overview(@TextParam('code', INPUT_LIMITS.code, UNIT_CODE_PARAM) code: string, @Query() query: OverviewQueryDto): Promise<UnitOverviewPageDto> {
    return this.units.overview(code, query);
  }

  @Get(':code/entry-qr')
  @ApiPublic()
  @ApiOperation({
    operationId: 'supervisionGetUnitEntryQr',
    summary: "The unit's entry QR code (监督一点通) to print on the notice board: PNG or SVG, leading to its public overview",
    description:
      "Encodes `PUBLIC_PORTAL_URL` followed by the unit's `overviewPath`, e.g. `https://zone.example.gov.cn/api/v1/supervision/units/shengtang/overview`. The image has no caption. Choose the image with `format`; `Accept` is not consulted.",
  })
  @ApiQrImageResponse('The QR image (`image/png` or `image/svg+xml`, as `format` asks).', ENTRY_QR_CACHE_CONTROL)
  @ApiProblems(unitProblems.unitNotFound)
  async entryQr(
    @TextParam('code', INPUT_LIMITS.code, UNIT_CODE_PARAM) code: string,
    @Query() query: QrImageQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendQrImage(reply, await this.units.entryQr(code, query), ENTRY_QR_CACHE_CONTROL);
  }
}
