import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiAuth,
  ApiExport,
  ApiProblems,
  ApiPublic,
  CurrentUser,
  IdempotentCreate,
  PageQueryDto,
  UuidParam,
  INPUT_LIMITS,
  TextParam,
  type AuthUser,
} from '#platform';
import { CompletenessService } from './completeness.service.js';
import { DisclosuresService } from './disclosures.service.js';
import { CompletenessPageDto, CompletenessQueryDto, DueExtensionDto, DueExtensionPageDto, GrantDueExtensionDto } from './dto/completeness.dto.js';
import { CorrectDisclosureDto, CreateDisclosureDto, DisclosureContentDto, DisclosureQueryDto, ReturnDisclosureDto } from './dto/disclosure-input.dto.js';
import { DisclosureDto, DisclosureListItemPageDto, DisclosureVersionPageDto } from './dto/disclosure.dto.js';
import { supervisionProblems } from '../shared/supervision-problems.js';
import { supervisionItemProblems } from '../supervision-items/supervision-item-problems.js';
import { unitProblems } from '../units/unit-problems.js';
import { SUPERVISION_UNIT_RULES } from '../unit-rules.js';
import { disclosureProblems } from './disclosure-problems.js';
import { DISCLOSURES_EXPORT } from './disclosures.export.js';

@ApiTags('supervision')
@Controller('disclosures')
export class DisclosuresController {
  constructor(private readonly disclosures: DisclosuresService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.namedUnit }, 'village-clerk')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'supervisionCreateDisclosure', summary: 'Enter a disclosure (公示信息) for one of your units as a draft' })
  @ApiCreatedResponse({ type: DisclosureDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiProblems(
    supervisionProblems.unitUnknown,
    supervisionProblems.itemUnknown,
    supervisionItemProblems.retiredTakesNoDisclosures,
    supervisionProblems.invalidPeriod,
    disclosureProblems.invalidQuantity,
    disclosureProblems.exists,
  )
  create(@Body() input: CreateDisclosureDto, @CurrentUser() user: AuthUser): Promise<DisclosureDto> {
    return this.disclosures.create(input, user);
  }

  @Get()
  @ApiPublic()
  @ApiOperation({
    operationId: 'supervisionListDisclosures',
    summary: "List disclosures, newest first: published ones to anyone, drafts to supervisors and the unit's clerks",
  })
  @ApiExport(DISCLOSURES_EXPORT)
  @ApiOkResponse({ type: DisclosureListItemPageDto })
  @ApiProblems(disclosureProblems.unpublishedListForbidden)
  list(@Query() query: DisclosureQueryDto, @CurrentUser() user: AuthUser | undefined) {
    return this.disclosures.list(query, user);
  }

  @Get(':id')
  @ApiPublic()
  @ApiOperation({
    operationId: 'supervisionGetDisclosure',
    summary: "Get a disclosure with its current version; recipients' personal data masked for the public",
  })
  @ApiOkResponse({ type: DisclosureDto })
  @ApiProblems(disclosureProblems.notFound)
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthUser | undefined): Promise<DisclosureDto> {
    return this.disclosures.get(id, user);
  }

  @Get(':id/versions')
  @ApiPublic()
  @ApiOperation({
    operationId: 'supervisionListDisclosureVersions',
    summary: 'Public history of a disclosure: every published version, corrections included, oldest first',
  })
  @ApiOkResponse({ type: DisclosureVersionPageDto })
  @ApiProblems(disclosureProblems.notFound)
  versions(@UuidParam('id') id: string, @Query() query: PageQueryDto, @CurrentUser() user: AuthUser | undefined) {
    return this.disclosures.versions(id, query, user);
  }

  @Put(':id/draft')
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.disclosure }, 'village-clerk')
  @ApiOperation({ operationId: 'supervisionReplaceDisclosureDraft', summary: 'Replace the content of a draft' })
  @ApiOkResponse({ type: DisclosureDto })
  @ApiProblems(disclosureProblems.notFound, disclosureProblems.invalidTransition, disclosureProblems.invalidQuantity)
  replaceDraft(@UuidParam('id') id: string, @Body() input: DisclosureContentDto, @CurrentUser() user: AuthUser): Promise<DisclosureDto> {
    return this.disclosures.replaceDraft(id, input, user);
  }

  @Post(':id/submission')
  @HttpCode(200)
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.disclosure }, 'village-clerk')
  @ApiOperation({ operationId: 'supervisionSubmitDisclosure', summary: 'Submit a draft for publication' })
  @ApiOkResponse({ type: DisclosureDto })
  @ApiProblems(disclosureProblems.notFound, disclosureProblems.invalidTransition)
  submit(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<DisclosureDto> {
    return this.disclosures.submit(id, user);
  }

  @Post(':id/return')
  @HttpCode(200)
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.disclosureReview }, 'village-clerk', 'discipline-supervisor')
  @ApiOperation({
    operationId: 'supervisionReturnDisclosure',
    summary: 'Send a submitted disclosure, or one waiting for review, back to draft with a note',
    description:
      'A disclosure waiting for review (`pending-review`) is returned by a discipline supervisor only; the note is the reason, kept in the audit trail.',
  })
  @ApiOkResponse({ type: DisclosureDto })
  @ApiProblems(disclosureProblems.notFound, disclosureProblems.reviewBySupervisor, disclosureProblems.invalidTransition)
  returnToDraft(@UuidParam('id') id: string, @Body() input: ReturnDisclosureDto, @CurrentUser() user: AuthUser): Promise<DisclosureDto> {
    return this.disclosures.returnToDraft(id, input.note, user);
  }

  @Post(':id/publication')
  @HttpCode(200)
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.disclosureReview }, 'village-clerk', 'discipline-supervisor')
  @ApiOperation({
    operationId: 'supervisionPublishDisclosure',
    summary: 'Publish a submitted disclosure (emits zone.supervision.disclosure-published.v1), or put it up for review',
    description:
      "Under an item whose `publicationReview` is `review-required`, a clerk's publication sets the status to `pending-review` (audited `disclosure.request-review`) and the public sees nothing until a discipline supervisor approves it (`supervisionApproveDisclosure`) or returns it with a reason (`supervisionReturnDisclosure`). A supervisor's own publication publishes at once.",
  })
  @ApiOkResponse({ type: DisclosureDto })
  @ApiProblems(disclosureProblems.notFound, disclosureProblems.invalidTransition)
  publish(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<DisclosureDto> {
    return this.disclosures.publish(id, user);
  }

  @Post(':id/approval')
  @HttpCode(200)
  @ApiAuth('discipline-supervisor')
  @ApiOperation({
    operationId: 'supervisionApproveDisclosure',
    summary: 'Approve a disclosure waiting for review: it is published (emits zone.supervision.disclosure-published.v1)',
    description: 'Audited as `disclosure.approve`, then `disclosure.publish`. To refuse, return it to draft with a reason (`supervisionReturnDisclosure`).',
  })
  @ApiOkResponse({ type: DisclosureDto })
  @ApiProblems(disclosureProblems.notFound, disclosureProblems.invalidTransition)
  approve(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<DisclosureDto> {
    return this.disclosures.approve(id, user);
  }

  @Post(':id/corrections')
  @HttpCode(201)
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.disclosure }, 'village-clerk')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'supervisionCorrectDisclosure',
    summary: 'Correct a published disclosure: a new public version, the old one stays in the history (emits disclosure-corrected)',
  })
  @ApiCreatedResponse({ type: DisclosureDto })
  @ApiProblems(disclosureProblems.notFound, disclosureProblems.invalidTransition, disclosureProblems.invalidQuantity)
  correct(@UuidParam('id') id: string, @Body() input: CorrectDisclosureDto, @CurrentUser() user: AuthUser): Promise<DisclosureDto> {
    return this.disclosures.correct(id, input, user);
  }
}

