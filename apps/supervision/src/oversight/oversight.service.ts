import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { canActForUnit, clock, decodeCursor, toPage, ZONE_UNIT, type AuthUser } from '#platform';
import type { Deadline } from '#working-calendar/core';
import { WorkingCalendarService } from '#working-calendar';
import { judgePeriod, type DisclosureFrequency } from '../supervision-items/disclosure-period.js';
import type {
  LateDisclosureDto,
  OverdueWorkPageDto,
  OverdueWorkQueryDto,
  OwedPeriodDto,
  UnitLatenessDto,
  ZoneCompletenessDto,
  ZoneCompletenessQueryDto,
} from './dto/oversight.dto.js';
import {
  addToTally,
  emptyTally,
  matchesLateness,
  overdueCutoff,
  periodsEndingWithin,
  quarterOf,
  reportingSpan,
  sumTallies,
  workingDaysOverdue,
  worstFirst,
} from './oversight-rules.js';
import { oversightProblems } from './oversight-problems.js';

interface PeriodicItem {
  id: string;
  code: string;
  name: string;
  disclosure_frequency: DisclosureFrequency;
  due_working_days: number;
}

/** One per unit and owed period; a unit owing nothing for the period comes once, without item and period. */
interface UnitObligationRow {
  unit_code: string;
  unit_name: string;
  unit_kind: string;
  item_id: string | null;
  period: string | null;
  disclosure_id: string | null;
  published_on: string | null;
  extended_days: number;
}

interface OverdueRow {
  type: string;
  id: string;
  unit_code: string | null;
  status: string;
  summary: string;
  due_on: string;
  due_basis: Deadline['basis'];
  responsible: string;
}

/** The units a supervisor reads: all with the `zone` unit, otherwise those in their `units` claim. */
function unitScope(user: AuthUser): string[] | null {
  return canActForUnit(user, ZONE_UNIT) ? null : user.units;
}

