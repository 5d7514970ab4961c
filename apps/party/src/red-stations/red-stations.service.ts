import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { RedStationOpened } from '#contracts';
import { UnitOfWork } from '#messaging';
import { clock, decodeCursor, ProblemException, toPage, type Page } from '#platform';
import { redStationProblems } from './red-station-problems.js';
import type { CreateRedStationDto } from './dto/create-red-station.dto.js';
import { RedStationDto } from './dto/red-station.dto.js';
import type { RedStationQueryDto } from './dto/red-station-query.dto.js';
import { distanceSql } from './distance.js';
import { RedStation } from './red-station.entity.js';

@Injectable()
export class RedStationsService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  open(input: CreateRedStationDto): Promise<RedStationDto> {
    return this.work.run(async (tx) => {
      const created = tx.manager.create(RedStation, {
        id: randomUUID(),
        name: input.name,
        address: input.address,
        latitude: input.latitude,
        longitude: input.longitude,
        openingHours: input.openingHours,
        amenities: input.amenities,
        createdAt: clock.now(),
      });
      await tx.manager.insert(RedStation, created);
      // Re-read so the coordinates come back as PostgreSQL normalised them (scale 6).
      const stored = await tx.manager.findOneByOrFail(RedStation, { id: created.id });
      await tx.audit('red-station.open', { type: 'red-station', id: stored.id }, { name: stored.name, address: stored.address });
      await tx.publish(RedStationOpened, stored.id, {
        stationId: stored.id,
        name: stored.name,
        address: stored.address,
        openedAt: stored.createdAt.toISOString(),
      });
      return RedStationDto.of(stored);
    });
  }

  async get(id: string): Promise<RedStationDto> {
    const station = await this.dataSource.manager.findOneBy(RedStation, { id });
    if (station === null) throw redStationProblems.notFound(id);
    return RedStationDto.of(station);
  }

  async list(query: RedStationQueryDto): Promise<Page<RedStationDto>> {
    const hasPoint = query.latitude !== undefined || query.longitude !== undefined;
    if (hasPoint && (query.latitude === undefined || query.longitude === undefined)) {
      throw ProblemException.validation([{ field: query.latitude === undefined ? 'latitude' : 'longitude', message: 'latitude and longitude go together' }]);
    }
    if (query.withinMetres !== undefined && !hasPoint) {
      throw ProblemException.validation([{ field: 'withinMetres', message: 'withinMetres needs latitude and longitude' }]);
    }
    if (hasPoint) return this.listNear(query, query.latitude!, query.longitude!);
    const builder = this.dataSource.manager
      .createQueryBuilder(RedStation, 'station')
      .orderBy('station.createdAt', 'DESC')
      .addOrderBy('station.id', 'DESC')
      .limit(query.limit + 1);
    if (query.cursor !== undefined) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      builder.where('(station.createdAt, station.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await builder.getMany();
    return toPage(
      rows,
      query.limit,
      (row) => [row.createdAt.toISOString(), row.id],
      (row) => RedStationDto.of(row),
    );
  }

  /** Nearest first, keyed by (whole metres, id) so that pages stay stable. */
  private async listNear(query: RedStationQueryDto, latitude: string, longitude: string): Promise<Page<RedStationDto>> {
    const distance = distanceSql(':latitude', ':longitude');
    const builder = this.dataSource.manager
      .createQueryBuilder(RedStation, 'station')
      .addSelect(distance, 'distance_metres')
      .setParameters({ latitude, longitude })
      .orderBy('distance_metres', 'ASC')
      .addOrderBy('station.id', 'ASC')
      .limit(query.limit + 1);
    if (query.withinMetres !== undefined) builder.andWhere(`${distance} <= :within`, { within: query.withinMetres });
    if (query.cursor !== undefined) {
      const [metres, id] = decodeCursor(query.cursor, 2);
      builder.andWhere(`(${distance}, station.id) > (:metres, :id)`, { metres, id });
    }
    const { entities, raw } = await builder.getRawAndEntities<{ distance_metres: number }>();
    const rows = entities.map((station, index) => ({ station, metres: Number(raw[index]!.distance_metres) }));
    return toPage(
      rows,
      query.limit,
      (row) => [row.metres, row.station.id],
      (row) => RedStationDto.of(row.station, row.metres),
    );
  }
}