@ApiTags('supervision')
@Controller('units')
export class UnitCompletenessController {
  constructor(private readonly completeness: CompletenessService) {}

  @Get(':code/completeness')
  @ApiPublic()
  @ApiOperation({
    operationId: 'supervisionGetUnitCompleteness',
    summary: 'Which periodic items are due, on time, late or missing at a unit, with due dates in working days',
  })
  @ApiOkResponse({ type: CompletenessPageDto })
  @ApiProblems(unitProblems.unitNotFound)
  forUnit(@TextParam('code', INPUT_LIMITS.code, { example: 'shengtang' }) code: string, @Query() query: CompletenessQueryDto): Promise<CompletenessPageDto> {
    return this.completeness.forUnit(code, query);
  }

  @Post(':code/due-date-extensions')
  @HttpCode(201)
  @ApiAuth('discipline-supervisor')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'supervisionGrantDueDateExtension', summary: 'Give a unit more working days for one item and period, with a public reason' })
  @ApiCreatedResponse({ type: DueExtensionDto })
  @ApiProblems(unitProblems.unitNotFound, supervisionProblems.itemUnknown, supervisionProblems.invalidPeriod)
  grant(
    @TextParam('code', INPUT_LIMITS.code, { example: 'shengtang' }) code: string,
    @Body() input: GrantDueExtensionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<DueExtensionDto> {
    return this.completeness.grantExtension(code, input, user);
  }

  @Get(':code/due-date-extensions')
  @ApiPublic()
  @ApiOperation({ operationId: 'supervisionListDueDateExtensions', summary: 'Due-date extensions granted to a unit, newest first' })
  @ApiOkResponse({ type: DueExtensionPageDto })
  @ApiProblems(unitProblems.unitNotFound)
  extensions(@TextParam('code', INPUT_LIMITS.code, { example: 'shengtang' }) code: string, @Query() query: PageQueryDto) {
    return this.completeness.extensions(code, query);
  }
}
