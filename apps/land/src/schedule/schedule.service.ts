import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { LandProjectOverdue } from '#contracts';
import { UnitOfWork } from '#messaging';
import { addCalendarDays, CalendarYearMissingError, type CalendarBasis, type WorkingCalendar } from '#working-calendar/core';
import { changedFields, clock, type AuthUser } from '#platform';
import { WorkingCalendarService, type CalendarChange, type DeadlineReviser, type RevisedDeadline } from '#working-calendar';
import { LandSupplyStart } from '../batches/land-supply-start.entity.js';
import { ProjectMilestone } from '../pre-work/project-milestone.entity.js';
import { Project } from '../projects/project.entity.js';
import { landProblems } from '../shared/land-problems.js';
import { scheduleProblems } from './schedule-problems.js';
import { assertCanEditProject } from '../shared/project-access.js';
import type { DashboardDto, DashboardProjectDto, ScheduleDto, SetScheduleDto } from './dto/schedule.dto.js';
import { achievedMilestones, achievedMilestonesOf, replanMilestones } from './project-schedule.js';
import { assessSchedule, DEFAULT_AT_RISK_WORKING_DAYS, MILESTONES, type Milestone } from './schedule-rules.js';

/** How often replicas look for projects that passed their target; the conditional update makes them agree. */
const SWEEP_INTERVAL_MS = 60_000;
/** Projects one sweep transaction claims and announces. */
const SWEEP_BATCH_SIZE = 500;
const RISK_ORDER = ['overdue', 'at-risk', 'on-track', 'unscheduled', 'completed', 'completed-late'];
const MAX_DASHBOARD_PROJECTS = 100;

