import { PublicationReview1764900000002 } from './migrations/1764900000002-publication-review.migration.js';
import { ComplaintStatisticsTallies1764970000100 } from './migrations/1764970000100-complaint-statistics-tallies.migration.js';
import { personalDataAccessQueries, type ServiceDefinition } from '#platform';
import { DeadlineChange, DeadlineChanges1764460800000, WorkingCalendarModule, WorkingCalendarYear, WorkingCalendarYears1764201600002 } from '#working-calendar';
import { Complaint, ComplaintStep } from './complaints/complaint.entity.js';
import { ComplaintsModule } from './complaints/complaints.module.js';
import { Finding, RectificationStep, SpotCheck, SpotCheckSample } from './spot-checks/spot-check.entity.js';
import { SpotChecksModule } from './spot-checks/spot-checks.module.js';
import { BusinessPolicy, SubsidyPayout } from './business-environment/business-policy.entity.js';
import { BusinessEnvironmentModule } from './business-environment/business-environment.module.js';
import { SUPERVISION_DEMO_DATA } from './demo/supervision.demo-data.js';
import { Disclosure, DisclosureDueExtension, DisclosureRecipient, DisclosureVersion } from './disclosures/disclosure.entity.js';
import { DisclosuresModule } from './disclosures/disclosures.module.js';
import { LandApprovalsModule } from './land-projects/land-approvals.module.js';
import { LandProject } from './land-projects/land-project.entity.js';
import { OversightModule } from './oversight/oversight.module.js';
import { LandProjects1764288200001 } from './migrations/1764288200001-land-projects.migration.js';
import { SupervisionItems1764288200000 } from './migrations/1764288200000-supervision-items.migration.js';
import { UnitsAndItemRules1764288200002 } from './migrations/1764288200002-units-and-item-rules.migration.js';
import { Disclosures1764288200003 } from './migrations/1764288200003-disclosures.migration.js';
import { Complaints1764288200004 } from './migrations/1764288200004-complaints.migration.js';
import { SpotChecks1764288200005 } from './migrations/1764288200005-spot-checks.migration.js';
import { BusinessEnvironment1764288200006 } from './migrations/1764288200006-business-environment.migration.js';
import { DueDateExtensions1764288200007 } from './migrations/1764288200007-due-date-extensions.migration.js';
import { DeadlineBasis1764460800100 } from './migrations/1764460800100-deadline-basis.migration.js';
import { DeadlineCountedFrom1764547200000 } from './migrations/1764547200000-deadline-counted-from.migration.js';
import { DisclosurePublications1764840000000 } from './migrations/1764840000000-disclosure-publications.migration.js';
import { SupervisionItem, SupervisionItemChange } from './supervision-items/supervision-item.entity.js';
import { SupervisionItemsModule } from './supervision-items/supervision-items.module.js';
import { SupervisionUnit } from './units/supervision-unit.entity.js';
import { UnitsModule } from './units/units.module.js';

export const supervisionService: ServiceDefinition = {
  name: 'supervision',
  title: 'Small-and-micro power supervision (小微权力"监督一点通")',
  description: 'Supervision items, village disclosures, spot checks and rectification, complaints, and the land approvals that must be disclosed.',
  features: [
    UnitsModule,
    SupervisionItemsModule,
    DisclosuresModule,
    ComplaintsModule,
    SpotChecksModule,
    BusinessEnvironmentModule,
    LandApprovalsModule,
    OversightModule,
    WorkingCalendarModule,
    personalDataAccessQueries('supervision'),
  ],
  entities: [
    SupervisionUnit,
    SupervisionItem,
    SupervisionItemChange,
    Disclosure,
    DisclosureVersion,
    DisclosureRecipient,
    DisclosureDueExtension,
    Complaint,
    ComplaintStep,
    SpotCheck,
    SpotCheckSample,
    Finding,
    RectificationStep,
    BusinessPolicy,
    SubsidyPayout,
    LandProject,
    WorkingCalendarYear,
    DeadlineChange,
  ],
  migrations: [
    SupervisionItems1764288200000,
    LandProjects1764288200001,
    UnitsAndItemRules1764288200002,
    Disclosures1764288200003,
    Complaints1764288200004,
    SpotChecks1764288200005,
    BusinessEnvironment1764288200006,
    DueDateExtensions1764288200007,
    WorkingCalendarYears1764201600002,
    DeadlineChanges1764460800000,
    DeadlineBasis1764460800100,
    DeadlineCountedFrom1764547200000,
    DisclosurePublications1764840000000,
    PublicationReview1764900000002,
    ComplaintStatisticsTallies1764970000100,
  ],
  demoData: SUPERVISION_DEMO_DATA,
};
