import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { UnitOfWork, type Transaction } from '#messaging';
import { changedFields, clock, currentRequestContext, decodeCursor, isUniqueViolation, toPage, type Page, type PageQueryDto } from '#platform';
import type {
  CreateSupervisionItemDto,
  RetireSupervisionItemDto,
  SupervisionItemQueryDto,
  UpdateSupervisionItemDto,
} from './dto/create-supervision-item.dto.js';
import { supervisionItemProblems } from './supervision-item-problems.js';
import { SupervisionItemChangeDto, SupervisionItemDto } from './dto/supervision-item.dto.js';
import {
  SUPERVISION_ITEM_CODE_CONSTRAINT,
  SUPERVISION_ITEM_SOURCE_EVENT_CONSTRAINT,
  SupervisionItem,
  SupervisionItemChange,
} from './supervision-item.entity.js';

/** An event-fed item discloses each occurrence on its own date, so it cannot owe fixed periods. */
function assertEventItemIsPerEvent(sourceEvent: string | null, frequency: string): void {
  if (sourceEvent !== null && frequency !== 'per-event') {
    throw supervisionItemProblems.sourceEventNeedsPerEvent(sourceEvent);
  }
}

@Injectable()
export class SupervisionItemsService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async create(input: CreateSupervisionItemDto): Promise<SupervisionItemDto> {
    assertEventItemIsPerEvent(input.sourceEvent ?? null, input.disclosureFrequency);
    try {
      return await this.work.run(async (tx) => {
        const created = tx.manager.create(SupervisionItem, {
          id: randomUUID(),
          code: input.code,
          name: input.name,
          responsibleBody: input.responsibleBody,
          supervisingBody: input.supervisingBody,
          process: input.process,
          policyBasis: input.policyBasis,
          origin: input.origin,
          category: input.category,
          disclosureFrequency: input.disclosureFrequency,
          dueWorkingDays: input.dueWorkingDays ?? 10,
          publicationRule: input.publicationRule ?? 'review',
          publicationReview: input.publicationReview ?? 'direct',
          sourceEvent: input.sourceEvent ?? null,
          placeholder: input.placeholder ?? false,
          version: 1,
          retiredAt: null,
          retiredReason: null,
          createdAt: clock.now(),
        });
        await tx.manager.insert(SupervisionItem, created);
        await this.recordChange(tx, created, 'created', null);
        await tx.audit('supervision-item.create', { type: 'supervision-item', id: created.id }, { code: created.code, name: created.name });
        return SupervisionItemDto.of(created);
      });
    } catch (error) {
      // The constraint decides, not a prior lookup: two concurrent requests cannot both pass it.
      if (isUniqueViolation(error, SUPERVISION_ITEM_CODE_CONSTRAINT)) {
        throw supervisionItemProblems.codeTaken(input.code);
      }
      if (isUniqueViolation(error, SUPERVISION_ITEM_SOURCE_EVENT_CONSTRAINT)) {
        throw supervisionItemProblems.sourceEventTaken(input.sourceEvent);
      }
      throw error;
    }
  }

  async update(id: string, input: UpdateSupervisionItemDto): Promise<SupervisionItemDto> {
    const { reason, ...changes } = input;
    return await this.work.run(async (tx) => {
      const current = await this.lockActive(tx.manager, id);
      const before = { ...current };
      Object.assign(current, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)));
      assertEventItemIsPerEvent(current.sourceEvent, current.disclosureFrequency);
      current.version += 1;
      await tx.manager.save(SupervisionItem, current);
      await this.recordChange(tx, current, 'updated', reason);
      await tx.audit(
        'supervision-item.update',
        { type: 'supervision-item', id },
        { version: current.version, reason, changes: changedFields(before, changes) },
      );
      return SupervisionItemDto.of(current);
    });
  }

  /** Retired items keep their disclosures and history; they stop being due. */
  async retire(id: string, input: RetireSupervisionItemDto): Promise<SupervisionItemDto> {
    return await this.work.run(async (tx) => {
      const current = await this.lockActive(tx.manager, id);
      current.version += 1;
      current.retiredAt = clock.now();
      current.retiredReason = input.reason;
      await tx.manager.save(SupervisionItem, current);
      await this.recordChange(tx, current, 'retired', input.reason);
      await tx.audit('supervision-item.retire', { type: 'supervision-item', id }, { version: current.version, reason: input.reason });
      return SupervisionItemDto.of(current);
    });
  }

  async get(id: string): Promise<SupervisionItemDto> {
    const item = await this.dataSource.manager.findOneBy(SupervisionItem, { id });
    if (item === null) throw supervisionItemProblems.notFound(`has id ${id}`);
    return SupervisionItemDto.of(item);
  }

  /** Catalogue order: by code. */
  async list(query: SupervisionItemQueryDto): Promise<Page<SupervisionItemDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(SupervisionItem, 'item')
      .orderBy('item.code', 'ASC')
      .limit(query.limit + 1);
    if (query.includeRetired !== true) builder.andWhere('item.retiredAt IS NULL');
    if (query.origin !== undefined) builder.andWhere('item.origin = :origin', { origin: query.origin });
    if (query.cursor !== undefined) {
      const [code] = decodeCursor(query.cursor, 1);
      builder.andWhere('item.code > :code', { code });
    }
    const rows = await builder.getMany();
    return toPage(rows, query.limit, (row) => [row.code], SupervisionItemDto.of);
  }

  async history(id: string, query: PageQueryDto): Promise<Page<SupervisionItemChangeDto>> {
    await this.get(id);
    const builder = this.dataSource.manager
      .createQueryBuilder(SupervisionItemChange, 'change')
      .where('change.itemId = :id', { id })
      .orderBy('change.version', 'ASC')
      .limit(query.limit + 1);
    if (query.cursor !== undefined) {
      const [version] = decodeCursor(query.cursor, 1);
      builder.andWhere('change.version > :version', { version: Number(version) });
    }
    const rows = await builder.getMany();
    return toPage(rows, query.limit, (row) => [row.version], SupervisionItemChangeDto.of);
  }

  private async lockActive(manager: EntityManager, id: string): Promise<SupervisionItem> {
    const item = await manager.findOne(SupervisionItem, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (item === null) throw supervisionItemProblems.notFound(`has id ${id}`);
    if (item.retiredAt !== null) throw supervisionItemProblems.retired(item.code, item.retiredAt);
    return item;
  }

  private async recordChange(tx: Transaction, item: SupervisionItem, change: SupervisionItemChange['change'], reason: string | null): Promise<void> {
    const entry = tx.manager.create(SupervisionItemChange, {
      itemId: item.id,
      version: item.version,
      change,
      reason,
      snapshot: { ...SupervisionItemDto.of(item) },
      changedBy: currentRequestContext()?.user?.id ?? 'system',
      changedAt: clock.now(),
    });
    await tx.manager.save(SupervisionItemChange, entry);
  }
}
