import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UnitOfWork } from '#messaging';
import { decodeCursor, isUniqueViolation, ProblemException, toPage, type Page, type PageQueryDto } from '#platform';
import type { CreateSupervisionItemDto } from './dto/create-supervision-item.dto.js';
import { SupervisionItemDto } from './dto/supervision-item.dto.js';
import { SUPERVISION_ITEM_CODE_CONSTRAINT, SupervisionItem } from './supervision-item.entity.js';

@Injectable()
export class SupervisionItemsService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async create(input: CreateSupervisionItemDto): Promise<SupervisionItemDto> {
    try {
      const item = await this.work.run(async (tx) => {
        const created = tx.manager.create(SupervisionItem, {
          id: randomUUID(),
          code: input.code,
          name: input.name,
          responsibleBody: input.responsibleBody,
          supervisingBody: input.supervisingBody,
          process: input.process,
          policyBasis: input.policyBasis,
          origin: input.origin,
          createdAt: new Date(),
        });
        await tx.manager.insert(SupervisionItem, created);
        await tx.audit('supervision-item.create', { type: 'supervision-item', id: created.id }, { code: created.code, name: created.name });
        return created;
      });
      return SupervisionItemDto.of(item);
    } catch (error) {
      // The constraint decides, not a prior lookup: two concurrent requests cannot both pass it.
      if (isUniqueViolation(error, SUPERVISION_ITEM_CODE_CONSTRAINT)) {
        throw ProblemException.of(409, 'supervision-item-code-taken', 'Supervision item code taken', `A supervision item with code ${input.code} already exists.`);
      }
      throw error;
    }
  }

  async get(id: string): Promise<SupervisionItemDto> {
    const item = await this.dataSource.manager.findOneBy(SupervisionItem, { id });
    if (item === null) throw ProblemException.of(404, 'supervision-item-not-found', 'Supervision item not found', `No supervision item has id ${id}.`);
    return SupervisionItemDto.of(item);
  }

  /** Catalogue order: by code. */
  async list(query: PageQueryDto): Promise<Page<SupervisionItemDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(SupervisionItem, 'item')
      .orderBy('item.code', 'ASC')
      .limit(query.limit + 1);
    if (query.cursor !== undefined) {
      const [code] = decodeCursor(query.cursor, 1);
      builder.where('item.code > :code', { code });
    }
    const rows = await builder.getMany();
    return toPage(rows, query.limit, (row) => [row.code], SupervisionItemDto.of);
  }
}
