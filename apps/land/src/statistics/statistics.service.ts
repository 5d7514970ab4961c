import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { inPeriodSql, type ReportingPeriod } from '#platform';
import { MEETING_ISSUE_CATEGORIES } from '../meetings/dispatch-meeting.entity.js';
import type { ApprovalStatisticsDto, MeetingStatisticsDto } from './dto/statistics.dto.js';

const MAX_PROJECTS = 100;

/** Approved batches and areas, summed by PostgreSQL in numeric: the figures the zone reports must come out exactly. */
@Injectable()
export class StatisticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Batches approved on a day of the period (`decidedOn`), so an `asOf` answer leaves out later approvals. */
  async approvals(period: ReportingPeriod, sinceYear?: number): Promise<ApprovalStatisticsDto> {
    const params = [period.from, period.to];
    const approved = `SELECT b.id, b.decided_on FROM batches b WHERE b.status = 'approved' AND ${inPeriodSql('b.decided_on')}`;
    const [totals]: { batches: number; total: string }[] = await this.dataSource.query(
      `SELECT count(DISTINCT a.id)::int AS batches, COALESCE(SUM(p.area_mu), 0)::numeric(16, 4)::text AS total
         FROM (${approved}) a LEFT JOIN batch_parcels p ON p.batch_id = a.id`,
      params,
    );
    const years: { year: number; batches: number; area: string }[] = await this.dataSource.query(
      `SELECT extract(year FROM a.decided_on)::int AS year, count(DISTINCT a.id)::int AS batches, COALESCE(SUM(p.area_mu), 0)::numeric(16, 4)::text AS area
         FROM (${approved}) a LEFT JOIN batch_parcels p ON p.batch_id = a.id
        GROUP BY 1 ORDER BY 1`,
      params,
    );
    const projects: { project_id: string; project_name: string; batches: number; area: string; n: number }[] = await this.dataSource.query(
      `SELECT p.project_id, pr.name AS project_name, count(DISTINCT a.id)::int AS batches, SUM(p.area_mu)::numeric(16, 4)::text AS area, count(*) OVER ()::int AS n
         FROM (${approved}) a JOIN batch_parcels p ON p.batch_id = a.id JOIN projects pr ON pr.id = p.project_id
        GROUP BY p.project_id, pr.name ORDER BY SUM(p.area_mu) DESC, pr.name LIMIT ${MAX_PROJECTS}`,
      params,
    );
    return {
      sinceYear: sinceYear ?? null,
      period: { from: period.from, to: period.to },
      batches: totals!.batches,
      totalAreaMu: totals!.total,
      byYear: years.map((row) => ({ year: row.year, batches: row.batches, areaMu: row.area })),
      projectCount: projects[0]?.n ?? 0,
      byProject: projects.map((row) => ({ projectId: row.project_id, projectName: row.project_name, batches: row.batches, areaMu: row.area })),
    };
  }

  /** Dispatch meetings (专题调度会) held in the period, per issue type and per month. */
  async meetings(period: ReportingPeriod): Promise<MeetingStatisticsDto> {
    const params = [period.from, period.to];
    const held = `SELECT id, held_on, issues FROM dispatch_meetings WHERE ${inPeriodSql('held_on')}`;
    const categories: { category: string; meetings: number; issues: number }[] = await this.dataSource.query(
      `SELECT issue ->> 'category' AS category, count(DISTINCT m.id)::int AS meetings, count(*)::int AS issues
         FROM (${held}) m CROSS JOIN LATERAL jsonb_array_elements(m.issues) AS issue
        GROUP BY 1`,
      params,
    );
    const months: { month: string; meetings: number }[] = await this.dataSource.query(
      `SELECT to_char(held_on, 'YYYY-MM') AS month, count(*)::int AS meetings FROM (${held}) m GROUP BY 1 ORDER BY 1`,
      params,
    );
    const byCategory = new Map(categories.map((row) => [row.category, row]));
    return {
      period: { from: period.from, to: period.to },
      meetings: months.reduce((total, row) => total + row.meetings, 0),
      byIssueCategory: MEETING_ISSUE_CATEGORIES.map((category) => ({
        category,
        meetings: byCategory.get(category)?.meetings ?? 0,
        issues: byCategory.get(category)?.issues ?? 0,
      })),
      byMonth: months,
    };
  }
}
