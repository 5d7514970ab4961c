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

/*
 * The parameters of the dashboard's statement: $1 today, $2 and $3 the countable target dates with their
 * working days left, $4 the start dates and $5 the target dates the calendar cannot count to today, $6 the last
 * target date with at most DEFAULT_AT_RISK_WORKING_DAYS working days left, $7 the page size.
 */
const ACTIVE = (p: string) => `NOT EXISTS (SELECT 1 FROM land_supply_starts s WHERE s.project_id = ${p}.id)`;
const UNSCHEDULED = (p: string) =>
  `(${p}.started_on IS NULL OR ${p}.started_on = ANY($4::date[]) OR ${p}.target_date IS NULL OR ${p}.target_date = ANY($5::date[]))`;
/** The risks of a schedule that can be counted, in ranking order, each with what makes a project have it. */
const SCHEDULED_RISKS: Record<string, (p: string) => string> = {
  overdue: (p) => `${p}.target_date < $1::date`,
  'at-risk': (p) => `${p}.target_date >= $1::date AND (${p}.target_date <= $6::date OR ${p}.earliest_open_milestone_end < $1::date)`,
  'on-track': (p) =>
    `${p}.target_date >= $1::date AND NOT coalesce(${p}.target_date <= $6::date, false) AND NOT coalesce(${p}.earliest_open_milestone_end < $1::date, false)`,
};

/**
 * The first page of one risk in ranking order: its projects up to the target date of the page's last one in
 * target-date order, and on to the last target date counting the same working days left, which ties with it.
 */
function firstOfRisk(risk: string, holds: (p: string) => string): string {
  const among = (p: string) => `NOT ${UNSCHEDULED(p)} AND ${ACTIVE(p)} AND ${holds(p)}`;
  return `(SELECT p.id, p.name, p.category, p.responsible_leader_name, p.target_date, p.created_at, d.days_left, '${risk}', ${RISK_ORDER.indexOf(risk)}
             FROM projects p JOIN days d ON d.target_date = p.target_date
            WHERE ${among('p')}
              AND p.target_date <= coalesce((SELECT max(tie.target_date) FROM days tie JOIN days last ON last.days_left = tie.days_left
                                              WHERE last.target_date = (SELECT q.target_date FROM projects q WHERE ${among('q')}
                                                                         ORDER BY q.target_date OFFSET $7 - 1 LIMIT 1)), 'infinity')
            ORDER BY d.days_left, p.created_at, p.id LIMIT $7)`;
}

const RISK_OF = `CASE WHEN ${UNSCHEDULED('p')} THEN 'unscheduled' ${Object.entries(SCHEDULED_RISKS)
  .map(([risk, holds]) => `WHEN ${holds('p')} THEN '${risk}'`)
  .join(' ')} END`;
const FIRST_PAGES = [
  ...Object.entries(SCHEDULED_RISKS).map(([risk, holds]) => firstOfRisk(risk, holds)),
  `(SELECT p.id, p.name, p.category, p.responsible_leader_name, p.target_date, p.created_at, NULL::int, 'unscheduled', ${RISK_ORDER.indexOf('unscheduled')}
      FROM projects p WHERE ${ACTIVE('p')} AND ${UNSCHEDULED('p')} ORDER BY p.created_at, p.id LIMIT $7)`,
].join(' UNION ALL ');
/** The counts by risk and the first page, ranked by risk, working days left, registration and id. */
const ASSESS_DASHBOARD = `
  WITH days AS (SELECT * FROM unnest($2::date[], $3::int[]) AS d (target_date, days_left))
  SELECT (SELECT coalesce(json_agg(json_build_object('risk', risk, 'count', n)), '[]')
            FROM (SELECT risk, count(*)::int AS n FROM (SELECT ${RISK_OF} AS risk FROM projects p WHERE ${ACTIVE('p')}) assessed GROUP BY risk) c) AS by_risk,
         (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name, 'category', category, 'leader', leader,
                                                     'targetDate', target_date::text, 'risk', risk, 'workingDaysLeft', days_left)
                                   ORDER BY rank, days_left NULLS LAST, created_at, id), '[]')
            FROM (SELECT * FROM (${FIRST_PAGES}) AS candidates (id, name, category, leader, target_date, created_at, days_left, risk, rank)
                   ORDER BY rank, days_left NULLS LAST, created_at, id LIMIT $7) f) AS first`;

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
   * Reads what it shows and little more. The counts by risk come from one narrow pass over the projects; a late
   * milestone is one comparison with the maintained `earliest_open_milestone_end`. The first page walks each risk's
   * projects in target-date order, which is the ranking's order (working days left never fall as the target moves
   * later) but for ties: it stops after the page plus the projects whose target counts the same days as the last.
   * The working days left depend on the target date alone, so they are counted once per distinct target date (one
   * walk over the calendar) and handed to the statements as a table.
   */
  async dashboard(): Promise<DashboardDto> {
    const calendar = this.calendars.calendar();
    const now = clock.today();
    const manager = this.dataSource.manager;
    // Every project's dates, not only the active ones': extra dates are never looked up, and skipping along the
    // indexes costs one probe per distinct date whatever the number of projects.
    const [dates]: { targets: string[]; starts: string[] }[] = await manager.query(
      `WITH RECURSIVE targets (day) AS (
         (SELECT target_date FROM projects WHERE target_date IS NOT NULL ORDER BY target_date LIMIT 1)
         UNION ALL
         SELECT (SELECT p.target_date FROM projects p WHERE p.target_date > t.day ORDER BY p.target_date LIMIT 1) FROM targets t WHERE t.day IS NOT NULL
       ), starts (day) AS (
         (SELECT started_on FROM projects WHERE started_on IS NOT NULL ORDER BY started_on LIMIT 1)
         UNION ALL
         SELECT (SELECT p.started_on FROM projects p WHERE p.started_on > s.day ORDER BY p.started_on LIMIT 1) FROM starts s WHERE s.day IS NOT NULL
       )
       SELECT ARRAY(SELECT day::text FROM targets WHERE day IS NOT NULL) AS targets, ARRAY(SELECT day::text FROM starts WHERE day IS NOT NULL) AS starts`,
    );
    const daysLeft = calendar.workingDaysFrom(now, dates!.targets);
    // A schedule whose elapsed days or days left cannot be counted on the calendar is shown unscheduled, as assessSchedule would fail on it.
    const uncountedStarts = dates!.starts.filter((start) => !calendar.canCount(start, now));
    const uncountedTargets = dates!.targets.filter((target) => daysLeft.get(target) === null);
    const counted = dates!.targets.filter((target) => daysLeft.get(target) !== null);
    // At most so many working days left is, as they never fall with a later target, on or before the last such target.
    const dueSoonUntil = counted.findLast((target) => daysLeft.get(target)! <= DEFAULT_AT_RISK_WORKING_DAYS) ?? null;
    const [assessed]: { by_risk: { risk: DashboardProjectDto['risk']; count: number }[]; first: DashboardRow[] }[] = await manager.query(ASSESS_DASHBOARD, [
      now,
      counted,
      counted.map((target) => daysLeft.get(target)),
      uncountedStarts,
      uncountedTargets,
      dueSoonUntil,
      MAX_DASHBOARD_PROJECTS,
    ]);
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
