import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UnitOfWork } from '#messaging';
import {
  clock,
  decodeCursor,
  isUniqueViolation,
  renderQrImage,
  SERVICE_CONFIG,
  toPage,
  type Page,
  type QrImage,
  type QrImageQueryDto,
  type ServiceConfig,
} from '#platform';
import type { CreateUnitDto, OverviewQueryDto, UnitOverviewPageDto, UnitQueryDto } from './dto/unit.dto.js';
import { UnitDto } from './dto/unit.dto.js';
import { SupervisionUnit } from './supervision-unit.entity.js';
import { unitEntryUrl } from './unit-entry-url.js';
import { unitProblems } from './unit-problems.js';

@Injectable()
export class UnitsService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async create(input: CreateUnitDto): Promise<UnitDto> {
    try {
      return await this.work.run(async (tx) => {
        const created = tx.manager.create(SupervisionUnit, {
          code: input.code,
          name: input.name,
          kind: input.kind,
          township: input.township ?? null,
          demo: input.demo ?? false,
          createdAt: clock.now(),
        });
        await tx.manager.insert(SupervisionUnit, created);
        await tx.audit(
          'supervision-unit.create',
          { type: 'supervision-unit', id: created.code },
          { name: created.name, kind: created.kind, demo: created.demo },
        );
        return UnitDto.of(created);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'supervision_units_pkey')) {
        throw unitProblems.unitCodeTaken(input.code);
      }
      throw error;
    }
  }

  async get(code: string): Promise<UnitDto> {
    return UnitDto.of(await this.find(code));
  }

  async find(code: string): Promise<SupervisionUnit> {
    const unit = await this.dataSource.manager.findOneBy(SupervisionUnit, { code });
    if (unit === null) throw unitProblems.unitNotFound(code);
    return unit;
  }

  /** The printable QR code of a unit's public entry: its overview on the public portal. */
  async entryQr(code: string, image: QrImageQueryDto): Promise<QrImage> {
    const unit = await this.find(code);
    return renderQrImage(unitEntryUrl(this.config.publicPortalUrl, unit.code), image);
  }

  async list(query: UnitQueryDto): Promise<Page<UnitDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(SupervisionUnit, 'unit')
      .orderBy('unit.code', 'ASC')
      .limit(query.limit + 1);
    if (query.kind !== undefined) builder.andWhere('unit.kind = :kind', { kind: query.kind });
    if (query.township !== undefined) builder.andWhere('unit.township = :township', { township: query.township });
    if (query.cursor !== undefined) {
      const [code] = decodeCursor(query.cursor, 1);
      builder.andWhere('unit.code > :code', { code });
    }
    const rows = await builder.getMany();
    return toPage(rows, query.limit, (row) => [row.code], UnitDto.of);
  }

  /** What a resident sees after scanning the unit's QR code: each active item and what has been published for it here. */
  async overview(code: string, query: OverviewQueryDto): Promise<UnitOverviewPageDto> {
    const unit = await this.find(code);
    const params: unknown[] = [code, query.limit + 1];
    let after = '';
    if (query.cursor !== undefined) {
      const [itemCode] = decodeCursor(query.cursor, 1);
      params.push(itemCode);
      after = `AND item.code > $3`;
    }
    const rows: {
      item_code: string;
      item_name: string;
      frequency: string;
      published_count: string;
      latest_period: string | null;
      latest_published_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT item.code AS item_code, item.name AS item_name, item.disclosure_frequency AS frequency,
                count(disclosure.id) AS published_count,
                (array_agg(disclosure.period ORDER BY disclosure.first_published_at DESC))[1] AS latest_period,
                max(disclosure.first_published_at) AS latest_published_at
           FROM supervision_items item
           LEFT JOIN disclosures disclosure
             ON disclosure.item_id = item.id AND disclosure.unit_code = $1 AND disclosure.status = 'published'
          WHERE item.retired_at IS NULL ${after}
          GROUP BY item.id
          ${query.disclosedOnly === true ? 'HAVING count(disclosure.id) > 0' : ''}
          ORDER BY item.code
          LIMIT $2`,
      params,
    );
    const page = toPage(
      rows,
      query.limit,
      (row) => [row.item_code],
      (row) => ({
        itemCode: row.item_code,
        itemName: row.item_name,
        disclosureFrequency: row.frequency,
        publishedCount: Number(row.published_count),
        latestPeriod: row.latest_period,
        latestPublishedAt: row.latest_published_at === null ? null : new Date(row.latest_published_at).toISOString(),
      }),
    );
    return { unit: UnitDto.of(unit), ...page };
  }
}