/** Zone-wide views for the discipline-inspection supervisor (纪监工委): who is late, what is overdue. */
@Injectable()
export class OversightService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendars: WorkingCalendarService,
  ) {}

  /**
   * Every unit's disclosures owed for a reporting period, classified on/late/missing/pending. Two queries whatever
   * the number of units: the periodic items, then units × owed periods with what each published and its extensions.
   */
  async zoneCompleteness(query: ZoneCompletenessQueryDto, user: AuthUser): Promise<ZoneCompletenessDto> {
    const asOf = clock.today();
    const period = query.period ?? quarterOf(asOf);
    // The query's pattern admits only periods that parse.
    const span = reportingSpan(period);
    const items: PeriodicItem[] = await this.dataSource.query(
      `SELECT id, code, name, disclosure_frequency, due_working_days FROM supervision_items
        WHERE retired_at IS NULL AND disclosure_frequency <> 'per-event' AND ($1::text IS NULL OR code = $1) ORDER BY code`,
      [query.itemCode ?? null],
    );
    if (query.itemCode !== undefined && items.length === 0) {
      throw oversightProblems.periodicItemUnknown(query.itemCode);
    }
    const owedPairs = items.flatMap((item) => periodsEndingWithin(item.disclosure_frequency, span).map((owed) => ({ item, period: owed })));
    const calendar = this.calendars.calendar();

    const rows: UnitObligationRow[] = await this.dataSource.query(
      `SELECT unit.code AS unit_code, unit.name AS unit_name, unit.kind AS unit_kind, owed.item_id, owed.period,
              disclosure.id AS disclosure_id,
              to_char(disclosure.first_published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS published_on,
              COALESCE(extension.working_days, 0)::int AS extended_days
         FROM supervision_units unit
         LEFT JOIN unnest($1::uuid[], $2::text[]) AS owed (item_id, period) ON true
         LEFT JOIN disclosures disclosure
                ON disclosure.unit_code = unit.code AND disclosure.item_id = owed.item_id AND disclosure.period = owed.period
         LEFT JOIN (SELECT unit_code, item_id, period, sum(working_days) AS working_days FROM disclosure_due_extensions
                     WHERE period = ANY($2::text[]) GROUP BY unit_code, item_id, period) extension
                ON extension.unit_code = unit.code AND extension.item_id = owed.item_id AND extension.period = owed.period
        WHERE (CASE WHEN $3::text IS NULL THEN unit.kind <> 'zone' ELSE unit.kind = $3 END)
          AND ($4::text[] IS NULL OR unit.code = ANY($4::text[]))
        ORDER BY unit.code`,
      [owedPairs.map((pair) => pair.item.id), owedPairs.map((pair) => pair.period), query.unitKind ?? null, unitScope(user)],
    );

    const itemsById = new Map(items.map((item) => [item.id, item]));
    const units = new Map<string, UnitLatenessDto>();
    for (const row of rows) {
      let unit = units.get(row.unit_code);
      if (unit === undefined) {
        unit = { unitCode: row.unit_code, unitName: row.unit_name, unitKind: row.unit_kind, counts: emptyTally(), lateOrMissing: [] };
        units.set(row.unit_code, unit);
      }
      if (row.item_id === null || row.period === null) continue;
      const item = itemsById.get(row.item_id)!;
      const { dueOn, dueBasis, state } = judgePeriod(
        calendar,
        item.disclosure_frequency,
        row.period,
        item.due_working_days + row.extended_days,
        row.published_on,
        asOf,
      );
      addToTally(unit.counts, state);
      if (dueOn !== null && dueBasis !== null && (state === 'late' || state === 'missing')) {
        unit.lateOrMissing.push({
          itemCode: item.code,
          period: row.period,
          state,
          dueOn,
          dueBasis,
          extendedByWorkingDays: row.extended_days,
          publishedOn: row.published_on,
          disclosureId: row.disclosure_id,
        } satisfies LateDisclosureDto);
      }
    }
    const listed = [...units.values()].filter((unit) => matchesLateness(unit.counts, query.status)).sort(worstFirst);
    const owed = owedPairs.map(({ item, period: owedPeriod }): OwedPeriodDto => {
      const { dueOn, dueBasis } = judgePeriod(calendar, item.disclosure_frequency, owedPeriod, item.due_working_days, null, asOf);
      return { itemCode: item.code, itemName: item.name, period: owedPeriod, dueOn, dueBasis };
    });
    return { period, periodStart: span.start, periodEnd: span.end, asOf, owed, totals: sumTallies(listed.map((unit) => unit.counts)), units: listed };
  }

  /**
   * Open complaints, findings and returned rectifications past their due date, in one UNION ALL query paged by
   * (due date, type, id). The minimum of working days overdue becomes a due-date cut-off, so it filters in SQL too.
   */
  async overdue(query: OverdueWorkQueryDto, user: AuthUser): Promise<OverdueWorkPageDto> {
    const asOf = clock.today();
    const calendar = this.calendars.calendar();
    const descending = query.order === 'newest-due';
    const params: unknown[] = [
      overdueCutoff(calendar, asOf, query.minDaysOverdue ?? 0),
      query.type ?? null,
      query.unitCode ?? null,
      unitScope(user),
      query.limit + 1,
    ];
    let after = '';
    if (query.cursor !== undefined) {
      const [dueOn, type, id] = decodeCursor(query.cursor, 3);
      after = `AND (work.due_on, work.type, work.id) ${descending ? '<' : '>'} ($${params.push(dueOn)}::date, $${params.push(type)}::text, $${params.push(id)}::uuid)`;
    }
    const direction = descending ? 'DESC' : 'ASC';
    const rows: OverdueRow[] = await this.dataSource.query(
      `SELECT work.type, work.id, work.unit_code, work.status, work.summary, to_char(work.due_on, 'YYYY-MM-DD') AS due_on, work.due_basis, work.responsible
         FROM (
           SELECT 'complaint'::text AS type, complaint.id, complaint.unit_code, complaint.status, left(complaint.content, 200) AS summary,
                  complaint.step_due_on AS due_on, complaint.step_due_basis AS due_basis, complaint.department AS responsible
             FROM complaints complaint
            WHERE complaint.status NOT IN ('closed', 'rejected') AND complaint.step_due_on IS NOT NULL
           UNION ALL
           SELECT CASE finding.status WHEN 'returned' THEN 'rectification' ELSE 'finding' END, finding.id, finding.unit_code, finding.status,
                  left(finding.description, 200), finding.due_on, finding.due_basis, finding.unit_code
             FROM findings finding
            WHERE finding.status IN ('ordered', 'returned')
         ) work
        WHERE work.due_on < $1::date
          AND ($2::text IS NULL OR work.type = $2::text)
          AND ($3::text IS NULL OR work.unit_code = $3::text)
          AND ($4::text[] IS NULL OR work.unit_code = ANY($4::text[]))
          ${after}
        ORDER BY work.due_on ${direction}, work.type ${direction}, work.id ${direction}
        LIMIT $5`,
      params,
    );
    const page = toPage(
      rows,
      query.limit,
      (row) => [row.due_on, row.type, row.id],
      (row) => ({
        type: row.type,
        id: row.id,
        unitCode: row.unit_code,
        status: row.status,
        summary: row.summary,
        dueOn: row.due_on,
        dueBasis: row.due_basis,
        daysOverdue: workingDaysOverdue(calendar, row.due_on, asOf),
        responsible: row.responsible,
      }),
    );
    return { ...page, asOf };
  }
}
