import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { LandProjectOverdue } from '#contracts';
import { UnitOfWork } from '#messaging';
import { addCalendarDays, CalendarYearMissingError, changedFields, clock, ProblemException, type AuthUser, type CalendarBasis, type WorkingCalendar } from '#platform';
import { WorkingCalendarService, type CalendarChange, type DeadlineReviser, type RevisedDeadline } from '#working-calendar';
import { LandSupplyStart } from '../batches/batch.entities.js';
import { ProjectMilestone } from '../pre-work/pre-work.entities.js';
import { Project } from '../projects/project.entity.js';
import { projectNotFound, today } from '../shared/land-problems.js';
import { assertCanEditProject } from '../shared/project-access.js';
import type { DashboardDto, DashboardProjectDto, ScheduleDto, SetScheduleDto } from './dto/schedule.dto.js';
import { achievedMilestones, replanMilestones } from './project-schedule.js';
import { assessSchedule, MILESTONES, type Milestone } from './schedule.rules.js';

/** How often replicas look for projects that passed their target; the conditional update makes them agree. */
const SWEEP_INTERVAL_MS = 60_000;
const RISK_ORDER = ['overdue', 'at-risk', 'on-track', 'unscheduled', 'completed', 'completed-late'];
const MAX_DASHBOARD_PROJECTS = 100;

