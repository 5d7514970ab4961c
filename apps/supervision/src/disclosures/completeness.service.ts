import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { UnitOfWork } from '#messaging';
import { clock, decodeCursor, toPage, type AuthUser, type Page, type PageQueryDto } from '#platform';
import { shanghaiDateOf } from '#working-calendar/core';
import { WorkingCalendarService } from '#working-calendar';
import { InvalidPeriodError, judgePeriod, parsePeriod, periodsOfYear, type DisclosureFrequency } from '../supervision-items/disclosure-period.js';
import { SupervisionItem } from '../supervision-items/supervision-item.entity.js';
import { supervisionProblems } from '../shared/supervision-problems.js';
import { DisclosureDueExtension } from './disclosure.entity.js';
import { UnitsService } from '../units/units.service.js';
import type {
  CompletenessPageDto,
  CompletenessQueryDto,
  DueExtensionDto,
  GrantDueExtensionDto,
  ItemCompletenessDto,
  PeriodCompletenessDto,
} from './dto/completeness.dto.js';

const COUNT_KEYS = {
  'on-time': 'onTime',
  late: 'late',
  missing: 'missing',
  open: 'open',
  'not-started': 'notStarted',
  'calendar-missing': 'calendarMissing',
} as const;

@Injectable()
export class CompletenessService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendars: WorkingCalendarService,
    private readonly units: UnitsService,
  ) {}

  /** For one unit: every period of the year each active periodic item owes, and whether it was disclosed on time. */
  async forUnit(unitCode: string, query: CompletenessQueryDto): Promise<CompletenessPageDto> {
    await this.units.find(unitCode);
    const asOf = query.asOf ?? clock.today();
    const year = query.year ?? Number(asOf.slice(0, 4));
    const calendar = this.calendars.calendar();
    const items: { id: string; code: string; name: string; disclosure_frequency: DisclosureFrequency; due_working_days: number }[] =
      await this.dataSource.query(
        `SELECT id, code, name, disclosure_frequency, due_working_days FROM supervision_items
        WHERE retired_at IS NULL AND disclosure_frequency <> 'per-event' ORDER BY code`,
      );
    const published: { item_id: string; period: string; id: string; first_published_at: Date | null }[] = await this.dataSource.query(
      `SELECT item_id, period, id, first_published_at FROM disclosures WHERE unit_code = $1 AND periodic AND period LIKE $2`,
      [unitCode, `${year}%`],
    );
    const byKey = new Map(published.map((row) => [`${row.item_id}|${row.period}`, row]));
    const extensionRows: { item_id: string; period: string; working_days: number; reason: string }[] = await this.dataSource.query(
      `SELECT item_id, period, working_days, reason FROM disclosure_due_extensions WHERE unit_code = $1 AND period LIKE $2 ORDER BY granted_at`,
      [unitCode, `${year}%`],
    );
    const extensions = new Map<string, { days: number; reasons: string[] }>();
    for (const row of extensionRows) {
      const entry = extensions.get(`${row.item_id}|${row.period}`) ?? { days: 0, reasons: [] };
      entry.days += row.working_days;
      entry.reasons.push(row.reason);
      extensions.set(`${row.item_id}|${row.period}`, entry);
    }
    const counts = { onTime: 0, late: 0, missing: 0, open: 0, notStarted: 0, calendarMissing: 0 };
    const rows: ItemCompletenessDto[] = items.map((item) => ({
      itemCode: item.code,
      itemName: item.name,
      disclosureFrequency: item.disclosure_frequency,
      periods: periodsOfYear(item.disclosure_frequency, year).map((period): PeriodCompletenessDto => {
        const periodEnd = parsePeriod(item.disclosure_frequency, period).end;
        const found = byKey.get(`${item.id}|${period}`);
        const extension = extensions.get(`${item.id}|${period}`) ?? { days: 0, reasons: [] };
        const publishedOn = found?.first_published_at ? shanghaiDateOf(new Date(found.first_published_at)) : null;
        const { dueOn, dueBasis, state } = judgePeriod(calendar, item.disclosure_frequency, period, item.due_working_days + extension.days, publishedOn, asOf);
        counts[COUNT_KEYS[state]] += 1;
        return {
          period,
          periodEnd,
          dueOn,
          dueBasis,
          state,
          disclosureId: found?.id ?? null,
          publishedOn,
          extendedByWorkingDays: extension.days,
          extensionReasons: extension.reasons,
        };
      }),
    }));
    let remaining = rows;
    if (query.cursor !== undefined) {
      const [after] = decodeCursor(query.cursor, 1);
      remaining = rows.filter((row) => row.itemCode > String(after));
    }
    const page = toPage(
      remaining.slice(0, query.limit + 1),
      query.limit,
      (row) => [row.itemCode],
      (row) => row,
    );
    return { unitCode, year, asOf, counts, ...page };
  }

  /** A supervisor gives a unit more time for one period; the reason is public in the completeness view. */
  async grantExtension(unitCode: string, input: GrantDueExtensionDto, user: AuthUser): Promise<DueExtensionDto> {
    await this.units.find(unitCode);
    return await this.work.run(async (tx) => {
      const item = await tx.manager.findOneBy(SupervisionItem, { code: input.itemCode });
      if (item === null) throw supervisionProblems.itemUnknown(input.itemCode);
      if (item.disclosureFrequency === 'per-event') throw supervisionProblems.invalidPeriod('Per-event items have no due date to extend.');
      try {
        parsePeriod(item.disclosureFrequency, input.period);
      } catch (error) {
        if (error instanceof InvalidPeriodError) throw supervisionProblems.invalidPeriod(error.message);
        throw error;
      }
      const row = tx.manager.create(DisclosureDueExtension, {
        id: randomUUID(),
        unitCode,
        itemId: item.id,
        period: input.period,
        workingDays: input.workingDays,
        reason: input.reason,
        grantedBy: user.id,
        grantedAt: clock.now(),
      });
      await tx.manager.insert(DisclosureDueExtension, row);
      await tx.audit(
        'disclosure-due.extend',
        { type: 'disclosure-due-extension', id: row.id },
        { unitCode, itemCode: item.code, period: input.period, workingDays: input.workingDays, reason: input.reason },
      );
      return {
        id: row.id,
        unitCode,
        itemCode: input.itemCode,
        period: row.period,
        workingDays: row.workingDays,
        reason: row.reason,
        grantedAt: row.grantedAt.toISOString(),
      };
    });
  }

  async extensions(unitCode: string, query: PageQueryDto): Promise<Page<DueExtensionDto>> {
    await this.units.find(unitCode);
    const params: unknown[] = [unitCode, query.limit + 1];
    let after = '';
    if (query.cursor !== undefined) {
      const [grantedAt, id] = decodeCursor(query.cursor, 2);
      params.push(grantedAt, id);
      after = 'AND (extension.granted_at, extension.id) < ($3::timestamptz, $4::uuid)';
    }
    const rows: { id: string; item_code: string; period: string; working_days: number; reason: string; granted_at: Date }[] = await this.dataSource.query(
      `SELECT extension.id, item.code AS item_code, extension.period, extension.working_days, extension.reason, extension.granted_at
         FROM disclosure_due_extensions extension JOIN supervision_items item ON item.id = extension.item_id
        WHERE extension.unit_code = $1 ${after}
        ORDER BY extension.granted_at DESC, extension.id DESC LIMIT $2`,
      params,
    );
    return toPage(
      rows,
      query.limit,
      (row) => [new Date(row.granted_at).toISOString(), row.id],
      (row) => ({
        id: row.id,
        unitCode,
        itemCode: row.item_code,
        period: row.period,
        workingDays: row.working_days,
        reason: row.reason,
        grantedAt: new Date(row.granted_at).toISOString(),
      }),
    );
  }
}
