import { Body, Controller, Delete, Get, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, CurrentUser, PageQueryDto, UuidParam, ZONE_UNIT } from '#platform';
import type { AuthUser } from '#platform';
import { LedgerChangePageDto, LedgerCountsDto, LedgerEntryDto, LedgerEntryPageDto, LedgerRulesDto } from './dto/ledger.dto.js';
import { LedgerQueryDto, SetLedgerOverrideDto, UpdateLedgerRulesDto } from './dto/ledger-input.dto.js';
import { ledgerProblems } from './ledger-problems.js';
import { LedgerService } from './ledger.service.js';
import { partyProblems } from '../shared/party-problems.js';
import { PARTY_UNIT_RULES } from '../unit-rules.js';

@ApiTags('party')
@Controller('ledger')
export class LedgerController {
  constructor(private readonly ledger: LedgerService) {}

  @Get('entries')
  @ApiAuth({ units: PARTY_UNIT_RULES.entities }, 'party-committee', 'party-instructor', 'integrator')
  @ApiOperation({ operationId: 'partyListLedgerEntries', summary: 'The red/yellow/green ledger (红黄绿三色台账), filterable by colour, sector and park' })
  @ApiOkResponse({ type: LedgerEntryPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: LedgerQueryDto) {
    return this.ledger.list(user, query);
  }

  @Get('counts')
  @ApiAuth({ units: PARTY_UNIT_RULES.entities }, 'party-committee', 'party-instructor', 'integrator')
  @ApiOperation({ operationId: 'partyCountLedgerColours', summary: 'Ledger counts by sector and colour' })
  @ApiOkResponse({ type: LedgerCountsDto })
  counts(@CurrentUser() user: AuthUser): Promise<LedgerCountsDto> {
    return this.ledger.counts(user);
  }

  @Get('rules')
  @ApiAuth('party-committee', 'party-instructor')
  @ApiOperation({ operationId: 'partyGetLedgerRules', summary: 'The settings of the colour rules' })
  @ApiOkResponse({ type: LedgerRulesDto })
  rules(): Promise<LedgerRulesDto> {
    return this.ledger.rules();
  }

  @Put('rules')
  @ApiAuth({ units: ZONE_UNIT }, 'party-committee')
  @ApiOperation({
    operationId: 'partyUpdateLedgerRules',
    summary: 'Change the colour-rule settings; every entry is recomputed',
    description:
      'Rules, in order: ceased → green; covered by a Party organisation → green, or yellow while a required mass organisation is missing; no organisation with at least minMembersToForm members → red; fewer → yellow.',
  })
  @ApiOkResponse({ type: LedgerRulesDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  updateRules(@Body() input: UpdateLedgerRulesDto): Promise<LedgerRulesDto> {
    return this.ledger.updateRules(input);
  }

  @Get('entries/:entityId')
  @ApiAuth({ units: PARTY_UNIT_RULES.entity }, 'party-committee', 'party-instructor', 'integrator')
  @ApiOperation({ operationId: 'partyGetLedgerEntry', summary: "One entity's ledger entry: colour, reason, override" })
  @ApiOkResponse({ type: LedgerEntryDto })
  @ApiProblems(partyProblems.entityNotAssigned, ledgerProblems.entryNotFound)
  entry(@CurrentUser() user: AuthUser, @UuidParam('entityId') entityId: string): Promise<LedgerEntryDto> {
    return this.ledger.entry(entityId, user);
  }

  @Get('entries/:entityId/changes')
  @ApiAuth({ units: PARTY_UNIT_RULES.entity }, 'party-committee', 'party-instructor', 'integrator')
  @ApiOperation({ operationId: 'partyListLedgerColourChanges', summary: "History of an entity's colour changes with reasons, newest first" })
  @ApiOkResponse({ type: LedgerChangePageDto })
  @ApiProblems(partyProblems.entityNotAssigned, partyProblems.entityNotFound)
  changes(@CurrentUser() user: AuthUser, @UuidParam('entityId') entityId: string, @Query() query: PageQueryDto) {
    return this.ledger.changes(user, entityId, query.limit, query.cursor);
  }

  @Put('entries/:entityId/override')
  @ApiAuth('party-committee')
  @ApiOperation({
    operationId: 'partySetLedgerOverride',
    summary: 'Set a manual colour with a reason and an expiry date',
    description:
      "The override shows until the end of expiresOn (Asia/Shanghai); afterwards reads show the rules' colour and a periodic sweep clears it, recording the change.",
  })
  @ApiOkResponse({ type: LedgerEntryDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiProblems(partyProblems.entityNotFound, ledgerProblems.entityNotSurveyed, ledgerProblems.overrideExpiryPast)
  setOverride(@UuidParam('entityId') entityId: string, @Body() input: SetLedgerOverrideDto): Promise<LedgerEntryDto> {
    return this.ledger.setOverride(entityId, input);
  }

  @Delete('entries/:entityId/override')
  @ApiAuth('party-committee')
  @ApiOperation({ operationId: 'partyClearLedgerOverride', summary: 'Clear the manual colour; the rules decide again' })
  @ApiOkResponse({ type: LedgerEntryDto })
  @ApiProblems(partyProblems.entityNotFound, ledgerProblems.overrideNotFound, ledgerProblems.entityNotSurveyed)
  clearOverride(@UuidParam('entityId') entityId: string): Promise<LedgerEntryDto> {
    return this.ledger.clearOverride(entityId);
  }
}
