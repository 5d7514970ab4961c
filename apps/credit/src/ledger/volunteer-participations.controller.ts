import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, CurrentUser, UuidParam, type AuthUser, type Page } from '#platform';
import {
  ApplyVolunteerParticipationDto,
  ListVolunteerParticipationsQueryDto,
  VolunteerParticipationDto,
  VolunteerParticipationPageDto,
} from './dto/volunteer-participation.dto.js';
import { creditProblems } from '../shared/credit-problems.js';
import { ledgerProblems } from './ledger-problems.js';
import { VolunteerParticipationsService } from './volunteer-participations.service.js';
import { CREDIT_UNIT_RULES } from '../unit-rules.js';

@ApiTags('credit')
@Controller('volunteer-participations')
export class VolunteerParticipationsController {
  constructor(private readonly participations: VolunteerParticipationsService) {}

  @Get()
  @ApiAuth({ units: CREDIT_UNIT_RULES.participations }, 'credit-staff')
  @ApiOperation({
    operationId: 'creditListVolunteerParticipations',
    summary: 'Participants of party volunteer activities (党建引领志愿服务) and what they were awarded; unmatched ones await registration',
  })
  @ApiOkResponse({ type: VolunteerParticipationPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListVolunteerParticipationsQueryDto): Promise<Page<VolunteerParticipationDto>> {
    return this.participations.list(user, query);
  }

  @Post(':activityId/:participantId/application')
  @HttpCode(200)
  @ApiAuth({ units: CREDIT_UNIT_RULES.residentWrite }, 'credit-staff')
  @ApiOperation({
    operationId: 'creditApplyVolunteerParticipation',
    summary: 'Apply an unmatched participation to a resident: awards it under the same ledger key as on arrival, once',
    description:
      'For participants credit could not match on their ID-number hash (e.g. registered under another number, or recorded before hashes were kept). ' +
      "Residents registered later with the same ID number are matched automatically. Audited (`volunteer-participation.apply`); the staff member needs the resident's community.",
  })
  @ApiOkResponse({ type: VolunteerParticipationDto })
  @ApiProblems(
    creditProblems.communityForbidden,
    ledgerProblems.participationNotFound,
    creditProblems.residentNotFound,
    ledgerProblems.participationAlreadyApplied,
  )
  apply(
    @CurrentUser() user: AuthUser,
    @UuidParam('activityId') activityId: string,
    @UuidParam('participantId') participantId: string,
    @Body() input: ApplyVolunteerParticipationDto,
  ): Promise<VolunteerParticipationDto> {
    return this.participations.apply(user, activityId, participantId, input);
  }
}
