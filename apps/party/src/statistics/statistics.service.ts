import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ReportingPeriod } from '#platform';
import { coveragePercent } from '../campaigns/coverage.js';
import type { CampaignCountsDto, CoverageDto, CoverageStatisticsDto, EntityCountsDto, EntityStatisticsDto } from './dto/statistics.dto.js';
import {
  CAMPAIGN_COUNTS_SQL,
  COVERAGE_SQL,
  ENTITY_COUNTS_SQL,
  MANAGED_BY_DAY_SQL,
  type CampaignCountsRow,
  type CoverageRow,
  type EntityCountsRow,
  type ManagedByDayRow,
} from './entity-statistics-query.js';

/**
 * Party registry figures for any day or period, computed from the dated records (surveys, the day taken
 * under management, memberships, visits, mass organisations) by PostgreSQL, one statement per part.
 */
@Injectable()
export class StatisticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async entities(period: ReportingPeriod): Promise<EntityStatisticsDto> {
    const rows: EntityCountsRow[] = await this.dataSource.query(ENTITY_COUNTS_SQL, [period.from, period.to]);
    const counts = (row: EntityCountsRow): EntityCountsDto => ({ surveyed: row.surveyed, underManagement: row.managed, notUnderManagement: row.not_managed });
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
    const rows: CampaignCountsRow[] = await this.dataSource.query(CAMPAIGN_COUNTS_SQL, [period.from, period.to]);
    const campaigns = new Map<string, CampaignCountsDto>();
    for (const row of rows) {
      if (row.park_group === 1) campaigns.set(row.id, { campaignId: row.id, name: row.name, parks: row.parks, surveyed: row.surveyed, byPark: [] });
      else campaigns.get(row.id)!.byPark.push({ park: row.park, surveyed: row.surveyed });
    }
    return [...campaigns.values()];
  }

  private async managedByDay(period: ReportingPeriod) {
    const rows: ManagedByDayRow[] = await this.dataSource.query(MANAGED_BY_DAY_SQL, [period.from, period.to]);
    return rows.map((row) => ({ managedOn: row.managed_on, enterprises: row.enterprises, socialOrganisations: row.social }));
  }

  /** 两个覆盖 per park: of the entities surveyed in the period, those covered by an organisation and by Party work at its end. */
  async coverage(period: ReportingPeriod): Promise<CoverageStatisticsDto> {
    const rows: CoverageRow[] = await this.dataSource.query(COVERAGE_SQL, [period.from, period.to]);
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
