import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UnitOfWork } from '#messaging';
import { changedFields, clock, decodeCursor, isUniqueViolation, ProblemException, toPage, type Page } from '#platform';
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

  /** The catalogue binds the whole zone: only `zone` callers reach here (the route's @ApiAuth). */
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
          createdAt: clock.now(),
          retiredAt: input.active === false ? clock.now() : null,
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

  /**
   * Retires an indicator: it can no longer be awarded, but every entry made with it keeps its code,
   * category and points, so no score or rating changes. Retiring twice is refused.
   */
  async retire(id: string): Promise<IndicatorDto> {
    const indicator = await this.work.run(async (tx) => {
      const found = await tx.manager.findOne(Indicator, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (found === null) throw ProblemException.of(404, 'indicator-not-found', 'Indicator not found', `No indicator ${id}.`);
      if (!found.active) throw ProblemException.of(409, 'indicator-retired', 'Indicator already retired', `Indicator ${found.code} is already retired.`);
      const before = { active: found.active, retiredAt: found.retiredAt };
      found.active = false;
      found.retiredAt = clock.now();
      await tx.manager.update(Indicator, { id }, { active: false, retiredAt: found.retiredAt });
      await tx.audit('indicator.retire', { type: 'indicator', id }, { code: found.code, changes: changedFields(before, { active: false, retiredAt: found.retiredAt.toISOString() }) });
      return found;
    });
    return IndicatorDto.of(indicator);
  }

  async get(id: string): Promise<IndicatorDto> {
    const indicator = await this.dataSource.manager.findOneBy(Indicator, { id });
    if (indicator === null) throw ProblemException.of(404, 'indicator-not-found', 'Indicator not found', `No indicator ${id}.`);
    return IndicatorDto.of(indicator);
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
