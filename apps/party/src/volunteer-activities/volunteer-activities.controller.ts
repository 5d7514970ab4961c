import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { organisationProblems } from '../organisations/organisation-problems.js';
import { ApiAuth, ApiProblems, CurrentUser, IdempotentCreate, UuidParam } from '#platform';
import { communityProblems } from '../communities/community-problems.js';
import type { AuthUser } from '#platform';
import { RecordVolunteerActivityDto, VolunteerActivityDto, VolunteerActivityPageDto, VolunteerActivityQueryDto } from './dto/volunteer-activity.dto.js';
import { volunteerActivityProblems } from './volunteer-activity-problems.js';
import { VolunteerActivitiesService } from './volunteer-activities.service.js';
import { PARTY_UNIT_RULES } from '../unit-rules.js';

@ApiTags('party')
@Controller('volunteer-activities')
export class VolunteerActivitiesController {
  constructor(private readonly activities: VolunteerActivitiesService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth({ units: PARTY_UNIT_RULES.volunteerRecording }, 'party-committee', 'org-secretary')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'partyRecordVolunteerActivity',
    summary: 'Record a Party-led volunteer activity with its participating residents; credit awards them points',
    description:
      'Publishes zone.party.volunteer-activity-recorded.v1 once per activity. Send an Idempotency-Key so that a retry does not record (and announce) the activity twice.',
  })
  @ApiCreatedResponse({ type: VolunteerActivityDto })
  @ApiBadRequestResponse({ description: 'Validation failed, e.g. an ID number with a wrong check digit (problem+json with field errors).' })
  @ApiProblems(
    organisationProblems.notYours,
    volunteerActivityProblems.alreadyRecorded,
    organisationProblems.unknown,
    volunteerActivityProblems.duplicateParticipant,
    volunteerActivityProblems.dateInFuture,
    communityProblems.unknown,
  )
  record(@CurrentUser() user: AuthUser, @Body() input: RecordVolunteerActivityDto): Promise<VolunteerActivityDto> {
    return this.activities.record(user, input);
  }

  @Get()
  @ApiAuth({ units: PARTY_UNIT_RULES.volunteerActivities }, 'party-committee', 'org-secretary')
  @ApiOperation({ operationId: 'partyListVolunteerActivities', summary: "List volunteer activities, newest first; a secretary sees their organisation's" })
  @ApiOkResponse({ type: VolunteerActivityPageDto })
  @ApiProblems(organisationProblems.notFound)
  list(@CurrentUser() user: AuthUser, @Query() query: VolunteerActivityQueryDto) {
    return this.activities.list(user, query);
  }

  @Get(':id')
  @ApiAuth({ units: PARTY_UNIT_RULES.volunteerActivity }, 'party-committee', 'org-secretary')
  @ApiOperation({ operationId: 'partyGetVolunteerActivity', summary: 'Get one volunteer activity with masked participants' })
  @ApiOkResponse({ type: VolunteerActivityDto })
  @ApiProblems(organisationProblems.notYours, volunteerActivityProblems.notFound)
  get(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<VolunteerActivityDto> {
    return this.activities.get(user, id);
  }
}
