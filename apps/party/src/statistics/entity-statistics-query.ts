import { inPeriodSql } from '#platform/statistics';
import { inCampaignScopeSql, surveyedDuringCampaignSql } from '../campaigns/campaign-scope.js';

/*
 * The party statistics, shared by the service and the benchmark's bare baseline so both run the same SQL. `$1` is the
 * period's first day (null: since records began), `$2` its last day.
 */

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

export interface EntityCountsRow {
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
 * Entities surveyed, taken under management and not under management, in all and per kind, sector, park and status
 * at the period's end; counted per combination first, so the five groupings add up a handful of rows instead of
 * every entity.
 */
export const ENTITY_COUNTS_SQL = `
  WITH facts AS (${ENTITY_FACTS}),
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
   ORDER BY kind, sector, park NULLS LAST, managed_at_end DESC`;

export interface CampaignCountsRow {
  id: string;
  name: string;
  parks: string[];
  park: string | null;
  park_group: number;
  surveyed: number;
}

/**
 * Each campaign overlapping the period (a row with `park_group` 1) and its parks: entities in its scope surveyed
 * within its dates and the period. Each entity in a campaign's scope is checked once for a survey (no per-survey
 * duplicates to remove), and the campaigns' names join the few counted rows rather than every entity.
 */
export const CAMPAIGN_COUNTS_SQL = `
  WITH campaigns AS (
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
   ORDER BY c.starts_on, c.name, COALESCE(n.park_group, 1) DESC, n.park NULLS LAST`;

export interface ManagedByDayRow {
  managed_on: string;
  enterprises: number;
  social: number;
}

/** Enterprises and social organisations taken under management on each day of the period. */
export const MANAGED_BY_DAY_SQL = `
  SELECT to_char(managed_on, 'YYYY-MM-DD') AS managed_on, count(*) FILTER (WHERE kind = 'enterprise')::int AS enterprises,
         count(*) FILTER (WHERE kind = 'social-organisation')::int AS social
    FROM surveyed_entities WHERE ${inPeriodSql('managed_on')}
   GROUP BY managed_on ORDER BY managed_on`;

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

export interface CoverageRow {
  park: string | null;
  total_row: number;
  entities: number;
  organisation: number;
  work: number;
}

/** 两个覆盖 per park and in all (`total_row` 1): of the entities surveyed in the period, those covered by an organisation and by Party work at its end. */
export const COVERAGE_SQL = `
  WITH population AS (
    SELECT e.id, e.park FROM surveyed_entities e
     WHERE EXISTS (SELECT 1 FROM surveys s WHERE s.entity_id = e.id AND ${inPeriodSql('s.surveyed_on')})),
  organisation AS (${ORGANISATION_COVERED}),
  work AS (${WORK_COVERED})
  SELECT p.park, GROUPING(p.park)::int AS total_row, count(*)::int AS entities,
         count(o.entity_id)::int AS organisation, count(w.entity_id)::int AS work
    FROM population p LEFT JOIN organisation o ON o.entity_id = p.id LEFT JOIN work w ON w.entity_id = p.id
   GROUP BY GROUPING SETS ((p.park), ())
   ORDER BY GROUPING(p.park), p.park NULLS LAST`;
