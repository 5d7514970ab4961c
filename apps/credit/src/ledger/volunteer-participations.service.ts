import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { decodeCursor, toPage, type AuthUser, type Page } from '#platform';
import { restrictToCaller } from '../registry/community-access.js';
import { VolunteerParticipationDto, type ApplyVolunteerParticipationDto, type ListVolunteerParticipationsQueryDto } from './dto/volunteer-participation.dto.js';
import { VolunteerAwards } from './volunteer-awards.js';
import { VolunteerParticipation } from './volunteer-participation.entity.js';

/** Party volunteer participations as credit recorded them: listed by community, applied by staff. */
@Injectable()
export class VolunteerParticipationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly awards: VolunteerAwards,
  ) {}

  /** Newest first; staff see their communities' participations. */
  async list(user: AuthUser, query: ListVolunteerParticipationsQueryDto): Promise<Page<VolunteerParticipationDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(VolunteerParticipation, 'p')
      .orderBy('p.position', 'DESC')
      .limit(query.limit + 1);
    restrictToCaller(builder, user, 'p.community_code');
    if (query.activityId !== undefined) builder.andWhere('p.activity_id = :activityId', { activityId: query.activityId });
    if (query.outcome !== undefined) builder.andWhere('p.outcome = :outcome', { outcome: query.outcome });
    if (query.cursor !== undefined) builder.andWhere('p.position < :position', { position: decodeCursor(query.cursor, 1)[0] });
    return toPage(await builder.getMany(), query.limit, (row) => [row.position], VolunteerParticipationDto.of);
  }

  async apply(user: AuthUser, activityId: string, participantId: string, input: ApplyVolunteerParticipationDto): Promise<VolunteerParticipationDto> {
    const applied = await this.awards.apply(user, activityId, participantId, input.residentId, input.note);
    return VolunteerParticipationDto.of(
      await this.dataSource.manager.findOneByOrFail(VolunteerParticipation, { activityId: applied.activityId, participantId: applied.participantId }),
    );
  }
}