/** A project of the dashboard's first page as the assessing statement returns it. */
interface DashboardRow {
  id: string;
  name: string;
  category: string;
  leader: string | null;
  targetDate: string | null;
  risk: DashboardProjectDto['risk'];
  workingDaysLeft: number | null;
}

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
    if (input.targetDate < input.startedOn) throw landProblems.targetBeforeStart('targetDate cannot be before startedOn.');
    if (input.legalDueOn !== undefined && input.legalDueOn < input.startedOn) {
      throw scheduleProblems.deadlineBeforeStart();
    }
    const view = await this.work.run(async (tx) => {
      const project = await tx.manager.findOne(Project, { where: { id: projectId }, lock: { mode: 'pessimistic_write' } });
      if (project === null) throw landProblems.projectNotFound(projectId);
      await assertCanEditProject(tx.manager, user, projectId);
      const calendar = this.calendars.calendar();
      await replanMilestones(tx.manager, calendar, projectId, input.targetDate);
      await tx.manager.update(
        Project,
        { id: projectId },
        {
          startedOn: input.startedOn,
          targetDate: input.targetDate,
          legalDueOn: input.legalDueOn ?? null,
          // A new target deserves its own overdue notice.
          ...(project.targetDate !== input.targetDate ? { overdueNotifiedOn: null } : {}),
        },
      );
      const changes = changedFields(
        { startedOn: project.startedOn, targetDate: project.targetDate, legalDueOn: project.legalDueOn },
        { startedOn: input.startedOn, targetDate: input.targetDate, legalDueOn: input.legalDueOn ?? null },
      );
      await tx.audit('project.set-schedule', { type: 'project', id: projectId }, { ...input, changes });
      return this.view(tx.manager, calendar, projectId);
    });
    // Awaited, so that a project overdue on arrival has its notice in the outbox when the answer says "overdue".
    await this.sweepOverdue();
    return view;
  }

  async get(projectId: string): Promise<ScheduleDto> {
    const project = await this.dataSource.manager.findOneBy(Project, { id: projectId });
    if (project === null) throw landProblems.projectNotFound(projectId);
    if (project.targetDate === null) throw scheduleProblems.scheduleNotSet(projectId);
    return this.view(this.dataSource.manager, this.calendars.calendar(), projectId);
  }

  /**
   * Set-based: the risk of every active project is worked out in one SQL statement, which returns the counts
   * by risk and the first page only. The working days left depend on the target date alone, so they are counted
   * once per distinct target date (one walk over the calendar) and handed to the statement as a table.
   */
  async dashboard(): Promise<DashboardDto> {
    const calendar = this.calendars.calendar();
    const now = clock.today();
    const manager = this.dataSource.manager;
    const [dates]: { targets: string[]; starts: string[] }[] = await manager.query(
      `SELECT coalesce(array_agg(DISTINCT target_date::text) FILTER (WHERE target_date IS NOT NULL), '{}') AS targets,
              coalesce(array_agg(DISTINCT started_on::text) FILTER (WHERE started_on IS NOT NULL), '{}') AS starts
         FROM projects p WHERE NOT EXISTS (SELECT 1 FROM land_supply_starts s WHERE s.project_id = p.id)`,
    );
    const daysLeft = calendar.workingDaysFrom(now, dates!.targets);
    // A schedule whose elapsed days cannot be counted on the calendar is shown unscheduled, as assessSchedule would fail on it.
    const uncountedStarts = dates!.starts.filter((start) => !calendar.canCount(start, now));
    const [assessed]: { by_risk: { risk: DashboardProjectDto['risk']; count: number }[]; first: DashboardRow[] }[] = await manager.query(
      `WITH active AS (
         SELECT p.id, p.name, p.category, p.responsible_leader_name, p.started_on, p.target_date, p.created_at
           FROM projects p WHERE NOT EXISTS (SELECT 1 FROM land_supply_starts s WHERE s.project_id = p.id)
       ), late AS (
         SELECT DISTINCT m.project_id FROM project_milestones m JOIN active a ON a.id = m.project_id
          WHERE m.planned_end < $1::date
            AND NOT EXISTS (SELECT 1 FROM pre_work_steps s WHERE s.project_id = m.project_id AND s.step = m.milestone AND s.completed_on IS NOT NULL)
            AND NOT EXISTS (SELECT 1 FROM batch_parcels bp JOIN batch_transitions t ON t.batch_id = bp.batch_id
                             WHERE bp.project_id = m.project_id
                               AND t.status = CASE m.milestone WHEN 'file-assembly' THEN 'file-assembled' WHEN 'submission' THEN 'submitted' WHEN 'approval' THEN 'approved' END)
       ), assessed AS (
         SELECT a.id, a.name, a.category, a.responsible_leader_name, a.target_date, a.created_at, d.days_left,
                CASE WHEN d.days_left IS NULL OR a.started_on IS NULL OR a.started_on = ANY($4::date[]) THEN 'unscheduled'
                     WHEN a.target_date < $1::date THEN 'overdue'
                     WHEN l.project_id IS NOT NULL OR d.days_left <= $5 THEN 'at-risk'
                     ELSE 'on-track' END AS risk
           FROM active a
           LEFT JOIN unnest($2::date[], $3::int[]) AS d (target_date, days_left) ON d.target_date = a.target_date
           LEFT JOIN late l ON l.project_id = a.id
       ), ranked AS (
         SELECT assessed.*, CASE WHEN risk = 'unscheduled' THEN NULL ELSE days_left END AS working_days_left,
                row_number() OVER (ORDER BY array_position($6::text[], risk), CASE WHEN risk = 'unscheduled' THEN NULL ELSE days_left END NULLS LAST, created_at, id) AS position
           FROM assessed
       )
       SELECT (SELECT coalesce(json_agg(json_build_object('risk', risk, 'count', n)), '[]') FROM (SELECT risk, count(*)::int AS n FROM ranked GROUP BY risk) c) AS by_risk,
              (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name, 'category', category, 'leader', responsible_leader_name,
                                                          'targetDate', target_date::text, 'risk', risk, 'workingDaysLeft', working_days_left) ORDER BY position), '[]')
                 FROM ranked WHERE position <= $7) AS first`,
      [now, [...daysLeft.keys()], [...daysLeft.values()], uncountedStarts, DEFAULT_AT_RISK_WORKING_DAYS, RISK_ORDER, MAX_DASHBOARD_PROJECTS],
    );
    const achieved = await achievedMilestonesOf(
      manager,
      assessed!.first.map((row) => row.id),
    );
    const byRisk: Record<string, number> = {};
    for (const { risk, count } of assessed!.by_risk.sort((a, b) => RISK_ORDER.indexOf(a.risk) - RISK_ORDER.indexOf(b.risk))) byRisk[risk] = count;
    const activeProjects = assessed!.first.map((row): DashboardProjectDto => {
      const milestones = achieved.get(row.id)!;
      return {
        projectId: row.id,
        name: row.name,
        category: row.category,
        responsibleLeader: row.leader,
        stage: MILESTONES.find((milestone) => !milestones.has(milestone)) ?? 'land-supply',
        targetDate: row.targetDate,
        risk: row.risk,
        workingDaysLeft: row.workingDaysLeft,
      };
    });
    // Start to approval in calendar days, averaged in SQL numeric so no float rounding creeps in.
    const [duration] = await manager.query(
      `SELECT count(*)::int AS counted,
              round(avg(b.decided_on - p.started_on)::numeric, 1)::text AS average_days,
              round(avg(b.decided_on - p.started_on)::numeric / 30.4375, 1)::text AS average_months
         FROM projects p JOIN land_supply_starts s ON s.project_id = p.id JOIN batches b ON b.id = s.batch_id
        WHERE p.started_on IS NOT NULL`,
    );
    return {
      asOf: now,
      activeProjectCount: assessed!.by_risk.reduce((total, { count }) => total + count, 0),
      byRisk,
      activeProjects,
      approvalDuration: {
        projectsCounted: duration.counted,
        averageDays: duration.average_days,
        averageMonths: duration.average_months,
        baselineMonths: '5',
        targetMonths: '3',
      },
    };
  }

  /** Publishes LandProjectOverdue once per target for every unapproved project past it; safe to run anywhere, any time. */
  async sweepOverdue(): Promise<void> {
    try {
      while ((await this.sweepOverdueBatch()) === SWEEP_BATCH_SIZE);
    } catch (error) {
      this.logger.error(`overdue sweep failed: ${(error as Error).message}`);
    }
  }

  /**
   * Claims up to a batch of overdue projects with one UPDATE and announces them with one outbox INSERT and one
   * audit INSERT. The claim locks in id order and re-checks `overdue_notified_on` after any wait, so replicas
   * sweeping at once never announce a project twice, and a sweep that waited returns only after the other's commit.
   */
  private async sweepOverdueBatch(): Promise<number> {
    const now = clock.today();
    return this.work.run(async (tx) => {
      const [claimed]: [{ id: string; name: string; targetDate: string; legalDeadline: string | null; responsibleLeaderId: string | null }[], number] =
        await tx.manager.query(
          `UPDATE projects p SET overdue_notified_on = $1
           FROM (SELECT id FROM projects q
                  WHERE q.target_date < $1 AND q.overdue_notified_on IS NULL AND NOT EXISTS (SELECT 1 FROM land_supply_starts s WHERE s.project_id = q.id)
                  ORDER BY q.id LIMIT $2 FOR UPDATE) due
          WHERE p.id = due.id
         RETURNING p.id, p.name, p.target_date::text AS "targetDate", p.legal_deadline::text AS "legalDeadline", p.responsible_leader_id AS "responsibleLeaderId"`,
          [now, SWEEP_BATCH_SIZE],
        );
      const calendar = this.calendars.calendar();
      const recordedAt = clock.now().toISOString();
      await tx.publishAll(
        LandProjectOverdue,
        claimed.map((project) => ({
          subject: project.id,
          data: {
            projectId: project.id,
            projectName: project.name,
            targetDate: project.targetDate,
            legalDeadline: project.legalDeadline,
            detectedOn: now,
            workingDaysOverdue: workingDaysOrNull(calendar, project.targetDate, now) ?? 0,
            responsibleLeaderId: project.responsibleLeaderId,
            recordedAt,
          },
        })),
      );
      await tx.auditAll(
        'project.overdue',
        claimed.map((project) => ({ target: { type: 'project', id: project.id }, details: { targetDate: project.targetDate, detectedOn: now } })),
      );
      return claimed.length;
    });
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
        moved.push({
          resourceType: 'project',
          resourceId: project.id,
          field: `milestones.${old.milestone}.plannedEnd`,
          oldDueOn: old.plannedEnd,
          newDueOn: plannedEnd,
          oldBasis,
          newBasis,
        });
      }
    }
    return moved;
  }

  private async view(manager: EntityManager, calendar: WorkingCalendar, projectId: string): Promise<ScheduleDto> {
    const project = await manager.findOneByOrFail(Project, { id: projectId });
    const planned = await manager.find(ProjectMilestone, { where: { projectId }, order: { position: 'ASC' } });
    const achieved = await achievedMilestones(manager, projectId);
    const supply = await manager.findOneBy(LandSupplyStart, { projectId });
    const now = clock.today();
    const approvedOn = achieved.get('approval') ?? null;
    const assessed = assessSchedule(calendar, {
      today: now,
      startedOn: project.startedOn!,
      targetDate: project.targetDate!,
      milestones: planned.map((m) => ({
        milestone: m.milestone as Milestone,
        plannedEnd: m.plannedEnd,
        achievedOn: achieved.get(m.milestone as Milestone) ?? null,
      })),
      completedOn: approvedOn,
    });
    const countedTo = assessed.countedTo;
    return {
      projectId,
      startedOn: project.startedOn!,
      targetDate: project.targetDate!,
      legalDueOn: project.legalDueOn,
      asOf: countedTo,
      status: assessed.status,
      workingDaysElapsed: assessed.workingDaysElapsed,
      workingDaysLeft: assessed.workingDaysLeft,
      legalDueWorkingDaysLeft: project.legalDueOn === null ? null : calendar.workingDaysBetween(countedTo, project.legalDueOn!),
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

/** Working days from one day to another, at least 0; null when the calendar lacks a year the count reaches. */
function workingDaysOrNull(calendar: WorkingCalendar, from: string, to: string): number | null {
  try {
    return Math.max(0, calendar.workingDaysBetween(from, to));
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return null;
    throw error;
  }
}
