import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { inPeriodSql, type ReportingPeriod } from '#platform';
import { inCampaignScopeSql, surveyedDuringCampaignSql } from '../campaigns/campaign-scope.js';
import { coveragePercent } from '../campaigns/coverage.js';
import type { CampaignCountsDto, CoverageDto, CoverageStatisticsDto, EntityCountsDto, EntityStatisticsDto } from './dto/statistics.dto.js';

/**
 * Per entity: surveyed in the period, taken under management in it, under management at its end. The surveys are
 * read once, as the set of entities surveyed, rather than probed per entity.
 */
const ENTITY_FACTS = `
  WITH surveyed AS (SELECT DISTINCT entity_id FROM surveys WHERE ${inPeriodSql('surveyed_on')})
  SELECT e.kind, e.sector, e.park, s.entity_id IS NOT NULL AS surveyed,
         COALESCE(${inPeriodSql('e.managed_on')}, false) AS managed,
         COALESCE(e.managed_on <= $2::date, false) AS managed_at_end
    FROM surveyed_entities e LEFT JOIN surveyed s ON s.entity_id = e.id`;

/**
 * The day a membership began to cover its entity: founding members (recorded with the organisation) from
 * the day it was established, later ones from the day they were added.
 */
const ORGANISATION_COVERED = `
  SELECT DISTINCT m.entity_id FROM organisation_member_entities m JOIN organisations o ON o.id = m.organisation_id
   WHERE CASE WHEN m.joined_at = o.created_at THEN COALESCE(o.established_on, (o.created_at AT TIME ZONE 'Asia/Shanghai')::date)
              ELSE (m.joined_at AT TIME ZONE 'Asia/Shanghai')::date END <= $2::date`;

/** Party work reaches an entity through its organisation (the `organisation` set, read once), an instructor's visit or a mass organisation (群团组织). */
const WORK_COVERED = `
  SELECT entity_id FROM organisation
  UNION SELECT entity_id FROM instructor_visits WHERE visited_on <= $2::date
  UNION SELECT entity_id FROM mass_organisations WHERE established_on <= $2::date`;

interface CountsRow {
  kind_group: number;
  sector_group: number;
  park_group: number;
  status_group: number;
  kind: string | null;
  sector: string | null;
  park: string | null;
  managed_at_end: boolean | null;
  surveyed: number;
  managed: number;
  not_managed: number;
}

/**
 * Party registry figures for any day or period, computed from the dated records (surveys, the day taken
 * under management, memberships, visits, mass organisations) by PostgreSQL, one statement per part.
 */
