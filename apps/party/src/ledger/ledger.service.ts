import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { LedgerColourChanged } from '#contracts';
import { UnitOfWork, type Transaction } from '#messaging';
import { changedFields, clock, decodeCursor, toPage, type AuthUser, type Page } from '#platform';
import { shanghaiDateOf } from '#working-calendar/core';
import { MassOrganisation } from '../organisations/mass-organisation.entity.js';
import { OrganisationMemberEntity } from '../organisations/organisation-member-entity.entity.js';
import { actorId } from '../surveyed-entities/surveyed-entities.service.js';
import { SurveyedEntity } from '../surveyed-entities/surveyed-entity.entity.js';
import { assertEntityAccess, seesWholeRegistry } from '../shared/access.js';
import { partyProblems } from '../shared/party-problems.js';
import { LedgerChangeDto, LedgerCountsDto, LedgerEntryDto, LedgerRulesDto } from './dto/ledger.dto.js';
import type { LedgerQueryDto, SetLedgerOverrideDto, UpdateLedgerRulesDto } from './dto/ledger-input.dto.js';
import {
  deriveLedgerColour,
  effectiveColour,
  type LedgerColour,
  type LedgerFacts,
  type LedgerRuleSettings,
  type MassOrganisationKind,
} from './ledger-rules.js';
import { LedgerColourChange, type ColourChangeSource } from './ledger-colour-change.entity.js';
import { LedgerEntry } from './ledger-entry.entity.js';
import { ledgerProblems } from './ledger-problems.js';
import { LedgerSettings } from './ledger-settings.entity.js';

/** One entry of the colour history, and the event it causes. */
interface ColourChange {
  entity: Pick<SurveyedEntity, 'id' | 'creditCode' | 'name' | 'sector'>;
  source: ColourChangeSource;
  from: LedgerColour | null;
  to: LedgerColour;
  reason: string;
  explanation: string;
  /** The override expiry the event carries; undefined: record history only, publish nothing. */
  eventExpiry: string | null | undefined;
  /** The colour shown before, when the event's differs from the history's (an override hides the rules' verdict). */
  eventFrom?: LedgerColour | null;
}

type EntryState = Pick<LedgerEntry, 'derivedColour' | 'reason' | 'explanation' | 'overrideColour' | 'overrideReason' | 'overrideExpiresOn'>;

/** The colour shown, as SQL over `entry` (a LedgerEntry) and the :today parameter: an active override, else the rules' verdict. */
const SHOWN_COLOUR = `CASE WHEN entry.overrideColour IS NOT NULL AND entry.overrideExpiresOn >= :today THEN entry.overrideColour ELSE entry.derivedColour END`;

/** How often lapsed overrides are cleared; until then reads already show the rules' colour. */
const EXPIRY_SWEEP_MS = 15 * 60_000;
/** Expired overrides one sweep transaction clears. */
const EXPIRY_BATCH_SIZE = 500;

/**
 * Keeps the three-colour ledger in step with the facts. Every write that changes a fact (a survey,
 * organisation membership, a mass organisation, the rule settings) calls `recompute` inside its own
 * transaction, so the colour and its history commit with the change.
 */