@Injectable()
export class ScheduleService implements OnModuleInit, OnModuleDestroy, DeadlineReviser {
  private readonly logger = new Logger('LandSchedule');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendars: WorkingCalendarService,
  ) {}

  onModuleInit(): void {
    this.calendars.registerReviser(this);
    this.timer = setInterval(() => void this.sweepOverdue(), SWEEP_INTERVAL_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async set(user: AuthUser | undefined, projectId: string, input: SetScheduleDto): Promise<ScheduleDto> {
    if (input.targetDate < input.startedOn) throw ProblemException.of(422, 'target-before-start', 'Target before start', 'targetDate cannot be before startedOn.');
    if (input.legalDeadline !== undefined && input.legalDeadline < input.startedOn) {
      throw ProblemException.of(422, 'deadline-before-start', 'Deadline before start', 'legalDeadline cannot be before startedOn.');
    }
    const view = await this.work.run(async (tx) => {
      const project = await tx.manager.findOne(Project, { where: { id: projectId }, lock: { mode: 'pessimistic_write' } });
      if (project === null) throw projectNotFound(projectId);
      await assertCanEditProject(tx.manager, user, projectId);
      const calendar = this.calendars.calendar();
      await replanMilestones(tx.manager, calendar, projectId, input.targetDate);
      await tx.manager.update(Project, { id: projectId }, {
        startedOn: input.startedOn,
        targetDate: input.targetDate,
        legalDeadline: input.legalDeadline ?? null,
        // A new target deserves its own overdue notice.
        ...(project.targetDate !== input.targetDate ? { overdueNotifiedOn: null } : {}),
      });
      const changes = changedFields({ startedOn: project.startedOn, targetDate: project.targetDate, legalDeadline: project.legalDeadline }, { startedOn: input.startedOn, targetDate: input.targetDate, legalDeadline: input.legalDeadline ?? null });
      await tx.audit('project.set-schedule', { type: 'project', id: projectId }, { ...input, changes });
      return this.view(tx.manager, calendar, projectId);
    });
    // Awaited, so that a project overdue on arrival has its notice in the outbox when the answer says "overdue".
    await this.sweepOverdue();
    return view;
  }

  async get(projectId: string): Promise<ScheduleDto> {
    const project = await this.dataSource.manager.findOneBy(Project, { id: projectId });
    if (project === null) throw projectNotFound(projectId);
    if (project.targetDate === null) throw ProblemException.of(404, 'schedule-not-set', 'No schedule', `Project ${projectId} has no target date yet.`);
    return this.view(this.dataSource.manager, this.calendars.calendar(), projectId);
  }

  async dashboard(): Promise<DashboardDto> {
    const calendar = this.calendars.calendar();
    const now = today();
    const active: (Project & { leader: string | null })[] = await this.dataSource.manager
      .createQueryBuilder(Project, 'project')
      .where('NOT EXISTS (SELECT 1 FROM land_supply_starts s WHERE s.project_id = project.id)')
      .orderBy('project.createdAt', 'ASC')
      .getMany()
      .then((rows) => rows.map((row) => Object.assign(row, { leader: row.responsibleLeaderName })));
    const entries: DashboardProjectDto[] = [];
    for (const project of active) {
      const achieved = await achievedMilestones(this.dataSource.manager, project.id);
      const stage = MILESTONES.find((milestone) => !achieved.has(milestone)) ?? 'land-supply';
      let risk: DashboardProjectDto['risk'] = 'unscheduled';
      let workingDaysLeft: number | null = null;
      if (project.targetDate !== null && project.startedOn !== null) {
        try {
          const planned = await this.dataSource.manager.find(ProjectMilestone, { where: { projectId: project.id } });
          const assessed = assessSchedule(calendar, {
            today: now,
            startedOn: project.startedOn,
            targetDate: project.targetDate,
            milestones: planned.map((m) => ({ milestone: m.milestone as Milestone, plannedEnd: m.plannedEnd, achievedOn: achieved.get(m.milestone as Milestone) ?? null })),
            completedOn: achieved.get('approval') ?? null,
          });
          risk = assessed.status;
          workingDaysLeft = assessed.workingDaysLeft;
        } catch (error) {
          if (!(error instanceof CalendarYearMissingError)) throw error;
        }
      }
      entries.push({ projectId: project.id, name: project.name, category: project.category, responsibleLeader: project.leader, stage, targetDate: project.targetDate, risk, workingDaysLeft });
    }
    entries.sort((a, b) => RISK_ORDER.indexOf(a.risk) - RISK_ORDER.indexOf(b.risk) || (a.workingDaysLeft ?? Infinity) - (b.workingDaysLeft ?? Infinity));
    const byRisk: Record<string, number> = {};
    for (const entry of entries) byRisk[entry.risk] = (byRisk[entry.risk] ?? 0) + 1;
    // Start to approval in calendar days, averaged in SQL numeric so no float rounding creeps in.
    const [duration] = await this.dataSource.query(
      `SELECT count(*)::int AS counted,
              round(avg(b.decided_on - p.started_on)::numeric, 1)::text AS average_days,
              round(avg(b.decided_on - p.started_on)::numeric / 30.4375, 1)::text AS average_months
         FROM projects p JOIN land_supply_starts s ON s.project_id = p.id JOIN batches b ON b.id = s.batch_id
        WHERE p.started_on IS NOT NULL`,
    );
    return {
      asOf: now,
      activeProjectCount: entries.length,
      byRisk,
      activeProjects: entries.slice(0, MAX_DASHBOARD_PROJECTS),
      approvalDuration: { projectsCounted: duration.counted, averageDays: duration.average_days, averageMonths: duration.average_months, baselineMonths: '5', targetMonths: '3' },
    };
  }

  /** Publishes LandProjectOverdue once per target for every unapproved project past it; safe to run anywhere, any time. */
  async sweepOverdue(): Promise<void> {
    try {
      const now = today();
      const candidates: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM projects p WHERE target_date < $1 AND overdue_notified_on IS NULL AND NOT EXISTS (SELECT 1 FROM land_supply_starts s WHERE s.project_id = p.id)`,
        [now],
      );
      for (const { id } of candidates) {
        await this.work.run(async (tx) => {
          const [claimed]: [Project[], number] = await tx.manager.query(
            `UPDATE projects SET overdue_notified_on = $2 WHERE id = $1 AND overdue_notified_on IS NULL AND target_date < $2
               AND NOT EXISTS (SELECT 1 FROM land_supply_starts s WHERE s.project_id = projects.id)
             RETURNING id, name, target_date::text AS "targetDate", legal_deadline::text AS "legalDeadline", responsible_leader_id AS "responsibleLeaderId"`,
            [id, now],
          );
          const project = claimed[0];
          if (project === undefined) return;
          let overdueDays = 0;
          try {
            overdueDays = Math.max(0, this.calendars.calendar().workingDaysBetween(project.targetDate!, now));
          } catch (error) {
            if (!(error instanceof CalendarYearMissingError)) throw error;
          }
          await tx.publish(LandProjectOverdue, project.id, {
            projectId: project.id,
            projectName: project.name,
            targetDate: project.targetDate!,
            legalDeadline: project.legalDeadline,
            detectedOn: now,
            workingDaysOverdue: overdueDays,
            responsibleLeaderId: project.responsibleLeaderId,
            recordedAt: clock.now().toISOString(),
          });
          await tx.audit('project.overdue', { type: 'project', id: project.id }, { targetDate: project.targetDate, detectedOn: now });
        });
      }
    } catch (error) {
      this.logger.error(`overdue sweep failed: ${(error as Error).message}`);
    }
  }

  /**
   * Replans, on the year just set, the milestones of unapproved projects whose plan reaches it (see DeadlineReviser).
   * Each planned end that moved is listed; projects keep no step history, so the list and the audit trail are theirs.
   */
  async revise(manager: EntityManager, change: CalendarChange): Promise<RevisedDeadline[]> {
    const projects: { id: string; target_date: string }[] = await manager.query(
      `SELECT p.id, p.target_date::text AS target_date FROM projects p
        WHERE p.target_date >= $1 AND EXISTS (SELECT 1 FROM project_milestones m WHERE m.project_id = p.id AND m.planned_start <= $2)
        FOR UPDATE`,
      [change.firstDay, change.lastDay],
    );
    const moved: RevisedDeadline[] = [];
    for (const project of projects) {
      if ((await achievedMilestones(manager, project.id)).has('approval')) continue;
      const before = await manager.find(ProjectMilestone, { where: { projectId: project.id } });
      await replanMilestones(manager, change.after, project.id, project.target_date);
      const after = new Map((await manager.find(ProjectMilestone, { where: { projectId: project.id } })).map((m) => [m.milestone, m]));
      const [oldBasis, newBasis] = [planBasis(change.before, before, project.target_date), planBasis(change.after, [...after.values()], project.target_date)];
      for (const old of before) {
        const plannedEnd = after.get(old.milestone)?.plannedEnd;
        if (plannedEnd === undefined || plannedEnd === old.plannedEnd) continue;
        moved.push({ resourceType: 'project', resourceId: project.id, field: `milestones.${old.milestone}.plannedEnd`, oldDueOn: old.plannedEnd, newDueOn: plannedEnd, oldBasis, newBasis });
      }
    }
    return moved;
  }

  private async view(manager: EntityManager, calendar: WorkingCalendar, projectId: string): Promise<ScheduleDto> {
    const project = await manager.findOneByOrFail(Project, { id: projectId });
    const planned = await manager.find(ProjectMilestone, { where: { projectId }, order: { position: 'ASC' } });
    const achieved = await achievedMilestones(manager, projectId);
    const supply = await manager.findOneBy(LandSupplyStart, { projectId });
    const now = today();
    const approvedOn = achieved.get('approval') ?? null;
    const assessed = assessSchedule(calendar, {
      today: now,
      startedOn: project.startedOn!,
      targetDate: project.targetDate!,
      milestones: planned.map((m) => ({ milestone: m.milestone as Milestone, plannedEnd: m.plannedEnd, achievedOn: achieved.get(m.milestone as Milestone) ?? null })),
      completedOn: approvedOn,
    });
    const countedTo = assessed.countedTo;
    return {
      projectId,
      startedOn: project.startedOn!,
      targetDate: project.targetDate!,
      legalDeadline: project.legalDeadline,
      asOf: countedTo,
      status: assessed.status,
      workingDaysElapsed: assessed.workingDaysElapsed,
      workingDaysLeft: assessed.workingDaysLeft,
      legalDeadlineWorkingDaysLeft: project.legalDeadline === null ? null : calendar.workingDaysBetween(countedTo, project.legalDeadline!),
      planBasis: planBasis(calendar, planned, project.targetDate!),
      stage: MILESTONES.find((milestone) => !achieved.has(milestone)) ?? 'land-supply',
      landSupplyStartedOn: supply?.startedOn ?? null,
      milestones: planned.map((m, index) => {
        const achievedOn = achieved.get(m.milestone as Milestone) ?? null;
        const since = index === 0 ? project.startedOn! : (achieved.get(planned[index - 1]!.milestone as Milestone) ?? null);
        return {
          milestone: m.milestone as Milestone,
          plannedStart: m.plannedStart,
          plannedEnd: m.plannedEnd,
          achievedOn,
          late: achievedOn === null ? m.plannedEnd < countedTo && approvedOn === null : achievedOn > m.plannedEnd,
          workingDaysTaken: achievedOn === null || since === null ? null : workingDaysOrNull(calendar, since, achievedOn),
        };
      }),
    };
  }
}

/** The basis of the planned dates: every working day counted back from the target to the first planned start. */
function planBasis(calendar: WorkingCalendar, planned: readonly ProjectMilestone[], targetDate: string): CalendarBasis {
  const firstStart = planned.reduce((first, m) => (m.plannedStart < first ? m.plannedStart : first), targetDate);
  return calendar.basisBetween(addCalendarDays(firstStart, -1), targetDate);
}

function workingDaysOrNull(calendar: WorkingCalendar, from: string, to: string): number | null {
  try {
    return Math.max(0, calendar.workingDaysBetween(from, to));
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return null;
    throw error;
  }
}
