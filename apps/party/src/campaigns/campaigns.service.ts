import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { UnitOfWork } from '#messaging';
import { assertDateOrder, decodeCursor, isUniqueViolation, ProblemException, toPage, type Page } from '#platform';
import { inCampaignScopeSql, surveyedDuringCampaignSql } from './campaign-scope.js';
import { coveragePercent } from './coverage.js';
import type { CampaignDto, CreateCampaignDto } from './dto/campaign.dto.js';

// Coverage: distinct entities in scope (sectors, parks) with a survey dated within the campaign.
const CAMPAIGN_SELECT = `
  SELECT c.id, c.name, c.sectors, c.parks, c.target_count, c.surveyors, to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on,
         to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on, c.created_at,
         (SELECT count(DISTINCT s.entity_id)::int FROM surveys s JOIN surveyed_entities e ON e.id = s.entity_id
           WHERE ${inCampaignScopeSql('c', 'e')} AND ${surveyedDuringCampaignSql('c', 's')}) AS surveyed_count
  FROM survey_campaigns c`;

interface CampaignRow {
  id: string;
  name: string;
  sectors: string[];
  parks: string[];
  target_count: number;
  surveyors: string[];
  starts_on: string;
  ends_on: string | null;
  created_at: Date;
  surveyed_count: number;
}

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
        await tx.manager.query(
          `INSERT INTO survey_campaigns (id, name, sectors, parks, target_count, surveyors, starts_on, ends_on, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
          [id, input.name, input.sectors, input.parks ?? [], input.targetCount, input.surveyors, input.startsOn, input.endsOn ?? null],
        );
        await tx.audit('campaign.create', { type: 'survey-campaign', id }, { name: input.name, targetCount: input.targetCount });
        return this.get(id, tx.manager);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'survey_campaigns_name_key'))
        throw ProblemException.of(409, 'campaign-name-taken', 'Name taken', 'Another campaign has this name.');
      throw error;
    }
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async get(id: string, db: EntityManager = this.dataSource.manager): Promise<CampaignDto> {
    const [row]: CampaignRow[] = await db.query(`${CAMPAIGN_SELECT} WHERE c.id = $1`, [id]);
    if (row === undefined) throw ProblemException.of(404, 'campaign-not-found', 'Campaign not found', `No survey campaign has id ${id}.`);
    return toDto(row);
  }

  async list(limit: number, cursor?: string): Promise<Page<CampaignDto>> {
    const params: unknown[] = [limit + 1];
    let where = '';
    if (cursor !== undefined) {
      const [createdAt, id] = decodeCursor(cursor, 2);
      params.push(createdAt, id);
      where = 'WHERE (c.created_at, c.id) < ($2::timestamptz, $3::uuid)';
    }
    const rows: CampaignRow[] = await this.dataSource.query(`${CAMPAIGN_SELECT} ${where} ORDER BY c.created_at DESC, c.id DESC LIMIT $1`, params);
    return toPage(rows, limit, (row) => [row.created_at.toISOString(), row.id], toDto);
  }
}

function toDto(row: CampaignRow): CampaignDto {
  return {
    id: row.id,
    name: row.name,
    sectors: row.sectors,
    parks: row.parks,
    targetCount: row.target_count,
    surveyors: row.surveyors,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    surveyedCount: row.surveyed_count,
    coveragePercent: coveragePercent(row.surveyed_count, row.target_count),
  };
}