@Injectable()
export class LedgerService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Ledger');
  private sweepTimer?: NodeJS.Timeout;

  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.sweepTimer = setInterval(() => {
      this.expireOverrides().catch((error: unknown) => this.logger.warn(`override expiry sweep failed: ${String(error)}`));
    }, EXPIRY_SWEEP_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweepTimer);
  }

  /**
   * Clears overrides whose expiry date has passed, recording the change and announcing it when the colour shown
   * changes: a batch at a time, with one UPDATE, one history INSERT, one audit INSERT and one outbox INSERT.
   * Safe on several replicas: the rows are claimed with SKIP LOCKED.
   */
  async expireOverrides(): Promise<number> {
    const today = clock.today();
    let cleared = 0;
    for (;;) {
      const expired = await this.work.run(async (tx) => {
        const now = clock.now();
        const [rows]: [
          {
            entity_id: string;
            derived_colour: LedgerColour;
            override_colour: LedgerColour;
            explanation: string;
            expires_on: string;
            credit_code: string;
            name: string;
            sector: string;
          }[],
          number,
          // One statement claims a batch with SKIP LOCKED, clears it and returns what the history and events need.
        ] = await tx.manager.query(
          `WITH due AS (
               SELECT entity_id, override_colour, to_char(override_expires_on, 'YYYY-MM-DD') AS expires_on
                 FROM ledger_entries WHERE override_expires_on < $1::date ORDER BY entity_id LIMIT $3 FOR UPDATE SKIP LOCKED
             )
             UPDATE ledger_entries l SET override_colour = NULL, override_reason = NULL, override_expires_on = NULL, updated_at = $2
               FROM due JOIN surveyed_entities e ON e.id = due.entity_id
              WHERE l.entity_id = due.entity_id
             RETURNING l.entity_id, l.derived_colour, due.override_colour, l.explanation, due.expires_on, e.credit_code, e.name, e.sector`,
          [today, now, EXPIRY_BATCH_SIZE],
        );
        await tx.auditAll(
          'ledger.override.expire',
          rows.map((row) => ({ target: { type: 'entity', id: row.entity_id }, details: { was: row.override_colour, expiredOn: row.expires_on } })),
        );
        await this.recordChanges(
          tx,
          rows.map((row) => ({
            entity: { id: row.entity_id, creditCode: row.credit_code, name: row.name, sector: row.sector },
            source: 'override-cleared' as const,
            from: row.override_colour,
            to: row.derived_colour,
            reason: 'override-expired',
            explanation: `Override ended ${row.expires_on}; back to the rules: ${row.explanation}`,
            eventExpiry: row.override_colour === row.derived_colour ? undefined : null,
          })),
          now,
        );
        return rows.length;
      });
      cleared += expired;
      if (expired < EXPIRY_BATCH_SIZE) return cleared;
    }
  }

  /** Recomputes the colours of the given entities (one or many) with the same statements whatever their number. */
  async recompute(tx: Transaction, entityIds: string | readonly string[], settings?: LedgerRuleSettings): Promise<void> {
    const ids = typeof entityIds === 'string' ? [entityIds] : entityIds;
    if (ids.length > 0) await this.recomputeAll(tx, ids, settings ?? (await this.settings(tx)));
  }

  /**
   * Recomputes the colours of entities set-based: the entities are locked in id order, their facts and entries
   * read with one query each, every entry that moved written with one upsert, and the colour changes recorded and
   * announced with one INSERT each.
   */
  private async recomputeAll(tx: Transaction, entityIds: readonly string[], rules: LedgerRuleSettings): Promise<void> {
    // The entity row locks serialise recomputations of an entity, including its first ledger entry.
    const entities = await tx.manager.find(SurveyedEntity, {
      select: { id: true, creditCode: true, name: true, sector: true },
      where: { id: In([...entityIds]) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const facts = await this.factsOf(
      tx,
      entities.map((entity) => entity.id),
    );
    const entries = await tx.manager.findBy(LedgerEntry, { entityId: In(entities.map((entity) => entity.id)) });
    const currentOf = new Map(entries.map((entry) => [entry.entityId, entry]));
    const now = clock.now();
    const today = shanghaiDateOf(now);
    const written: Pick<LedgerEntry, 'entityId' | 'derivedColour' | 'reason' | 'explanation' | 'updatedAt'>[] = [];
    const changes: ColourChange[] = [];
    for (const entity of entities) {
      const entityFacts = facts.get(entity.id);
      if (entityFacts === undefined) continue; // not yet surveyed: not on the ledger
      const verdict = deriveLedgerColour(entityFacts, rules);
      const current = currentOf.get(entity.id);
      const verdictRow = { entityId: entity.id, derivedColour: verdict.colour, reason: verdict.reason, explanation: verdict.explanation, updatedAt: now };
      if (current === undefined) {
        written.push(verdictRow);
        changes.push({ entity, source: 'rules', from: null, to: verdict.colour, reason: verdict.reason, explanation: verdict.explanation, eventExpiry: null });
        continue;
      }
      if (current.derivedColour === verdict.colour && current.reason === verdict.reason && current.explanation === verdict.explanation) continue;
      written.push(verdictRow);
      if (current.derivedColour === verdict.colour) continue;
      const override = overrideOf(current);
      const before = effectiveColour(current.derivedColour, override, today);
      const after = effectiveColour(verdict.colour, override, today);
      // The history keeps the rules' verdict even while an override hides it; the event follows what is shown.
      changes.push({
        entity,
        source: 'rules',
        from: current.derivedColour,
        to: verdict.colour,
        reason: verdict.reason,
        explanation: verdict.explanation,
        eventExpiry: before === after ? undefined : null,
        eventFrom: before,
      });
    }
    // One INSERT … ON CONFLICT for all of them; the override columns are left as they are.
    if (written.length > 0) await tx.manager.upsert(LedgerEntry, written, ['entityId']);
    await this.recordChanges(tx, changes, now);
  }

  /** Appends colour changes to the history in one INSERT and publishes, in one more, those whose event is due. */
  private async recordChanges(tx: Transaction, changes: readonly ColourChange[], now: Date): Promise<void> {
    if (changes.length === 0) return;
    const changedBy = actorId();
    await tx.manager.insert(
      LedgerColourChange,
      changes.map((change) => ({
        id: randomUUID(),
        entityId: change.entity.id,
        source: change.source,
        fromColour: change.from,
        toColour: change.to,
        reason: change.reason,
        explanation: change.explanation,
        changedAt: now,
        changedBy,
      })),
    );
    await tx.publishAll(
      LedgerColourChanged,
      changes
        .filter((change) => change.eventExpiry !== undefined)
        .map((change) => ({
          subject: change.entity.id,
          data: {
            entityId: change.entity.id,
            creditCode: change.entity.creditCode,
            entityName: change.entity.name,
            sector: change.entity.sector,
            fromColour: change.eventFrom === undefined ? change.from : change.eventFrom,
            toColour: change.to,
            source: change.source,
            reason: change.reason,
            overrideExpiresOn: change.eventExpiry!,
            changedAt: now.toISOString(),
          },
        })),
    );
  }

  /**
   * The rules' facts of each surveyed entity among `entityIds`, in three queries whatever their number; unsurveyed ones are absent.
   * The latest survey of each entity is picked set-based with DISTINCT ON.
   */
  private async factsOf(tx: Transaction, entityIds: readonly string[]): Promise<Map<string, LedgerFacts>> {
    const surveys: {
      entity_id: string;
      operating_status: LedgerFacts['operatingStatus'];
      party_member_count: number;
      party_organisation: string;
      mass_organisations: MassOrganisationKind[];
    }[] = await tx.manager.query(
      `SELECT DISTINCT ON (entity_id) entity_id, operating_status, party_member_count, party_organisation, mass_organisations FROM surveys
          WHERE entity_id = ANY($1::uuid[]) ORDER BY entity_id, surveyed_on DESC, recorded_at DESC, id DESC`,
      [entityIds],
    );
    const members = await tx.manager.find(OrganisationMemberEntity, { select: { entityId: true }, where: { entityId: In([...entityIds]) } });
    const withMembership = new Set(members.map((member) => member.entityId));
    const registered = await tx.manager.find(MassOrganisation, { select: { entityId: true, kind: true }, where: { entityId: In([...entityIds]) } });
    const registeredOf = new Map<string, MassOrganisationKind[]>();
    for (const mass of registered) registeredOf.set(mass.entityId, [...(registeredOf.get(mass.entityId) ?? []), mass.kind]);
    return new Map(
      surveys.map((survey) => [
        survey.entity_id,
        {
          operatingStatus: survey.operating_status,
          partyMemberCount: survey.party_member_count,
          hasPartyOrganisation: survey.party_organisation !== 'none' || withMembership.has(survey.entity_id),
          massOrganisations: [...new Set<MassOrganisationKind>([...survey.mass_organisations, ...(registeredOf.get(survey.entity_id) ?? [])])],
        },
      ]),
    );
  }

  private async settings(tx: Transaction, lock = false): Promise<LedgerRuleSettings> {
    const settings = await tx.manager.findOneOrFail(LedgerSettings, { where: { id: 1 }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
    return { minMembersToForm: settings.minMembersToForm, requiredMassOrganisations: settings.requiredMassOrganisations };
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async rules(db: EntityManager = this.dataSource.manager): Promise<LedgerRulesDto> {
    return LedgerRulesDto.of(await db.findOneByOrFail(LedgerSettings, { id: 1 }));
  }

  /** New settings apply to every entry at once: the whole ledger is recomputed in the same transaction. */
  async updateRules(input: UpdateLedgerRulesDto): Promise<LedgerRulesDto> {
    return this.work.run(async (tx) => {
      const before = await this.settings(tx, true);
      const settings: LedgerRuleSettings = { minMembersToForm: input.minMembersToForm, requiredMassOrganisations: input.requiredMassOrganisations };
      await tx.manager.update(LedgerSettings, { id: 1 }, { ...settings, updatedAt: () => 'now()', updatedBy: actorId() });
      await tx.audit('ledger.rules.update', { type: 'ledger-rules', id: '1' }, { changes: changedFields({ ...before }, { ...settings }) });
      const entries = await tx.manager.find(LedgerEntry, { select: { entityId: true } });
      await this.recomputeAll(
        tx,
        entries.map((entry) => entry.entityId),
        settings,
      );
      return this.rules(tx.manager);
    });
  }

  async setOverride(entityId: string, input: SetLedgerOverrideDto): Promise<LedgerEntryDto> {
    const now = clock.now();
    const today = shanghaiDateOf(now);
    if (input.expiresOn < today) {
      throw ledgerProblems.overrideExpiryPast(input.expiresOn, today);
    }
    return this.work.run(async (tx) => {
      const entity = await this.lockedEntity(tx, entityId);
      const current = await this.entryFor(tx, entityId);
      const before = effectiveColour(current.derivedColour, overrideOf(current), today);
      await tx.manager.update(
        LedgerEntry,
        { entityId },
        { overrideColour: input.colour, overrideReason: input.reason, overrideExpiresOn: input.expiresOn, updatedAt: now },
      );
      await tx.audit('ledger.override.set', { type: 'entity', id: entityId }, { colour: input.colour, reason: input.reason, expiresOn: input.expiresOn });
      await this.recordChanges(
        tx,
        [
          {
            entity,
            source: 'override',
            from: before,
            to: input.colour,
            reason: input.reason,
            explanation: `Manual override until ${input.expiresOn}.`,
            eventExpiry: before === input.colour ? undefined : input.expiresOn,
          },
        ],
        now,
      );
      return this.entry(entityId, undefined, tx.manager);
    });
  }

  async clearOverride(entityId: string): Promise<LedgerEntryDto> {
    const now = clock.now();
    const today = shanghaiDateOf(now);
    return this.work.run(async (tx) => {
      const entity = await this.lockedEntity(tx, entityId);
      const current = await this.entryFor(tx, entityId);
      if (current.overrideColour === null) throw ledgerProblems.overrideNotFound();
      const before = effectiveColour(current.derivedColour, overrideOf(current), today);
      await tx.manager.update(LedgerEntry, { entityId }, { overrideColour: null, overrideReason: null, overrideExpiresOn: null, updatedAt: now });
      await tx.audit('ledger.override.clear', { type: 'entity', id: entityId }, { was: current.overrideColour });
      const reason = 'override cleared';
      await this.recordChanges(
        tx,
        [
          {
            entity,
            source: 'override-cleared',
            from: before,
            to: current.derivedColour,
            reason,
            explanation: `Back to the rules: ${current.explanation}`,
            eventExpiry: before === current.derivedColour ? undefined : null,
          },
        ],
        now,
      );
      return this.entry(entityId, undefined, tx.manager);
    });
  }

  private async lockedEntity(tx: Transaction, entityId: string): Promise<SurveyedEntity> {
    const entity = await tx.manager.findOne(SurveyedEntity, { where: { id: entityId }, lock: { mode: 'pessimistic_write' } });
    if (entity === null) throw partyProblems.entityNotFound(`id ${entityId}`);
    return entity;
  }

  private async entryFor(tx: Transaction, entityId: string): Promise<LedgerEntry> {
    const current = await tx.manager.findOneBy(LedgerEntry, { entityId });
    if (current === null) throw ledgerProblems.entityNotSurveyed();
    return current;
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async entry(entityId: string, user?: AuthUser, db: EntityManager = this.dataSource.manager): Promise<LedgerEntryDto> {
    if (user !== undefined) await assertEntityAccess(db, user, entityId);
    const today = clock.today();
    const entry = await entriesWithEntities(db).where('entry.entityId = :entityId', { entityId }).getOne();
    if (entry === null) throw ledgerProblems.entryNotFound(entityId);
    return LedgerEntryDto.of(entry, entry.entity!, today);
  }

  async list(user: AuthUser, query: LedgerQueryDto): Promise<Page<LedgerEntryDto>> {
    const today = clock.today();
    const builder = entriesWithEntities(this.dataSource.manager)
      .orderBy('entity.creditCode')
      .limit(query.limit + 1);
    if (!seesWholeRegistry(user)) {
      builder.andWhere('entity.id IN (SELECT entity_id FROM instructor_assignments WHERE instructor_user_id = :userId)', { userId: user.id });
    }
    if (query.sector !== undefined) builder.andWhere('entity.sector = :sector', { sector: query.sector });
    if (query.park !== undefined) builder.andWhere('entity.park = :park', { park: query.park });
    if (query.colour !== undefined) builder.andWhere(`${SHOWN_COLOUR} = :colour`, { today, colour: query.colour });
    if (query.cursor !== undefined) builder.andWhere('entity.creditCode > :after', { after: decodeCursor(query.cursor, 1)[0] });
    return toPage(
      await builder.getMany(),
      query.limit,
      (entry) => [entry.entity!.creditCode],
      (entry) => LedgerEntryDto.of(entry, entry.entity!, today),
    );
  }

  async counts(user: AuthUser): Promise<LedgerCountsDto> {
    const today = clock.today();
    const params: unknown[] = [today];
    let scope = '';
    if (!seesWholeRegistry(user)) {
      params.push(user.id);
      scope = 'WHERE e.id IN (SELECT entity_id FROM instructor_assignments WHERE instructor_user_id = $2)';
    }
    // An aggregation: counts by sector and shown colour, computed by the database.
    const rows: { sector: string; colour: LedgerColour; count: string }[] = await this.dataSource.query(
      `SELECT e.sector, CASE WHEN l.override_colour IS NOT NULL AND l.override_expires_on >= $1::date THEN l.override_colour ELSE l.derived_colour END AS colour, count(*) AS count
       FROM ledger_entries l JOIN surveyed_entities e ON e.id = l.entity_id ${scope} GROUP BY 1, 2 ORDER BY 1`,
      params,
    );
    return LedgerCountsDto.of(today, rows);
  }

  async changes(user: AuthUser, entityId: string, limit: number, cursor?: string): Promise<Page<LedgerChangeDto>> {
    if (!(await this.dataSource.manager.existsBy(SurveyedEntity, { id: entityId }))) throw partyProblems.entityNotFound(`id ${entityId}`);
    await assertEntityAccess(this.dataSource.manager, user, entityId);
    const builder = this.dataSource.manager
      .createQueryBuilder(LedgerColourChange, 'change')
      .where('change.entityId = :entityId', { entityId })
      .orderBy('change.changedAt', 'DESC')
      .addOrderBy('change.id', 'DESC')
      .limit(limit + 1);
    if (cursor !== undefined) {
      const [changedAt, id] = decodeCursor(cursor, 2);
      builder.andWhere('(change.changedAt, change.id) < (:changedAt, :id)', { changedAt, id });
    }
    return toPage(await builder.getMany(), limit, (change) => [change.changedAt.toISOString(), change.id], LedgerChangeDto.of);
  }
}

/** Ledger entries with the entity each is about. */
function entriesWithEntities(db: EntityManager): SelectQueryBuilder<LedgerEntry> {
  return db.createQueryBuilder(LedgerEntry, 'entry').innerJoinAndMapOne('entry.entity', SurveyedEntity, 'entity', 'entity.id = entry.entityId');
}

function overrideOf(entry: EntryState): { colour: LedgerColour; expiresOn: string } | null {
  return entry.overrideColour === null || entry.overrideExpiresOn === null ? null : { colour: entry.overrideColour, expiresOn: entry.overrideExpiresOn };
}
