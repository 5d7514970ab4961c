import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UnitOfWork } from '#messaging';
import { changedFields, clock, decodeCursor, isUniqueViolation, ProblemException, toPage, type Page, type PageQueryDto } from '#platform';
import type { CreateIndicatorDto } from './dto/create-indicator.dto.js';
import { IndicatorDto } from './dto/indicator.dto.js';
import { IndicatorVersionDto, type CreateIndicatorVersionDto } from './dto/indicator-version.dto.js';
import type { ListIndicatorsQueryDto } from './dto/list-indicators-query.dto.js';
import { indicatorPointsProblem } from './indicator-points.js';
import { IndicatorVersion } from './indicator-version.entity.js';
import { versionsOf } from './indicator-version-lookup.js';
import { indicatorProblems } from './indicator-problems.js';
import { newVersionProblem, versionInEffect, type VersionProblem } from './indicator-versions.js';
import { Indicator, INDICATOR_CODE_CONSTRAINT } from './indicator.entity.js';

/** The problem each refusal of a new version answers with. */
const VERSION_REFUSALS = {
  'indicator-version-unchanged': indicatorProblems.versionUnchanged,
  'indicator-version-out-of-order': indicatorProblems.versionOutOfOrder,
  'indicator-version-backdated': indicatorProblems.versionBackdated,
} satisfies Record<VersionProblem['slug'], unknown>;

@Injectable()
export class IndicatorsService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The catalogue binds the whole zone: only `zone` callers reach here (the route's @ApiAuth). Version 1 applies from today. */
  async create(input: CreateIndicatorDto): Promise<IndicatorDto> {
    try {
      const [indicator, first] = await this.work.run(async (tx) => {
        const created = tx.manager.create(Indicator, {
          id: randomUUID(),
          code: input.code,
          category: input.category,
          name: input.name,
          limitPerPeriod: input.limitPerPeriod ?? null,
          active: input.active ?? true,
          createdAt: clock.now(),
          retiredAt: input.active === false ? clock.now() : null,
        });
        const version = tx.manager.create(IndicatorVersion, {
          indicatorId: created.id,
          version: 1,
          points: input.points,
          effectiveFrom: clock.today(),
          backdatingReason: null,
          createdAt: created.createdAt,
        });
        await tx.manager.insert(Indicator, created);
        await tx.manager.insert(IndicatorVersion, version);
        await tx.audit(
          'indicator.create',
          { type: 'indicator', id: created.id },
          { code: created.code, category: created.category, points: version.points, effectiveFrom: version.effectiveFrom },
        );
        return [created, version] as const;
      });
      return IndicatorDto.of(indicator, first);
    } catch (error) {
      // The constraint decides, not a prior lookup: two concurrent requests cannot both pass it.
      if (isUniqueViolation(error, INDICATOR_CODE_CONSTRAINT)) {
        throw indicatorProblems.codeTaken(input.code);
      }
      throw error;
    }
  }

  /**
   * Records a new version of an indicator's points, effective from a business date: entries earned on or after it
   * earn the new points, entries earned before (recorded already or later) keep the version in effect on their
   * day. A retired indicator gets no new versions.
   */
  async addVersion(id: string, input: CreateIndicatorVersionDto): Promise<IndicatorVersionDto> {
    const version = await this.work.run(async (tx) => {
      // Locking the indicator serialises versions of one indicator, so two cannot claim the same number.
      const indicator = await tx.manager.findOne(Indicator, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (indicator === null) throw indicatorProblems.notFound(id);
      if (!indicator.active) throw indicatorProblems.retired(indicator.code);
      const pointsProblem = indicatorPointsProblem(indicator.category, input.points);
      if (pointsProblem !== undefined) throw ProblemException.validation([{ field: 'points', message: pointsProblem }]);
      const versions = (await versionsOf(tx.manager, [id])).get(id)!;
      const latest = versions.at(-1)!;
      const problem = newVersionProblem(latest, input, clock.today());
      if (problem !== undefined) {
        throw VERSION_REFUSALS[problem.slug]({ detail: problem.detail, latestVersion: latest.version, latestEffectiveFrom: latest.effectiveFrom });
      }
      const created = tx.manager.create(IndicatorVersion, {
        indicatorId: id,
        version: latest.version + 1,
        points: input.points,
        effectiveFrom: input.effectiveFrom,
        backdatingReason: input.backdatingReason ?? null,
        createdAt: clock.now(),
      });
      await tx.manager.insert(IndicatorVersion, created);
      await tx.audit(
        'indicator.version',
        { type: 'indicator', id },
        {
          code: indicator.code,
          version: created.version,
          points: created.points,
          previousPoints: latest.points,
          effectiveFrom: created.effectiveFrom,
          ...(created.backdatingReason === null ? {} : { backdatingReason: created.backdatingReason }),
        },
      );
      return created;
    });
    return IndicatorVersionDto.of(version);
  }

  /** The public history of an indicator's points: every version, oldest first. */
  async listVersions(id: string, query: PageQueryDto): Promise<Page<IndicatorVersionDto>> {
    if (!(await this.dataSource.manager.existsBy(Indicator, { id }))) throw indicatorProblems.notFound(id);
    const builder = this.dataSource.manager
      .createQueryBuilder(IndicatorVersion, 'v')
      .where('v.indicator_id = :id', { id })
      .orderBy('v.version', 'ASC')
      .limit(query.limit + 1);
    if (query.cursor !== undefined) builder.andWhere('v.version > :after', { after: decodeCursor(query.cursor, 1)[0] });
    return toPage(await builder.getMany(), query.limit, (row) => [row.version], IndicatorVersionDto.of);
  }

  /**
   * Retires an indicator: it can no longer be awarded, but every entry made with it keeps its code,
   * category and points, so no score or rating changes. Retiring twice is refused.
   */
  async retire(id: string): Promise<IndicatorDto> {
    const indicator = await this.work.run(async (tx) => {
      const found = await tx.manager.findOne(Indicator, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (found === null) throw indicatorProblems.notFound(id);
      if (!found.active) throw indicatorProblems.alreadyRetired(found.code);
      const before = { active: found.active, retiredAt: found.retiredAt };
      found.active = false;
      found.retiredAt = clock.now();
      await tx.manager.update(Indicator, { id }, { active: false, retiredAt: found.retiredAt });
      await tx.audit(
        'indicator.retire',
        { type: 'indicator', id },
        { code: found.code, changes: changedFields(before, { active: false, retiredAt: found.retiredAt.toISOString() }) },
      );
      return found;
    });
    return (await this.withCurrentVersions([indicator]))[0]!;
  }

  async get(id: string): Promise<IndicatorDto> {
    const indicator = await this.dataSource.manager.findOneBy(Indicator, { id });
    if (indicator === null) throw indicatorProblems.notFound(id);
    return (await this.withCurrentVersions([indicator]))[0]!;
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
    const page = toPage(
      await builder.getMany(),
      query.limit,
      (row) => [row.code],
      (row) => row,
    );
    return { ...page, items: await this.withCurrentVersions(page.items) };
  }

  /** The indicators with the version in effect today, the versions read in one query. */
  private async withCurrentVersions(indicators: Indicator[]): Promise<IndicatorDto[]> {
    const versions = await versionsOf(
      this.dataSource.manager,
      indicators.map((indicator) => indicator.id),
    );
    const today = clock.today();
    return indicators.map((indicator) => IndicatorDto.of(indicator, versionInEffect(versions.get(indicator.id)!, today)));
  }
}
