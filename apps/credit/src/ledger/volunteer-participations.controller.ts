import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApiAuth, CurrentUser, decodeCursor, toPage, ZONE_UNIT, type AuthUser } from '#platform';
import { ListVolunteerParticipationsQueryDto, VolunteerParticipationDto, VolunteerParticipationPageDto } from './dto/volunteer-participation.dto.js';
import { VolunteerParticipation } from './volunteer-participation.entity.js';
import { CREDIT_UNIT_RULES } from '../unit-rules.js';

@ApiTags('credit')
@Controller('volunteer-participations')
export class VolunteerParticipationsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiAuth({ units: CREDIT_UNIT_RULES.participations }, 'credit-staff')
  @ApiOperation({
    operationId: 'creditListVolunteerParticipations',
    summary: 'Participants of party volunteer activities (党建引领志愿服务) and what they were awarded; unmatched ones await registration',
  })
  @ApiOkResponse({ type: VolunteerParticipationPageDto })
  async list(@CurrentUser() user: AuthUser, @Query() query: ListVolunteerParticipationsQueryDto) {
    const builder = this.dataSource.manager.createQueryBuilder(VolunteerParticipation, 'p').orderBy('p.position', 'DESC').limit(query.limit + 1);
    if (!user.units.includes(ZONE_UNIT)) {
      builder.andWhere(
        `(p.community_code = ANY(:units) OR p.community_code IN (SELECT c.code FROM communities c WHERE c.sub_district_code = ANY(:units)))`,
        { units: user.units },
      );
    }
    if (query.activityId !== undefined) builder.andWhere('p.activity_id = :activityId', { activityId: query.activityId });
    if (query.outcome !== undefined) builder.andWhere('p.outcome = :outcome', { outcome: query.outcome });
    if (query.cursor !== undefined) builder.andWhere('p.position < :position', { position: decodeCursor(query.cursor, 1)[0] });
    return toPage(await builder.getMany(), query.limit, (row) => [row.position], VolunteerParticipationDto.of);
  }
}
