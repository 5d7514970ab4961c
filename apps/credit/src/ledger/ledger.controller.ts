import { Body, Controller, Get, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiAuth,
  ApiProblems,
  CurrentUser,
  IdempotentCreate,
  platformProblems,
  UuidParam,
  type AuthUser,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_KEY_PATTERN,
} from '#platform';
import { CreateLedgerEntryDto, CreateReversalDto, LedgerEntryDto, LedgerEntryPageDto, ListLedgerEntriesQueryDto } from './dto/ledger.dto.js';
import { creditProblems } from '../shared/credit-problems.js';
import { ledgerProblems } from './ledger-problems.js';
import { LedgerService } from './ledger.service.js';
import { CREDIT_UNIT_RULES } from '../unit-rules.js';

@ApiTags('credit')
@Controller('ledger-entries')
export class LedgerController {
  constructor(private readonly ledger: LedgerService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth({ units: CREDIT_UNIT_RULES.residentByStaff }, 'credit-staff')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    example: '3f2b7c1e-9a4d-4f5e-8b6a-1c2d3e4f5a6b',
    schema: { type: 'string', minLength: 8, maxLength: 128, pattern: IDEMPOTENCY_KEY_PATTERN.source },
    description:
      'Kept on the entry itself: a repeat with the same key and body returns the first entry (200, `Idempotent-Replayed: true`) however late it comes; the same key with a different body is refused (422 `idempotency-key-reused`).',
  })
  @ApiOperation({
    operationId: 'creditCreateLedgerEntry',
    summary: 'Award or deduct points for a catalogue indicator (append-only; limits per period enforced)',
  })
  @ApiCreatedResponse({ type: LedgerEntryDto })
  @ApiOkResponse({ type: LedgerEntryDto, description: 'Replay of an earlier request with the same Idempotency-Key.' })
  @ApiBadRequestResponse({ description: 'Validation failed, e.g. both or neither of residentId and residentIdNumber.' })
  @ApiProblems(
    platformProblems.invalidIdempotencyKey,
    creditProblems.residentNotFound,
    ledgerProblems.unknownIndicator,
    ledgerProblems.indicatorRetired,
    ledgerProblems.indicatorLimitReached,
    platformProblems.idempotencyKeyReused,
    ledgerProblems.idempotencyKeyReused,
  )
  async create(
    @CurrentUser() user: AuthUser,
    @Body() input: CreateLedgerEntryDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LedgerEntryDto> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
      throw platformProblems.invalidIdempotencyKey();
    }
    const { entry, replayed } = await this.ledger.create(user, input, idempotencyKey);
    if (replayed) void reply.status(200).header('idempotent-replayed', 'true');
    return entry;
  }

  @Get()
  @ApiAuth({ units: CREDIT_UNIT_RULES.ledgerEntries }, 'credit-staff', 'resident')
  @ApiOperation({
    operationId: 'creditListLedgerEntries',
    summary: 'Points history, newest first, filterable by resident, household, period, category, kind and dates',
  })
  @ApiOkResponse({ type: LedgerEntryPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListLedgerEntriesQueryDto) {
    return this.ledger.list(user, query);
  }

  @Get(':id')
  @ApiAuth({ units: CREDIT_UNIT_RULES.ledgerEntry }, 'credit-staff', 'resident')
  @ApiOperation({ operationId: 'creditGetLedgerEntry', summary: 'Get one ledger entry' })
  @ApiOkResponse({ type: LedgerEntryDto })
  @ApiProblems(ledgerProblems.entryForbidden, creditProblems.ledgerEntryNotFound)
  get(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<LedgerEntryDto> {
    return this.ledger.get(user, id);
  }

  @Post(':id/reversals')
  @HttpCode(201)
  @ApiAuth({ units: CREDIT_UNIT_RULES.reversal }, 'credit-staff')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'creditReverseLedgerEntry', summary: 'Correct an award or deduction by appending its reversal (never an edit)' })
  @ApiCreatedResponse({ type: LedgerEntryDto })
  @ApiProblems(
    creditProblems.communityForbidden,
    creditProblems.ledgerEntryNotFound,
    ledgerProblems.entryAlreadyReversed,
    ledgerProblems.entryIsReversal,
    ledgerProblems.redemptionReversedByOrder,
  )
  reverse(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() input: CreateReversalDto): Promise<LedgerEntryDto> {
    return this.ledger.reverse(user, id, input);
  }
}
