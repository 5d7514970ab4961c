import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, CurrentUser, IdempotentCreate, PageQueryDto, UuidParam, type AuthUser } from '#platform';
import {
  DrawSpotCheckDto,
  ExtendRectificationDto,
  FindingDto,
  FindingPageDto,
  FindingQueryDto,
  OverdueFindingQueryDto,
  RaiseFindingDto,
  RectificationNoteDto,
  ReturnRectificationDto,
  SpotCheckDto,
  SpotCheckPageDto,
  SpotCheckVerificationDto,
} from './dto/spot-check.dto.js';
import { spotCheckProblems } from './spot-check-problems.js';
import { SpotChecksService } from './spot-checks.service.js';
import { SUPERVISION_UNIT_RULES } from '../unit-rules.js';

@ApiTags('supervision')
@Controller('spot-checks')
export class SpotChecksController {
  constructor(private readonly spotChecks: SpotChecksService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth('discipline-supervisor')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'supervisionDrawSpotCheck', summary: 'Draw a seeded, reproducible random sample (抽查) of published disclosures' })
  @ApiCreatedResponse({ type: SpotCheckDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  draw(@Body() input: DrawSpotCheckDto, @CurrentUser() user: AuthUser): Promise<SpotCheckDto> {
    return this.spotChecks.draw(input, user);
  }

  @Get()
  @ApiAuth('discipline-supervisor')
  @ApiOperation({ operationId: 'supervisionListSpotChecks', summary: 'List spot checks, newest first' })
  @ApiOkResponse({ type: SpotCheckPageDto })
  list(@Query() query: PageQueryDto) {
    return this.spotChecks.list(query);
  }

  @Get(':id')
  @ApiAuth('discipline-supervisor')
  @ApiOperation({ operationId: 'supervisionGetSpotCheck', summary: 'Get a spot check with its sample' })
  @ApiOkResponse({ type: SpotCheckDto })
  @ApiProblems(spotCheckProblems.spotCheckNotFound)
  get(@UuidParam('id') id: string): Promise<SpotCheckDto> {
    return this.spotChecks.get(id);
  }

  @Get(':id/verification')
  @ApiAuth('discipline-supervisor')
  @ApiOperation({ operationId: 'supervisionVerifySpotCheck', summary: 'Redraw the sample from its seed and check it matches' })
  @ApiOkResponse({ type: SpotCheckVerificationDto })
  @ApiProblems(spotCheckProblems.spotCheckNotFound)
  verify(@UuidParam('id') id: string): Promise<SpotCheckVerificationDto> {
    return this.spotChecks.verify(id);
  }

  @Post(':id/findings')
  @HttpCode(201)
  @ApiAuth('discipline-supervisor')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'supervisionRaiseFinding',
    summary: 'Record a finding on a sampled disclosure and order rectification (整改) by a working-day deadline (emits finding-raised)',
  })
  @ApiCreatedResponse({ type: FindingDto })
  @ApiProblems(spotCheckProblems.spotCheckNotFound, spotCheckProblems.disclosureNotSampled)
  raise(@UuidParam('id') id: string, @Body() input: RaiseFindingDto, @CurrentUser() user: AuthUser): Promise<FindingDto> {
    return this.spotChecks.raise(id, input, user);
  }
}

@ApiTags('supervision')
@Controller('findings')
export class FindingsController {
  constructor(private readonly spotChecks: SpotChecksService) {}

  @Get()
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.findings }, 'discipline-supervisor', 'village-clerk')
  @ApiOperation({ operationId: 'supervisionListFindings', summary: 'List findings and their rectification, newest first (clerks: their own unit)' })
  @ApiOkResponse({ type: FindingPageDto })
  @ApiProblems(spotCheckProblems.findingsUnitRequired)
  list(@Query() query: FindingQueryDto, @CurrentUser() user: AuthUser) {
    return this.spotChecks.listFindings(query, user);
  }

  @Get('overdue')
  @ApiAuth('discipline-supervisor')
  @ApiOperation({ operationId: 'supervisionListOverdueRectifications', summary: 'Rectifications past their deadline, most overdue first' })
  @ApiOkResponse({ type: FindingPageDto })
  overdue(@Query() query: OverdueFindingQueryDto) {
    return this.spotChecks.overdue(query);
  }

  @Get(':id')
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.finding }, 'discipline-supervisor', 'village-clerk')
  @ApiOperation({ operationId: 'supervisionGetFinding', summary: 'Get a finding with its rectification steps' })
  @ApiOkResponse({ type: FindingDto })
  @ApiProblems(spotCheckProblems.findingNotFound)
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<FindingDto> {
    return this.spotChecks.getFinding(id, user);
  }

  @Post(':id/extensions')
  @HttpCode(201)
  @ApiAuth('discipline-supervisor')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'supervisionExtendRectificationDeadline',
    summary: 'Extend a rectification deadline by working days, with the reason kept in the step log',
  })
  @ApiCreatedResponse({ type: FindingDto })
  @ApiProblems(spotCheckProblems.findingNotFound, spotCheckProblems.rectificationNotOpen)
  extend(@UuidParam('id') id: string, @Body() input: ExtendRectificationDto, @CurrentUser() user: AuthUser): Promise<FindingDto> {
    return this.spotChecks.extend(id, input, user);
  }

  @Post(':id/rectification')
  @HttpCode(200)
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.rectification }, 'village-clerk')
  @ApiOperation({ operationId: 'supervisionSubmitRectification', summary: 'The responsible unit reports its rectification' })
  @ApiOkResponse({ type: FindingDto })
  @ApiProblems(spotCheckProblems.findingNotFound, spotCheckProblems.rectificationInvalidTransition)
  submit(@UuidParam('id') id: string, @Body() input: RectificationNoteDto, @CurrentUser() user: AuthUser): Promise<FindingDto> {
    return this.spotChecks.submit(id, input.note, user);
  }

  @Post(':id/acceptance')
  @HttpCode(200)
  @ApiAuth('discipline-supervisor')
  @ApiOperation({ operationId: 'supervisionAcceptRectification', summary: 'Accept a submitted rectification' })
  @ApiOkResponse({ type: FindingDto })
  @ApiProblems(spotCheckProblems.findingNotFound, spotCheckProblems.rectificationInvalidTransition)
  accept(@UuidParam('id') id: string, @Body() input: RectificationNoteDto, @CurrentUser() user: AuthUser): Promise<FindingDto> {
    return this.spotChecks.accept(id, input.note, user);
  }

  @Post(':id/return')
  @HttpCode(200)
  @ApiAuth('discipline-supervisor')
  @ApiOperation({ operationId: 'supervisionReturnRectification', summary: 'Return a submitted rectification with a new working-day deadline' })
  @ApiOkResponse({ type: FindingDto })
  @ApiProblems(spotCheckProblems.findingNotFound, spotCheckProblems.rectificationInvalidTransition)
  returnForRework(@UuidParam('id') id: string, @Body() input: ReturnRectificationDto, @CurrentUser() user: AuthUser): Promise<FindingDto> {
    return this.spotChecks.returnForRework(id, input, user);
  }
}
