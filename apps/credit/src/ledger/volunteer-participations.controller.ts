import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApiAuth, CurrentUser, decodeCursor, toPage, UuidParam, ZONE_UNIT, type AuthUser } from '#platform';
import { ApplyVolunteerParticipationDto, ListVolunteerParticipationsQueryDto, VolunteerParticipationDto, VolunteerParticipationPageDto } from './dto/volunteer-participation.dto.js';
import { VolunteerAwards } from './volunteer-awards.js';
import { VolunteerParticipation } from './volunteer-participation.entity.js';
import { CREDIT_UNIT_RULES } from '../unit-rules.js';

@ApiTags('credit')
@Controller('volunteer-participations')
export class VolunteerParticipationsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly awards: VolunteerAwards,
  ) {}

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

  @Post(':activityId/:participantId/application')
  @HttpCode(200)
  @ApiAuth({ units: CREDIT_UNIT_RULES.residentWrite }, 'credit-staff')
  @ApiOperation({
    operationId: 'creditApplyVolunteerParticipation',
    summary: 'Apply an unmatched participation to a resident: awards it under the same ledger key as on arrival, once',
    description:
      'For participants credit could not match on their ID-number hash (e.g. registered under another number, or recorded before hashes were kept). ' +
      'Residents registered later with the same ID number are matched automatically. Audited (`volunteer-participation.apply`); the staff member needs the resident\'s community.',
  })
  @ApiOkResponse({ type: VolunteerParticipationDto })
  @ApiBadRequestResponse({ description: 'Validation failed.' })
  @ApiNotFoundResponse({ description: '`participation-not-found` or `resident-not-found`.' })
  @ApiConflictResponse({ description: '`participation-already-applied`: it was awarded (or refused by a ledger rule) already.' })
  async apply(
    @CurrentUser() user: AuthUser,
    @UuidParam('activityId') activityId: string,
    @UuidParam('participantId') participantId: string,
    @Body() input: ApplyVolunteerParticipationDto,
  ): Promise<VolunteerParticipationDto> {
    const applied = await this.awards.apply(user, activityId, participantId, input.residentId, input.note);
    return VolunteerParticipationDto.of(await this.dataSource.manager.findOneByOrFail(VolunteerParticipation, { activityId: applied.activityId, participantId: applied.participantId }));
  }
}
