import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { LedgerColourChanged } from '#contracts';
import { UnitOfWork, type Transaction } from '#messaging';
import { changedFields, clock, decodeCursor, ProblemException, toPage, type AuthUser, type Page } from '#platform';
import { shanghaiDateOf } from '#working-calendar/core';
import { actorId, entityNotFound } from '../surveyed-entities/surveyed-entities.service.js';
import { assertEntityAccess, seesWholeRegistry } from '../shared/access.js';
import { LedgerChangeDto, LedgerCountsDto, LedgerEntryDto, LedgerRulesDto, type LedgerEntryRow } from './dto/ledger.dto.js';
import type { LedgerQueryDto, SetLedgerOverrideDto, UpdateLedgerRulesDto } from './dto/ledger-input.dto.js';
import {
  deriveLedgerColour,
  effectiveColour,
  type LedgerColour,
  type LedgerFacts,
  type LedgerRuleSettings,
  type MassOrganisationKind,
} from './ledger-rules.js';

type Source = 'rules' | 'override' | 'override-cleared';

/** One entry of the colour history, and the event it causes. */
interface ColourChange {
  entity: { id: string; credit_code: string; name: string; sector: string };
  source: Source;
  from: LedgerColour | null;
  to: LedgerColour;
  reason: string;
  explanation: string;
  /** The override expiry the event carries; undefined: record history only, publish nothing. */
  eventExpiry: string | null | undefined;
  /** The colour shown before, when the event's differs from the history's (an override hides the rules' verdict). */
  eventFrom?: LedgerColour | null;
}

interface EntryState {
  derived_colour: LedgerColour;
  reason: string;
  explanation: string;
  override_colour: LedgerColour | null;
  override_reason: string | null;
  override_expires_on: string | null;
}

