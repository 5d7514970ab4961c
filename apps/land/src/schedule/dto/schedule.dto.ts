import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { MILESTONES, SCHEDULE_STATUSES, type Milestone, type ScheduleStatus } from '../schedule-rules.js';
import { CALENDAR_BASES, type CalendarBasis } from '#working-calendar/core';
import { IsBusinessDate } from '#platform';

export class SetScheduleDto {
  @ApiProperty({ example: '2026-01-27', format: 'date', description: 'Day the approval work started (启动).' })
  @IsBusinessDate()
  startedOn!: string;

  @ApiProperty({
    example: '2026-04-27',
    format: 'date',
    description: 'Internal target for the approval (内部目标); milestones are planned backwards from it (倒排).',
  })
  @IsBusinessDate()
  targetDate!: string;

  @ApiPropertyOptional({ example: '2026-07-31', format: 'date', description: 'Statutory or external deadline, tracked apart from the internal target.' })
  @IsOptional()
  @IsBusinessDate()
  legalDueOn?: string;
}

export class MilestoneDto {
  @ApiProperty({ enum: MILESTONES, enumName: 'Milestone', example: 'announcement' })
  milestone!: Milestone;

  @ApiProperty({ format: 'date', example: '2026-02-08' })
  plannedStart!: string;

  @ApiProperty({ format: 'date', example: '2026-03-09' })
  plannedEnd!: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-03-10', nullable: true, type: String })
  achievedOn!: string | null;

  @ApiProperty({ example: false, description: 'Planned end passed without the milestone achieved, or achieved after its planned end.' })
  late!: boolean;

  @ApiPropertyOptional({
    example: 21,
    nullable: true,
    type: Number,
    description:
      'Working days this stage took, from the previous milestone (or the start) to this one; null until achieved or when the calendar lacks a year. Shows where approvals wait.',
  })
  workingDaysTaken!: number | null;
}

export class ScheduleDto {
  @ApiProperty({ format: 'uuid', example: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21' })
  projectId!: string;

  @ApiProperty({ format: 'date', example: '2026-01-27' })
  startedOn!: string;

  @ApiProperty({ format: 'date', example: '2026-04-27', description: 'Internal target (内部目标).' })
  targetDate!: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-07-31', nullable: true, type: String, description: 'Legal deadline, kept apart.' })
  legalDueOn!: string | null;

  @ApiProperty({
    format: 'date',
    example: '2026-03-02',
    description: 'The day (Asia/Shanghai) the figures are counted to: today, or the approval day once approved (the clock stops there).',
  })
  asOf!: string;

  @ApiProperty({ enum: SCHEDULE_STATUSES, enumName: 'ScheduleStatus', example: 'on-track' })
  status!: ScheduleStatus;

  @ApiProperty({ example: 22, description: 'Working days since the start (to the approval once approved), on the shared calendar.' })
  workingDaysElapsed!: number;

  @ApiProperty({ example: 38, description: 'Working days to the internal target; negative once passed.' })
  workingDaysLeft!: number;

  @ApiPropertyOptional({ example: 105, nullable: true, type: Number, description: 'Working days to the legal deadline; null without one.' })
  legalDueWorkingDaysLeft!: number | null;

  @ApiProperty({
    enum: CALENDAR_BASES,
    enumName: 'CalendarBasis',
    example: 'official',
    description:
      'Basis of the planned milestone dates: `provisional` when the backward plan reaches a year whose State Council notice is not entered yet; the plan is redone when it is.',
  })
  planBasis!: CalendarBasis;

  @ApiProperty({
    enum: [...MILESTONES, 'land-supply'],
    enumName: 'ScheduleStage',
    example: 'announcement',
    description: 'First milestone not yet achieved; `land-supply` once approved.',
  })
  stage!: Milestone | 'land-supply';

  @ApiPropertyOptional({ format: 'date', example: null, nullable: true, type: String, description: 'Day land supply (供地) started.' })
  landSupplyStartedOn!: string | null;

  @ApiProperty({ type: [MilestoneDto] })
  milestones!: MilestoneDto[];
}

export class DashboardProjectDto {
  @ApiProperty({ format: 'uuid', example: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21' })
  projectId!: string;

  @ApiProperty({ example: '安庆长风港二期' })
  name!: string;

  @ApiProperty({ example: 'provincial-key' })
  category!: string;

  @ApiPropertyOptional({ example: '王主任', nullable: true, type: String, description: '包保领导.' })
  responsibleLeader!: string | null;

  @ApiProperty({ enum: [...MILESTONES, 'land-supply'], enumName: 'ScheduleStage', example: 'submission' })
  stage!: Milestone | 'land-supply';

  @ApiPropertyOptional({ format: 'date', example: '2026-04-27', nullable: true, type: String })
  targetDate!: string | null;

  @ApiPropertyOptional({ enum: [...SCHEDULE_STATUSES, 'unscheduled'], example: 'at-risk' })
  risk!: ScheduleStatus | 'unscheduled';

  @ApiPropertyOptional({ example: 6, nullable: true, type: Number })
  workingDaysLeft!: number | null;
}

export class ApprovalDurationDto {
  @ApiProperty({ example: 1, description: 'Approved projects with a recorded start, counted in the average.' })
  projectsCounted!: number;

  @ApiPropertyOptional({ example: '83.0', nullable: true, type: String, description: 'Average calendar days from start to approval (decimal string).' })
  averageDays!: string | null;

  @ApiPropertyOptional({ example: '2.7', nullable: true, type: String, description: 'The same in months (days ÷ 30.4375), one decimal.' })
  averageMonths!: string | null;

  @ApiProperty({ example: '5', description: "Previous typical duration of a major project's approval, months (the article's baseline)." })
  baselineMonths!: string;

  @ApiProperty({ example: '3', description: "The zone's target: under three months." })
  targetMonths!: string;
}

export class DashboardDto {
  @ApiProperty({ format: 'date', example: '2026-03-02' })
  asOf!: string;

  @ApiProperty({ example: 4, description: 'Projects whose land supply has not started.' })
  activeProjectCount!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { 'on-track': 2, 'at-risk': 1, overdue: 0, unscheduled: 1 },
    description: 'Active projects by schedule status.',
  })
  byRisk!: Record<string, number>;

  @ApiProperty({ type: [DashboardProjectDto], description: 'Active projects, most urgent first (overdue, at risk, on track, unscheduled), at most 100.' })
  activeProjects!: DashboardProjectDto[];

  @ApiProperty({ type: ApprovalDurationDto })
  approvalDuration!: ApprovalDurationDto;
}
