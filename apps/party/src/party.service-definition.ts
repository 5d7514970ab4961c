import { personalDataAccessQueries, type ServiceDefinition } from '#platform';
import { DeadlineChange, DeadlineChanges1764460800000, WorkingCalendarModule, WorkingCalendarYear, WorkingCalendarYears1764201600002 } from '#working-calendar';
import { CampaignsModule } from './campaigns/campaigns.module.js';
import { SurveyCampaign } from './campaigns/survey-campaign.entity.js';
import { KnownCommunity } from './communities/known-community.entity.js';
import { KnownCommunitiesModule } from './communities/known-communities.module.js';
import { PARTY_DEMO_DATA } from './demo/party.demo-data.js';
import { SurveyedEntitiesModule } from './surveyed-entities/surveyed-entities.module.js';
import { SurveyedEntity } from './surveyed-entities/surveyed-entity.entity.js';
import { InstructorsModule } from './instructors/instructors.module.js';
import { LedgerColourChange } from './ledger/ledger-colour-change.entity.js';
import { LedgerEntry } from './ledger/ledger-entry.entity.js';
import { LedgerSettings } from './ledger/ledger-settings.entity.js';
import { InstructorAssignment } from './instructors/instructor-assignment.entity.js';
import { InstructorVisit } from './instructors/instructor-visit.entity.js';
import { Instructor } from './instructors/instructor.entity.js';
import { LedgerModule } from './ledger/ledger.module.js';
import { MemberTransferStep } from './members/member-transfer-step.entity.js';
import { MemberTransfer } from './members/member-transfer.entity.js';
import { Member } from './members/member.entity.js';
import { MembersModule } from './members/members.module.js';
import { RedStations1764288300000 } from './migrations/1764288300000-red-stations.migration.js';
import { Registry1764288400000 } from './migrations/1764288400000-registry.migration.js';
import { Organisations1764288500000 } from './migrations/1764288500000-organisations.migration.js';
import { CampaignsMembers1764288600000 } from './migrations/1764288600000-campaigns-members.migration.js';
import { TransferDueBasis1764460800300 } from './migrations/1764460800300-transfer-due-basis.migration.js';
import { KnownCommunities1764860000002 } from './migrations/1764860000002-known-communities.migration.js';
import { StatisticsDates1764950000000 } from './migrations/1764950000000-statistics-dates.migration.js';
import { MassOrganisation } from './organisations/mass-organisation.entity.js';
import { OrganisationMemberEntity } from './organisations/organisation-member-entity.entity.js';
import { Organisation } from './organisations/organisation.entity.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { RedStation } from './red-stations/red-station.entity.js';
import { RedStationsModule } from './red-stations/red-stations.module.js';
import { StatisticsModule } from './statistics/statistics.module.js';
import { SurveysModule } from './surveys/surveys.module.js';
import { Survey } from './surveys/survey.entity.js';
import { VolunteerActivitiesModule } from './volunteer-activities/volunteer-activities.module.js';
import { VolunteerActivity } from './volunteer-activities/volunteer-activity.entity.js';
import { VolunteerParticipant } from './volunteer-activities/volunteer-participant.entity.js';
import { WorkerDemandsModule } from './worker-demands/worker-demands.module.js';
import { WorkerDemandStep } from './worker-demands/worker-demand-step.entity.js';
import { WorkerDemand } from './worker-demands/worker-demand.entity.js';

export const partyService: ServiceDefinition = {
  name: 'party',
  title: 'Party-organisation registry (党组织)',
  description:
    'Surveys of non-public enterprises, the red/yellow/green ledger, Party and mass organisations, and red stations (红色驿站) for couriers and riders.',
  features: [
    SurveyedEntitiesModule,
    CampaignsModule,
    SurveysModule,
    LedgerModule,
    OrganisationsModule,
    MembersModule,
    InstructorsModule,
    VolunteerActivitiesModule,
    RedStationsModule,
    WorkerDemandsModule,
    StatisticsModule,
    KnownCommunitiesModule,
    WorkingCalendarModule,
    personalDataAccessQueries('party'),
  ],
  entities: [
    DeadlineChange,
    Instructor,
    InstructorAssignment,
    InstructorVisit,
    KnownCommunity,
    LedgerColourChange,
    LedgerEntry,
    LedgerSettings,
    MassOrganisation,
    Member,
    MemberTransfer,
    MemberTransferStep,
    Organisation,
    OrganisationMemberEntity,
    RedStation,
    Survey,
    SurveyCampaign,
    SurveyedEntity,
    VolunteerActivity,
    VolunteerParticipant,
    WorkerDemand,
    WorkerDemandStep,
    WorkingCalendarYear,
  ],
  migrations: [
    RedStations1764288300000,
    Registry1764288400000,
    Organisations1764288500000,
    CampaignsMembers1764288600000,
    WorkingCalendarYears1764201600002,
    DeadlineChanges1764460800000,
    TransferDueBasis1764460800300,
    KnownCommunities1764860000002,
    StatisticsDates1764950000000,
  ],
  demoData: PARTY_DEMO_DATA,
};