@Injectable()
export class StatisticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async entities(period: ReportingPeriod): Promise<EntityStatisticsDto> {
    const params = [period.from, period.to];
    const rows: CountsRow[] = await this.dataSource.query(
      // Counted per combination first, so the five groupings add up a handful of rows instead of every entity.
      `WITH facts AS (${ENTITY_FACTS}),
       counts AS (
         SELECT kind, sector, park, managed_at_end, count(*) FILTER (WHERE surveyed) AS surveyed, count(*) FILTER (WHERE managed) AS managed,
                count(*) FILTER (WHERE surveyed AND NOT managed_at_end) AS not_managed
           FROM facts WHERE surveyed OR managed
          GROUP BY kind, sector, park, managed_at_end)
       SELECT GROUPING(kind)::int AS kind_group, GROUPING(sector)::int AS sector_group, GROUPING(park)::int AS park_group,
              GROUPING(managed_at_end)::int AS status_group, kind, sector, park, managed_at_end,
              COALESCE(sum(surveyed), 0)::int AS surveyed, COALESCE(sum(managed), 0)::int AS managed, COALESCE(sum(not_managed), 0)::int AS not_managed
         FROM counts
        GROUP BY GROUPING SETS ((), (kind), (sector), (park), (managed_at_end))
        ORDER BY kind, sector, park NULLS LAST, managed_at_end DESC`,
      params,
    );
    const counts = (row: CountsRow): EntityCountsDto => ({ surveyed: row.surveyed, underManagement: row.managed, notUnderManagement: row.not_managed });
    const total = rows.find((row) => row.kind_group + row.sector_group + row.park_group + row.status_group === 4);
    const only = (group: 'kind_group' | 'sector_group' | 'park_group' | 'status_group') =>
      rows.filter((row) => row[group] === 0 && row.kind_group + row.sector_group + row.park_group + row.status_group === 3);
    const [byCampaign, byDay] = await Promise.all([this.campaigns(period), this.managedByDay(period)]);
    return {
      period: { from: period.from, to: period.to },
      ...(total === undefined ? { surveyed: 0, underManagement: 0, notUnderManagement: 0 } : counts(total)),
      byKind: only('kind_group').map((row) => ({ kind: row.kind!, ...counts(row) })),
      byStatus: only('status_group').map((row) => ({
        managementStatus: row.managed_at_end ? 'under-management' : 'not-under-management',
        surveyed: row.surveyed,
      })),
      bySector: only('sector_group').map((row) => ({ sector: row.sector!, ...counts(row) })),
      byPark: only('park_group').map((row) => ({ park: row.park, ...counts(row) })),
      byCampaign,
      underManagementByDay: byDay,
    };
  }

  /** Each campaign overlapping the period: entities in its scope surveyed within its dates and the period, in all and per park. */
  private async campaigns(period: ReportingPeriod): Promise<CampaignCountsDto[]> {
    const rows: { id: string; name: string; parks: string[]; park: string | null; park_group: number; surveyed: number }[] = await this.dataSource.query(
      // Each entity in a campaign's scope is checked once for a survey (no per-survey duplicates to remove), and the
      // campaigns' names join the few counted rows rather than every entity.
      `WITH campaigns AS (
         SELECT c.* FROM survey_campaigns c WHERE c.starts_on <= $2::date AND ($1::date IS NULL OR c.ends_on IS NULL OR c.ends_on >= $1::date)),
       reached AS (
         SELECT c.id AS campaign_id, e.park
           FROM campaigns c JOIN surveyed_entities e ON ${inCampaignScopeSql('c', 'e')}
          WHERE EXISTS (SELECT 1 FROM surveys s WHERE s.entity_id = e.id AND ${surveyedDuringCampaignSql('c', 's')} AND ${inPeriodSql('s.surveyed_on')})),
       counts AS (
         SELECT campaign_id, park, GROUPING(park)::int AS park_group, count(*)::int AS surveyed
           FROM reached GROUP BY GROUPING SETS ((campaign_id), (campaign_id, park)))
       SELECT c.id, c.name, c.parks, n.park, COALESCE(n.park_group, 1) AS park_group, COALESCE(n.surveyed, 0) AS surveyed
         FROM campaigns c LEFT JOIN counts n ON n.campaign_id = c.id
        ORDER BY c.starts_on, c.name, COALESCE(n.park_group, 1) DESC, n.park NULLS LAST`,
      [period.from, period.to],
    );
    const campaigns = new Map<string, CampaignCountsDto>();
    for (const row of rows) {
      if (row.park_group === 1) campaigns.set(row.id, { campaignId: row.id, name: row.name, parks: row.parks, surveyed: row.surveyed, byPark: [] });
      else campaigns.get(row.id)!.byPark.push({ park: row.park, surveyed: row.surveyed });
    }
    return [...campaigns.values()];
  }

  private async managedByDay(period: ReportingPeriod) {
    const rows: { managed_on: string; enterprises: number; social: number }[] = await this.dataSource.query(
      `SELECT to_char(managed_on, 'YYYY-MM-DD') AS managed_on, count(*) FILTER (WHERE kind = 'enterprise')::int AS enterprises,
              count(*) FILTER (WHERE kind = 'social-organisation')::int AS social
         FROM surveyed_entities WHERE ${inPeriodSql('managed_on')}
        GROUP BY managed_on ORDER BY managed_on`,
      [period.from, period.to],
    );
    return rows.map((row) => ({ managedOn: row.managed_on, enterprises: row.enterprises, socialOrganisations: row.social }));
  }

  /** 两个覆盖 per park: of the entities surveyed in the period, those covered by an organisation and by Party work at its end. */
  async coverage(period: ReportingPeriod): Promise<CoverageStatisticsDto> {
    const rows: { park: string | null; total_row: number; entities: number; organisation: number; work: number }[] = await this.dataSource.query(
      `WITH population AS (
         SELECT e.id, e.park FROM surveyed_entities e
          WHERE EXISTS (SELECT 1 FROM surveys s WHERE s.entity_id = e.id AND ${inPeriodSql('s.surveyed_on')})),
       organisation AS (${ORGANISATION_COVERED}),
       work AS (${WORK_COVERED})
       SELECT p.park, GROUPING(p.park)::int AS total_row, count(*)::int AS entities,
              count(o.entity_id)::int AS organisation, count(w.entity_id)::int AS work
         FROM population p LEFT JOIN organisation o ON o.entity_id = p.id LEFT JOIN work w ON w.entity_id = p.id
        GROUP BY GROUPING SETS ((p.park), ())
        ORDER BY GROUPING(p.park), p.park NULLS LAST`,
      [period.from, period.to],
    );
    const total = rows.find((row) => row.total_row === 1);
    return {
      period: { from: period.from, to: period.to },
      total: total === undefined ? coverageOf(0, 0, 0) : coverageOf(total.entities, total.organisation, total.work),
      byPark: rows.filter((row) => row.total_row === 0).map((row) => ({ park: row.park, ...coverageOf(row.entities, row.organisation, row.work) })),
    };
  }
}

function coverageOf(entities: number, organisationCovered: number, workCovered: number): CoverageDto {
  const percent = (covered: number) => (entities === 0 ? null : coveragePercent(covered, entities));
  return { entities, organisationCovered, organisationCoveragePercent: percent(organisationCovered), workCovered, workCoveragePercent: percent(workCovered) };
}
