import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ReportingPeriod } from '#platform';
import { MEETING_ISSUE_CATEGORIES } from '../meetings/dispatch-meeting.entity.js';
import { APPROVALS_BY_PROJECT_SQL, APPROVALS_BY_YEAR_SQL, type ApprovalProjectRow, type ApprovalYearRow } from './approval-statistics-query.js';
import type { ApprovalStatisticsDto, MeetingStatisticsDto } from './dto/statistics.dto.js';
import { MEETINGS_BY_CATEGORY_SQL, MEETINGS_BY_MONTH_SQL, type MeetingCategoryRow, type MeetingMonthRow } from './meeting-statistics-query.js';

/** Approved batches and areas, summed by PostgreSQL in numeric: the figures the zone reports must come out exactly. */
@Injectable()
export class StatisticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Batches approved on a day of the period (`decidedOn`), so an `asOf` answer leaves out later approvals. */
  async approvals(period: ReportingPeriod, sinceYear?: number): Promise<ApprovalStatisticsDto> {
    const params = [period.from, period.to];
    const [totals, ...years]: ApprovalYearRow[] = await this.dataSource.query(APPROVALS_BY_YEAR_SQL, params);
    const projects: ApprovalProjectRow[] = await this.dataSource.query(APPROVALS_BY_PROJECT_SQL, params);
    return {
      sinceYear: sinceYear ?? null,
      period: { from: period.from, to: period.to },
      batches: totals!.batches,
      totalAreaMu: totals!.area,
      byYear: years.map((row) => ({ year: row.year!, batches: row.batches, areaMu: row.area })),
      projectCount: projects[0]?.n ?? 0,
      byProject: projects.map((row) => ({ projectId: row.project_id, projectName: row.project_name, batches: row.batches, areaMu: row.area })),
    };
  }

  /** Dispatch meetings (专题调度会) held in the period, per issue type and per month. */
  async meetings(period: ReportingPeriod): Promise<MeetingStatisticsDto> {
    const params = [period.from, period.to];
    const categories: MeetingCategoryRow[] = await this.dataSource.query(MEETINGS_BY_CATEGORY_SQL, params);
    const months: MeetingMonthRow[] = await this.dataSource.query(MEETINGS_BY_MONTH_SQL, params);
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
