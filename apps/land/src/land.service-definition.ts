import type { ServiceDefinition } from '#platform';
import { DeadlineChange, DeadlineChanges1764460800000, WorkingCalendarModule, WorkingCalendarYear, WorkingCalendarYears1764201600002 } from '#working-calendar';
import { Batch } from './batches/batch.entity.js';
import { BatchParcel } from './batches/batch-parcel.entity.js';
import { BatchTransition } from './batches/batch-transition.entity.js';
import { LandSupplyStart } from './batches/land-supply-start.entity.js';
import { BatchesModule } from './batches/batches.module.js';
import { ActionItem } from './meetings/action-item.entity.js';
import { DispatchMeeting } from './meetings/dispatch-meeting.entity.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { LAND_DEMO_DATA } from './demo/land.demo-data.js';
import { LandApprovals1764374400000 } from './migrations/1764374400000-land-approvals.migration.js';
import { Projects1764288000000 } from './migrations/1764288000000-projects.migration.js';
import { PreAnnouncementNotice1764860000001 } from './migrations/1764860000001-pre-announcement-notice.migration.js';
import { EarliestOpenMilestoneEnd1764870000000 } from './migrations/1764870000000-earliest-open-milestone-end.migration.js';
import { PreWorkStep } from './pre-work/pre-work-step.entity.js';
import { ProjectMilestone } from './pre-work/project-milestone.entity.js';
import { StepDocument } from './pre-work/step-document.entity.js';
import { PreWorkModule } from './pre-work/pre-work.module.js';
import { Project, TaskForceMember } from './projects/project.entity.js';
import { ProjectsModule } from './projects/projects.module.js';
import { ScheduleModule } from './schedule/schedule.module.js';
import { StatisticsModule } from './statistics/statistics.module.js';

export const landService: ServiceDefinition = {
  name: 'land',
  title: 'Land-approval tracking (用地报批)',
  description: 'Key projects and their "four ones", the six-step pre-work, approval batches, schedules, land supply, dispatch meetings and statistics.',
  features: [ProjectsModule, PreWorkModule, BatchesModule, ScheduleModule, StatisticsModule, MeetingsModule, WorkingCalendarModule],
  entities: [
    Project,
    TaskForceMember,
    PreWorkStep,
    StepDocument,
    ProjectMilestone,
    Batch,
    BatchParcel,
    BatchTransition,
    LandSupplyStart,
    DispatchMeeting,
    ActionItem,
    WorkingCalendarYear,
    DeadlineChange,
  ],
  migrations: [
    Projects1764288000000,
    WorkingCalendarYears1764201600002,
    LandApprovals1764374400000,
    DeadlineChanges1764460800000,
    PreAnnouncementNotice1764860000001,
    EarliestOpenMilestoneEnd1764870000000,
  ],
  demoData: LAND_DEMO_DATA,
};
