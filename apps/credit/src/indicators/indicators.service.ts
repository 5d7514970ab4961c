import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UnitOfWork } from '#messaging';
import { decodeCursor, isUniqueViolation, ProblemException, toPage, type Page } from '#platform';
import type { CreateIndicatorDto } from './dto/create-indicator.dto.js';
import { IndicatorDto } from './dto/indicator.dto.js';
import type { ListIndicatorsQueryDto } from './dto/list-indicators-query.dto.js';
import { Indicator, INDICATOR_CODE_CONSTRAINT } from './indicator.entity.js';

@Injectable()
export class IndicatorsService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async create(input: CreateIndicatorDto): Promise<IndicatorDto> {
    try {
      const indicator = await this.work.run(async (tx) => {
        const created = tx.manager.create(Indicator, {
          id: randomUUID(),
          code: input.code,
          category: input.category,
          name: input.name,
          points: input.points,
          limitPerPeriod: input.limitPerPeriod ?? null,
          active: input.active ?? true,
          createdAt: new Date(),
        });
        await tx.manager.insert(Indicator, created);
        await tx.audit('indicator.create', { type: 'indicator', id: created.id }, { code: created.code, category: created.category, points: created.points });
        return created;
      });
      return IndicatorDto.of(indicator);
    } catch (error) {
      // The constraint decides, not a prior lookup: two concurrent requests cannot both pass it.
      if (isUniqueViolation(error, INDICATOR_CODE_CONSTRAINT)) {
        throw ProblemException.of(409, 'indicator-code-taken', 'Indicator code taken', `An indicator with code ${input.code} already exists.`);
      }
      throw error;
    }
  }

  /** Catalogue order: by code. */
  async list(query: ListIndicatorsQueryDto): Promise<Page<IndicatorDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Indicator, 'indicator')
      .orderBy('indicator.code', 'ASC')
      .limit(query.limit + 1);
    if (query.category !== undefined) builder.andWhere('indicator.category = :category', { category: query.category });
    if (query.active !== undefined) builder.andWhere('indicator.active = :active', { active: query.active });
    if (query.cursor !== undefined) {
      const [code] = decodeCursor(query.cursor, 1);
      builder.andWhere('indicator.code > :code', { code });
    }
    const rows = await builder.getMany();
    return toPage(rows, query.limit, (row) => [row.code], IndicatorDto.of);
  }
}
