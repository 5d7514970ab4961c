import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { UnitOfWork } from '#messaging';
import { assertDateOrder, clock, decodeCursor, isUniqueViolation, toPage, type Page } from '#platform';
import { inCampaignScopeSql, surveyedDuringCampaignSql } from './campaign-scope.js';
import { coveragePercent } from './coverage.js';
import { campaignProblems } from './campaign-problems.js';
import type { CampaignDto, CreateCampaignDto } from './dto/campaign.dto.js';
import { SurveyCampaign } from './survey-campaign.entity.js';

/** Survey sweeps (地毯式摸排) of sectors across parks, with assigned surveyors and coverage so far. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async create(input: CreateCampaignDto): Promise<CampaignDto> {
    assertDateOrder([
      { name: 'startsOn', date: input.startsOn },
      { name: 'endsOn', date: input.endsOn },
    ]);
    const id = randomUUID();
    try {
      return await this.work.run(async (tx) => {
        await tx.manager.insert(SurveyCampaign, {
          id,
          name: input.name,
          sectors: input.sectors,
          parks: input.parks ?? [],
          targetCount: input.targetCount,
          surveyors: input.surveyors,
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
          createdAt: clock.now(),
        });
        await tx.audit('campaign.create', { type: 'survey-campaign', id }, { name: input.name, targetCount: input.targetCount });
        return this.get(id, tx.manager);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'survey_campaigns_name_key')) throw campaignProblems.nameTaken();
      throw error;
    }
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async get(id: string, db: EntityManager = this.dataSource.manager): Promise<CampaignDto> {
    const [campaign] = await withCoverage(db.createQueryBuilder(SurveyCampaign, 'campaign').where('campaign.id = :id', { id }));
    if (campaign === undefined) throw campaignProblems.notFound(id);
    return campaign.dto;
  }

  async list(limit: number, cursor?: string): Promise<Page<CampaignDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(SurveyCampaign, 'campaign')
      .orderBy('campaign.createdAt', 'DESC')
      .addOrderBy('campaign.id', 'DESC')
      .limit(limit + 1);
    if (cursor !== undefined) {
      const [createdAt, id] = decodeCursor(cursor, 2);
      builder.where('(campaign.createdAt, campaign.id) < (:createdAt, :id)', { createdAt, id });
    }
    return toPage(
      await withCoverage(builder),
      limit,
      (campaign) => [campaign.createdAt.toISOString(), campaign.dto.id],
      (campaign) => campaign.dto,
    );
  }
}

/** The campaigns the builder selects with their coverage: distinct entities in scope (sectors, parks) with a survey dated within the campaign. */
async function withCoverage(builder: SelectQueryBuilder<SurveyCampaign>): Promise<{ dto: CampaignDto; createdAt: Date }[]> {
  const { entities, raw } = await builder
    .addSelect(
      `(SELECT count(DISTINCT s.entity_id)::int FROM surveys s JOIN surveyed_entities e ON e.id = s.entity_id
         WHERE ${inCampaignScopeSql('campaign', 'e')} AND ${surveyedDuringCampaignSql('campaign', 's')})`,
      'surveyed_count',
    )
    .getRawAndEntities<{ surveyed_count: number }>();
  return entities.map((campaign, index) => {
    const surveyedCount = raw[index]!.surveyed_count;
    const dto: CampaignDto = {
      id: campaign.id,
      name: campaign.name,
      sectors: campaign.sectors,
      parks: campaign.parks,
      targetCount: campaign.targetCount,
      surveyors: campaign.surveyors,
      startsOn: campaign.startsOn,
      endsOn: campaign.endsOn,
      surveyedCount,
      coveragePercent: coveragePercent(surveyedCount, campaign.targetCount),
    };
    return { dto, createdAt: campaign.createdAt };
  });
}
