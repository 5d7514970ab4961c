import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ApprovalStatisticsDto } from './dto/statistics.dto.js';

const MAX_PROJECTS = 100;

/** Approved batches and areas, summed by PostgreSQL in numeric: the figures the zone reports must come out exactly. */
@Injectable()
export class StatisticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async approvals(sinceYear?: number): Promise<ApprovalStatisticsDto> {
    const since = sinceYear ?? null;
    const approved = `SELECT b.id, b.decided_on FROM batches b WHERE b.status = 'approved' AND ($1::int IS NULL OR b.decided_on >= make_date($1::int, 1, 1))`;
    const [totals]: { batches: number; total: string }[] = await this.dataSource.query(
      `SELECT count(DISTINCT a.id)::int AS batches, COALESCE(SUM(p.area_mu), 0)::numeric(16, 4)::text AS total
         FROM (${approved}) a LEFT JOIN batch_parcels p ON p.batch_id = a.id`,
      [since],
    );
    const years: { year: number; batches: number; area: string }[] = await this.dataSource.query(
      `SELECT extract(year FROM a.decided_on)::int AS year, count(DISTINCT a.id)::int AS batches, COALESCE(SUM(p.area_mu), 0)::numeric(16, 4)::text AS area
         FROM (${approved}) a LEFT JOIN batch_parcels p ON p.batch_id = a.id
        GROUP BY 1 ORDER BY 1`,
      [since],
    );
    const projects: { project_id: string; project_name: string; batches: number; area: string; n: number }[] = await this.dataSource.query(
      `SELECT p.project_id, pr.name AS project_name, count(DISTINCT a.id)::int AS batches, SUM(p.area_mu)::numeric(16, 4)::text AS area, count(*) OVER ()::int AS n
         FROM (${approved}) a JOIN batch_parcels p ON p.batch_id = a.id JOIN projects pr ON pr.id = p.project_id
        GROUP BY p.project_id, pr.name ORDER BY SUM(p.area_mu) DESC, pr.name LIMIT ${MAX_PROJECTS}`,
      [since],
    );
    return {
      sinceYear: since,
      batches: totals!.batches,
      totalAreaMu: totals!.total,
      byYear: years.map((row) => ({ year: row.year, batches: row.batches, areaMu: row.area })),
      projectCount: projects[0]?.n ?? 0,
      byProject: projects.map((row) => ({ projectId: row.project_id, projectName: row.project_name, batches: row.batches, areaMu: row.area })),
    };
  }
}
