import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiExport, ApiProblems, CurrentUser, IdempotentCreate, UuidParam } from '#platform';
import type { AuthUser } from '#platform';
import {
  CreateMassOrganisationDto,
  CreateOrganisationDto,
  MassOrganisationDto,
  MassOrganisationPageDto,
  MassOrganisationQueryDto,
  MemberEntityDto,
  OrganisationDto,
  OrganisationPageDto,
  OrganisationQueryDto,
  UpdateOrganisationDto,
} from './dto/organisation.dto.js';
import { organisationProblems } from './organisation-problems.js';
import { OrganisationsService } from './organisations.service.js';
import { partyProblems } from '../shared/party-problems.js';
import { PARTY_UNIT_RULES } from '../unit-rules.js';
import { ORGANISATIONS_EXPORT } from './organisations.export.js';

@ApiTags('party')
@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post('organisations')
  @HttpCode(201)
  @ApiAuth('party-committee')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'partyEstablishOrganisation',
    summary: "Register an established Party organisation with the entities it covers; member entities' ledger colours are recomputed",
  })
  @ApiCreatedResponse({ type: OrganisationDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiProblems(
    organisationProblems.nameTaken,
    organisationProblems.entityAlreadyCovered,
    organisationProblems.shapeInvalid,
    organisationProblems.parentNotFound,
    partyProblems.entityNotRegistered,
    organisationProblems.establishedInFuture,
  )
  establish(@CurrentUser() user: AuthUser, @Body() input: CreateOrganisationDto): Promise<OrganisationDto> {
    return this.organisations.establish(user, input);
  }

  @Get('organisations')
  @ApiAuth({ units: PARTY_UNIT_RULES.organisations }, 'party-committee', 'party-instructor', 'org-secretary')
  @ApiOperation({ operationId: 'partyListOrganisations', summary: 'List Party organisations by name; a secretary sees their own' })
  @ApiExport(ORGANISATIONS_EXPORT)
  @ApiOkResponse({ type: OrganisationPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: OrganisationQueryDto) {
    return this.organisations.list(user, query);
  }

  @Get('organisations/:id')
  @ApiAuth({ units: PARTY_UNIT_RULES.organisation }, 'party-committee', 'party-instructor', 'org-secretary')
  @ApiOperation({ operationId: 'partyGetOrganisation', summary: 'Get one Party organisation' })
  @ApiOkResponse({ type: OrganisationDto })
  @ApiProblems(organisationProblems.notYours, organisationProblems.notFound)
  get(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<OrganisationDto> {
    return this.organisations.get(user, id);
  }

  @Patch('organisations/:id')
  @ApiAuth({ units: PARTY_UNIT_RULES.organisationUpdate }, 'party-committee', 'org-secretary')
  @ApiOperation({ operationId: 'partyUpdateOrganisation', summary: 'Update member count or secretary; a secretary manages their own organisation' })
  @ApiOkResponse({ type: OrganisationDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiProblems(organisationProblems.notYours, organisationProblems.secretaryChangeCommitteeOnly, organisationProblems.notFound)
  update(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() input: UpdateOrganisationDto): Promise<OrganisationDto> {
    return this.organisations.update(user, id, input);
  }

  @Post('organisations/:id/member-entities')
  @HttpCode(200)
  @ApiAuth('party-committee')
  @ApiOperation({ operationId: 'partyAddOrganisationMemberEntity', summary: 'Add an entity the organisation covers; its ledger colour is recomputed' })
  @ApiOkResponse({ type: OrganisationDto })
  @ApiProblems(organisationProblems.entityAlreadyCovered, organisationProblems.notFound, partyProblems.entityNotRegistered, organisationProblems.shapeInvalid)
  addMemberEntity(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() input: MemberEntityDto): Promise<OrganisationDto> {
    return this.organisations.addMemberEntity(user, id, input.creditCode);
  }

  @Delete('organisations/:id/member-entities/:entityId')
  @ApiAuth('party-committee')
  @ApiOperation({ operationId: 'partyRemoveOrganisationMemberEntity', summary: 'Remove an entity from the organisation; its ledger colour is recomputed' })
  @ApiOkResponse({ type: OrganisationDto })
  @ApiProblems(organisationProblems.notFound, organisationProblems.memberEntityNotFound, organisationProblems.shapeInvalid)
  removeMemberEntity(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @UuidParam('entityId') entityId: string): Promise<OrganisationDto> {
    return this.organisations.removeMemberEntity(user, id, entityId);
  }

  @Post('mass-organisations')
  @HttpCode(201)
  @ApiAuth({ units: PARTY_UNIT_RULES.entityWork }, 'party-committee', 'party-instructor')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'partyEstablishMassOrganisation',
    summary: 'Register a mass organisation (工会 / 共青团 / 妇联) in an entity; its ledger colour is recomputed',
  })
  @ApiCreatedResponse({ type: MassOrganisationDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiProblems(
    partyProblems.entityNotAssigned,
    organisationProblems.massOrganisationExists,
    partyProblems.entityNotRegistered,
    organisationProblems.establishedInFuture,
  )
  establishMass(@CurrentUser() user: AuthUser, @Body() input: CreateMassOrganisationDto): Promise<MassOrganisationDto> {
    return this.organisations.establishMassOrganisation(user, input);
  }

  @Get('mass-organisations')
  @ApiAuth({ units: PARTY_UNIT_RULES.massOrganisations }, 'party-committee', 'party-instructor')
  @ApiOperation({ operationId: 'partyListMassOrganisations', summary: 'List mass organisations, newest first; by entity with creditCode' })
  @ApiOkResponse({ type: MassOrganisationPageDto })
  listMass(@CurrentUser() user: AuthUser, @Query() query: MassOrganisationQueryDto) {
    return this.organisations.listMassOrganisations(user, query);
  }
}
