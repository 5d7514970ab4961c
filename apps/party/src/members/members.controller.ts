import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, CurrentUser, IdempotentCreate, platformProblems, UuidParam } from '#platform';
import type { AuthUser } from '#platform';
import {
  MemberDto,
  MemberPageDto,
  MemberQueryDto,
  RegisterMemberDto,
  RequestTransferDto,
  TransferDto,
  TransferPageDto,
  TransferQueryDto,
  TransferStepInputDto,
  UpdateMemberDto,
} from './dto/member.dto.js';
import { memberProblems } from './member-problems.js';
import { MembersService } from './members.service.js';
import { organisationProblems } from '../organisations/organisation-problems.js';
import { TransfersService } from './transfers.service.js';
import { PARTY_UNIT_RULES } from '../unit-rules.js';

/** What each step of a transfer (approval, acceptance, rejection) can be refused with. */
const TRANSFER_STEP_PROBLEMS = [
  organisationProblems.notYours,
  memberProblems.transferNotFound,
  memberProblems.transferStateConflict,
  platformProblems.dateOrder,
  platformProblems.dateInFuture,
];

@ApiTags('party')
@Controller()
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly transfers: TransfersService,
  ) {}

  @Post('members')
  @HttpCode(201)
  @ApiAuth({ units: PARTY_UNIT_RULES.memberRegistration }, 'party-committee', 'org-secretary')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'partyRegisterMember', summary: 'Register a Party member; personal data is encrypted and masked' })
  @ApiCreatedResponse({ type: MemberDto })
  @ApiBadRequestResponse({ description: 'Validation failed, e.g. an ID number with a wrong check digit (problem+json with field errors).' })
  @ApiProblems(organisationProblems.notYours, memberProblems.externalCommitteeOnly, memberProblems.alreadyRegistered, organisationProblems.unknown)
  register(@CurrentUser() user: AuthUser, @Body() input: RegisterMemberDto): Promise<MemberDto> {
    return this.members.register(user, input);
  }

  @Get('members')
  @ApiAuth({ units: PARTY_UNIT_RULES.members }, 'party-committee', 'org-secretary')
  @ApiOperation({ operationId: 'partyListMembers', summary: "List members, newest first; a secretary sees their organisation's" })
  @ApiOkResponse({ type: MemberPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: MemberQueryDto) {
    return this.members.list(user, query);
  }

  @Get('members/:id')
  @ApiAuth({ units: PARTY_UNIT_RULES.member }, 'party-committee', 'org-secretary')
  @ApiOperation({ operationId: 'partyGetMember', summary: 'Get one member (ID number and phone masked)' })
  @ApiOkResponse({ type: MemberDto })
  @ApiProblems(organisationProblems.notYours, memberProblems.notFound)
  get(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<MemberDto> {
    return this.members.get(user, id);
  }

  @Patch('members/:id')
  @ApiAuth({ units: PARTY_UNIT_RULES.member }, 'party-committee', 'org-secretary')
  @ApiOperation({ operationId: 'partyUpdateMember', summary: "Change a member's status (normal / floating / out of contact) or phone" })
  @ApiOkResponse({ type: MemberDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiProblems(organisationProblems.notYours, memberProblems.notFound)
  update(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() input: UpdateMemberDto): Promise<MemberDto> {
    return this.members.update(user, id, input);
  }

  @Post('members/:id/transfers')
  @HttpCode(201)
  @ApiAuth({ units: PARTY_UNIT_RULES.transferRequest }, 'party-committee', 'org-secretary')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'partyRequestMemberTransfer',
    summary: "Request the transfer of a floating member's organisational relations (组织关系转接)",
    description: 'The sending side must approve within 5 working days (shared calendar), then the receiving side accept within 5 working days of the approval.',
  })
  @ApiCreatedResponse({ type: TransferDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiProblems(
    organisationProblems.notYours,
    memberProblems.notFound,
    memberProblems.transferAlreadyOpen,
    memberProblems.notFloating,
    memberProblems.sameOrganisation,
    organisationProblems.unknown,
    platformProblems.dateInFuture,
    platformProblems.calendarYearMissing,
  )
  requestTransfer(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() input: RequestTransferDto): Promise<TransferDto> {
    return this.transfers.request(user, id, input);
  }

  @Get('member-transfers')
  @ApiAuth({ units: PARTY_UNIT_RULES.transfers }, 'party-committee', 'org-secretary')
  @ApiOperation({
    operationId: 'partyListMemberTransfers',
    summary: 'List transfers newest first, with due dates and overdue flags; a secretary sees those of their organisation',
  })
  @ApiOkResponse({ type: TransferPageDto })
  listTransfers(@CurrentUser() user: AuthUser, @Query() query: TransferQueryDto) {
    return this.transfers.list(user, query);
  }

  @Get('member-transfers/:id')
  @ApiAuth({ units: PARTY_UNIT_RULES.transfer }, 'party-committee', 'org-secretary')
  @ApiOperation({ operationId: 'partyGetMemberTransfer', summary: 'Get one transfer with its history' })
  @ApiOkResponse({ type: TransferDto })
  @ApiProblems(organisationProblems.notYours, memberProblems.transferNotFound)
  getTransfer(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<TransferDto> {
    return this.transfers.get(user, id);
  }

  @Post('member-transfers/:id/approval')
  @HttpCode(200)
  @ApiAuth({ units: PARTY_UNIT_RULES.transferStep }, 'party-committee', 'org-secretary')
  @ApiOperation({
    operationId: 'partyApproveMemberTransfer',
    summary: 'The sending side approves the transfer (an external sending side is recorded by the committee)',
  })
  @ApiOkResponse({ type: TransferDto })
  @ApiProblems(...TRANSFER_STEP_PROBLEMS, platformProblems.calendarYearMissing)
  approve(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() input: TransferStepInputDto): Promise<TransferDto> {
    return this.transfers.act(user, id, 'approve', input);
  }

  @Post('member-transfers/:id/acceptance')
  @HttpCode(200)
  @ApiAuth({ units: PARTY_UNIT_RULES.transferStep }, 'party-committee', 'org-secretary')
  @ApiOperation({ operationId: 'partyAcceptMemberTransfer', summary: 'The receiving side accepts: the transfer completes and member-transferred is published' })
  @ApiOkResponse({ type: TransferDto })
  @ApiProblems(...TRANSFER_STEP_PROBLEMS)
  accept(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() input: TransferStepInputDto): Promise<TransferDto> {
    return this.transfers.act(user, id, 'accept', input);
  }

  @Post('member-transfers/:id/rejection')
  @HttpCode(200)
  @ApiAuth({ units: PARTY_UNIT_RULES.transferStep }, 'party-committee', 'org-secretary')
  @ApiOperation({ operationId: 'partyRejectMemberTransfer', summary: 'The side whose turn it is rejects the transfer' })
  @ApiOkResponse({ type: TransferDto })
  @ApiProblems(...TRANSFER_STEP_PROBLEMS)
  reject(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() input: TransferStepInputDto): Promise<TransferDto> {
    return this.transfers.act(user, id, 'reject', input);
  }
}