const ENTRY_SELECT = `
  SELECT e.id AS entity_id, e.credit_code, e.name, e.sector, e.park, e.management_status,
         l.derived_colour, l.reason, l.explanation, l.override_colour, l.override_reason,
         to_char(l.override_expires_on, 'YYYY-MM-DD') AS override_expires_on, l.updated_at,
         (l.override_colour IS NOT NULL AND l.override_expires_on >= $1::date) AS override_active,
         CASE WHEN l.override_colour IS NOT NULL AND l.override_expires_on >= $1::date THEN l.override_colour ELSE l.derived_colour END AS colour
  FROM ledger_entries l JOIN surveyed_entities e ON e.id = l.entity_id`;

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
            entity: { id: row.entity_id, credit_code: row.credit_code, name: row.name, sector: row.sector },
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
    const entities: ColourChange['entity'][] = await tx.manager.query(
      `SELECT id, credit_code, name, sector FROM surveyed_entities WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [entityIds],
    );
    const facts = await this.factsOf(
      tx,
      entities.map((entity) => entity.id),
    );
    const entries: (EntryState & { entity_id: string })[] = await tx.manager.query(
      `SELECT entity_id, derived_colour, reason, explanation, override_colour, override_reason, to_char(override_expires_on, 'YYYY-MM-DD') AS override_expires_on
       FROM ledger_entries WHERE entity_id = ANY($1::uuid[])`,
      [entities.map((entity) => entity.id)],
    );
    const currentOf = new Map(entries.map((entry) => [entry.entity_id, entry]));
    const now = clock.now();
    const today = shanghaiDateOf(now);
    const written: { entity_id: string; derived_colour: LedgerColour; reason: string; explanation: string }[] = [];
    const changes: ColourChange[] = [];
    for (const entity of entities) {
      const entityFacts = facts.get(entity.id);
      if (entityFacts === undefined) continue; // not yet surveyed: not on the ledger
      const verdict = deriveLedgerColour(entityFacts, rules);
      const current = currentOf.get(entity.id);
      const verdictRow = { entity_id: entity.id, derived_colour: verdict.colour, reason: verdict.reason, explanation: verdict.explanation };
      if (current === undefined) {
        written.push(verdictRow);
        changes.push({ entity, source: 'rules', from: null, to: verdict.colour, reason: verdict.reason, explanation: verdict.explanation, eventExpiry: null });
        continue;
      }
      if (current.derived_colour === verdict.colour && current.reason === verdict.reason && current.explanation === verdict.explanation) continue;
      written.push(verdictRow);
      if (current.derived_colour === verdict.colour) continue;
      const override = overrideOf(current);
      const before = effectiveColour(current.derived_colour, override, today);
      const after = effectiveColour(verdict.colour, override, today);
      // The history keeps the rules' verdict even while an override hides it; the event follows what is shown.
      changes.push({
        entity,
        source: 'rules',
        from: current.derived_colour,
        to: verdict.colour,
        reason: verdict.reason,
        explanation: verdict.explanation,
        eventExpiry: before === after ? undefined : null,
        eventFrom: before,
      });
    }
    if (written.length > 0) {
      await tx.manager.query(
        `INSERT INTO ledger_entries (entity_id, derived_colour, reason, explanation, updated_at)
         SELECT w.entity_id, w.derived_colour, w.reason, w.explanation, $2 FROM jsonb_to_recordset($1::jsonb) AS w (entity_id uuid, derived_colour text, reason text, explanation text)
         ON CONFLICT (entity_id) DO UPDATE SET derived_colour = EXCLUDED.derived_colour, reason = EXCLUDED.reason, explanation = EXCLUDED.explanation, updated_at = EXCLUDED.updated_at`,
        [JSON.stringify(written), now],
      );
    }
    await this.recordChanges(tx, changes, now);
  }

  /** Appends colour changes to the history in one INSERT and publishes, in one more, those whose event is due. */
  private async recordChanges(tx: Transaction, changes: readonly ColourChange[], now: Date): Promise<void> {
    if (changes.length === 0) return;
    const changedBy = actorId();
    await tx.manager.query(
      `INSERT INTO ledger_colour_changes (id, entity_id, source, from_colour, to_colour, reason, explanation, changed_at, changed_by)
       SELECT c.id, c.entity_id, c.source, c.from_colour, c.to_colour, c.reason, c.explanation, $2, $3
         FROM jsonb_to_recordset($1::jsonb) AS c (id uuid, entity_id uuid, source text, from_colour text, to_colour text, reason text, explanation text)`,
      [
        JSON.stringify(
          changes.map((change) => ({
            id: randomUUID(),
            entity_id: change.entity.id,
            source: change.source,
            from_colour: change.from,
            to_colour: change.to,
            reason: change.reason,
            explanation: change.explanation,
          })),
        ),
        now,
        changedBy,
      ],
    );
    await tx.publishAll(
      LedgerColourChanged,
      changes
        .filter((change) => change.eventExpiry !== undefined)
        .map((change) => ({
          subject: change.entity.id,
          data: {
            entityId: change.entity.id,
            creditCode: change.entity.credit_code,
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

  /** The rules' facts of each surveyed entity among `entityIds`, in three queries whatever their number; unsurveyed ones are absent. */
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
    const members: { entity_id: string }[] = await tx.manager.query(
      `SELECT DISTINCT entity_id FROM organisation_member_entities WHERE entity_id = ANY($1::uuid[])`,
      [entityIds],
    );
    const withMembership = new Set(members.map((row) => row.entity_id));
    const registered: { entity_id: string; kinds: MassOrganisationKind[] }[] = await tx.manager.query(
      `SELECT entity_id, array_agg(kind) AS kinds FROM mass_organisations WHERE entity_id = ANY($1::uuid[]) GROUP BY entity_id`,
      [entityIds],
    );
    const registeredOf = new Map(registered.map((row) => [row.entity_id, row.kinds]));
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
    const [row] = await tx.manager.query(
      `SELECT min_members_to_form, required_mass_organisations FROM ledger_settings WHERE id = 1 ${lock ? 'FOR UPDATE' : ''}`,
    );
    return { minMembersToForm: row.min_members_to_form, requiredMassOrganisations: row.required_mass_organisations };
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async rules(db: EntityManager = this.dataSource.manager): Promise<LedgerRulesDto> {
    const [row] = await db.query(`SELECT min_members_to_form, required_mass_organisations, updated_at, updated_by FROM ledger_settings WHERE id = 1`);
    return LedgerRulesDto.of(row);
  }

  /** New settings apply to every entry at once: the whole ledger is recomputed in the same transaction. */
  async updateRules(input: UpdateLedgerRulesDto): Promise<LedgerRulesDto> {
    return this.work.run(async (tx) => {
      const before = await this.settings(tx, true);
      const settings: LedgerRuleSettings = { minMembersToForm: input.minMembersToForm, requiredMassOrganisations: input.requiredMassOrganisations };
      await tx.manager.query(
        `UPDATE ledger_settings SET min_members_to_form = $1, required_mass_organisations = $2, updated_at = now(), updated_by = $3 WHERE id = 1`,
        [settings.minMembersToForm, settings.requiredMassOrganisations, actorId()],
      );
      await tx.audit('ledger.rules.update', { type: 'ledger-rules', id: '1' }, { changes: changedFields({ ...before }, { ...settings }) });
      const entries: { entity_id: string }[] = await tx.manager.query(`SELECT entity_id FROM ledger_entries`);
      await this.recomputeAll(
        tx,
        entries.map((entry) => entry.entity_id),
        settings,
      );
      return this.rules(tx.manager);
    });
  }

  async setOverride(entityId: string, input: SetLedgerOverrideDto): Promise<LedgerEntryDto> {
    const now = clock.now();
    const today = shanghaiDateOf(now);
    if (input.expiresOn < today) {
      throw ProblemException.of(
        422,
        'override-expiry-past',
        'Override expiry in the past',
        `expiresOn ${input.expiresOn} is before today (${today}, Asia/Shanghai).`,
      );
    }
    return this.work.run(async (tx) => {
      const [entity] = await tx.manager.query(`SELECT id, credit_code, name, sector FROM surveyed_entities WHERE id = $1 FOR UPDATE`, [entityId]);
      if (entity === undefined) throw entityNotFound(`id ${entityId}`);
      const current = await this.entryFor(tx, entityId);
      const before = effectiveColour(current.derived_colour, overrideOf(current), today);
      await tx.manager.query(
        `UPDATE ledger_entries SET override_colour = $2, override_reason = $3, override_expires_on = $4, updated_at = $5 WHERE entity_id = $1`,
        [entityId, input.colour, input.reason, input.expiresOn, now],
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
      const [entity] = await tx.manager.query(`SELECT id, credit_code, name, sector FROM surveyed_entities WHERE id = $1 FOR UPDATE`, [entityId]);
      if (entity === undefined) throw entityNotFound(`id ${entityId}`);
      const current = await this.entryFor(tx, entityId);
      if (current.override_colour === null) throw ProblemException.of(404, 'override-not-found', 'No override', 'This entity has no manual override.');
      const before = effectiveColour(current.derived_colour, overrideOf(current), today);
      await tx.manager.query(
        `UPDATE ledger_entries SET override_colour = NULL, override_reason = NULL, override_expires_on = NULL, updated_at = $2 WHERE entity_id = $1`,
        [entityId, now],
      );
      await tx.audit('ledger.override.clear', { type: 'entity', id: entityId }, { was: current.override_colour });
      const reason = 'override cleared';
      await this.recordChanges(
        tx,
        [
          {
            entity,
            source: 'override-cleared',
            from: before,
            to: current.derived_colour,
            reason,
            explanation: `Back to the rules: ${current.explanation}`,
            eventExpiry: before === current.derived_colour ? undefined : null,
          },
        ],
        now,
      );
      return this.entry(entityId, undefined, tx.manager);
    });
  }

  private async entryFor(tx: Transaction, entityId: string): Promise<EntryState> {
    const [current]: EntryState[] = await tx.manager.query(
      `SELECT derived_colour, reason, explanation, override_colour, override_reason, to_char(override_expires_on, 'YYYY-MM-DD') AS override_expires_on FROM ledger_entries WHERE entity_id = $1`,
      [entityId],
    );
    if (current === undefined)
      throw ProblemException.of(422, 'entity-not-surveyed', 'Entity not surveyed', 'An entity joins the ledger with its first five-clears survey.');
    return current;
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async entry(entityId: string, user?: AuthUser, db: EntityManager = this.dataSource.manager): Promise<LedgerEntryDto> {
    if (user !== undefined) await assertEntityAccess(db, user, entityId);
    const [row]: LedgerEntryRow[] = await db.query(`${ENTRY_SELECT} WHERE l.entity_id = $2`, [clock.today(), entityId]);
    if (row === undefined)
      throw ProblemException.of(404, 'ledger-entry-not-found', 'Not on the ledger', `Entity ${entityId} does not exist or has not been surveyed yet.`);
    return LedgerEntryDto.of(row);
  }

  async list(user: AuthUser, query: LedgerQueryDto): Promise<Page<LedgerEntryDto>> {
    const params: unknown[] = [clock.today()];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (!seesWholeRegistry(user)) add('e.id IN (SELECT entity_id FROM instructor_assignments WHERE instructor_user_id = ?)', user.id);
    if (query.sector !== undefined) add('e.sector = ?', query.sector);
    if (query.park !== undefined) add('e.park = ?', query.park);
    if (query.colour !== undefined)
      add(`(CASE WHEN l.override_colour IS NOT NULL AND l.override_expires_on >= $1::date THEN l.override_colour ELSE l.derived_colour END) = ?`, query.colour);
    if (query.cursor !== undefined) add('e.credit_code > ?', decodeCursor(query.cursor, 1)[0]);
    params.push(query.limit + 1);
    const rows: LedgerEntryRow[] = await this.dataSource.query(
      `${ENTRY_SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.credit_code LIMIT $${params.length}`,
      params,
    );
    return toPage(rows, query.limit, (row) => [row.credit_code], LedgerEntryDto.of);
  }

  async counts(user: AuthUser): Promise<LedgerCountsDto> {
    const today = clock.today();
    const params: unknown[] = [today];
    let scope = '';
    if (!seesWholeRegistry(user)) {
      params.push(user.id);
      scope = 'WHERE e.id IN (SELECT entity_id FROM instructor_assignments WHERE instructor_user_id = $2)';
    }
    const rows: { sector: string; colour: LedgerColour; count: string }[] = await this.dataSource.query(
      `SELECT e.sector, CASE WHEN l.override_colour IS NOT NULL AND l.override_expires_on >= $1::date THEN l.override_colour ELSE l.derived_colour END AS colour, count(*) AS count
       FROM ledger_entries l JOIN surveyed_entities e ON e.id = l.entity_id ${scope} GROUP BY 1, 2 ORDER BY 1`,
      params,
    );
    return LedgerCountsDto.of(today, rows);
  }

  async changes(user: AuthUser, entityId: string, limit: number, cursor?: string): Promise<Page<LedgerChangeDto>> {
    const exists: unknown[] = await this.dataSource.query(`SELECT 1 FROM surveyed_entities WHERE id = $1`, [entityId]);
    if (exists.length === 0) throw entityNotFound(`id ${entityId}`);
    await assertEntityAccess(this.dataSource.manager, user, entityId);
    const params: unknown[] = [entityId, limit + 1];
    let after = '';
    if (cursor !== undefined) {
      const [changedAt, id] = decodeCursor(cursor, 2);
      params.push(changedAt, id);
      after = 'AND (changed_at, id) < ($3::timestamptz, $4::uuid)';
    }
    const rows = await this.dataSource.query(
      `SELECT id, source, from_colour, to_colour, reason, explanation, changed_at, changed_by FROM ledger_colour_changes
       WHERE entity_id = $1 ${after} ORDER BY changed_at DESC, id DESC LIMIT $2`,
      params,
    );
    return toPage(rows, limit, (row: { changed_at: Date; id: string }) => [row.changed_at.toISOString(), row.id], LedgerChangeDto.of);
  }
}

function overrideOf(entry: EntryState): { colour: LedgerColour; expiresOn: string } | null {
  return entry.override_colour === null || entry.override_expires_on === null ? null : { colour: entry.override_colour, expiresOn: entry.override_expires_on };
}
