import type { EntityManager } from 'typeorm';
import type { WorkingCalendar } from '#working-calendar/core';
import { ProjectMilestone } from '../pre-work/project-milestone.entity.js';
import { PRE_WORK_STEPS } from '../pre-work/pre-work-rules.js';
import { MILESTONES, planBackwards, type Milestone, type PlannedMilestone } from './schedule-rules.js';

/** Replaces a project's planned milestones with a fresh backwards plan from `targetDate`. */
export async function replanMilestones(manager: EntityManager, calendar: WorkingCalendar, projectId: string, targetDate: string): Promise<void> {
  await manager.delete(ProjectMilestone, { projectId });
  await insertPlan(manager, projectId, planBackwards(calendar, targetDate));
}

/** Stores the planned milestones of a project that has none. */
export async function insertPlan(manager: EntityManager, projectId: string, plan: readonly PlannedMilestone[]): Promise<void> {
  await manager.insert(
    ProjectMilestone,
    plan.map((entry) => ({
      projectId,
      milestone: entry.milestone,
      position: MILESTONES.indexOf(entry.milestone) + 1,
      plannedStart: entry.plannedStart,
      plannedEnd: entry.plannedEnd,
    })),
  );
}

/**
 * The day each milestone was achieved: pre-work steps by their completion, the batch milestones by the first
 * batch holding the project's parcels to reach them.
 */
export async function achievedMilestones(manager: EntityManager, projectId: string): Promise<Map<Milestone, string>> {
  return (await achievedMilestonesOf(manager, [projectId])).get(projectId)!;
}

/** {@link achievedMilestones} of many projects, in two queries whatever their number. */
export async function achievedMilestonesOf(manager: EntityManager, projectIds: readonly string[]): Promise<Map<string, Map<Milestone, string>>> {
  const achieved = new Map(projectIds.map((id) => [id, new Map<Milestone, string>()]));
  if (projectIds.length === 0) return achieved;
  const steps: { project_id: string; step: string; completed_on: string | null }[] = await manager.query(
    `SELECT project_id, step, completed_on::text FROM pre_work_steps WHERE project_id = ANY($1::uuid[])`,
    [projectIds],
  );
  for (const row of steps)
    if (row.completed_on !== null && (PRE_WORK_STEPS as readonly string[]).includes(row.step))
      achieved.get(row.project_id)!.set(row.step as Milestone, row.completed_on);
  const batches: { project_id: string; status: string; on_date: string }[] = await manager.query(
    `SELECT bp.project_id, t.status, min(t.on_date)::text AS on_date
       FROM batch_parcels bp JOIN batch_transitions t ON t.batch_id = bp.batch_id
      WHERE bp.project_id = ANY($1::uuid[])
        AND t.status IN ('file-assembled', 'submitted', 'approved')
      GROUP BY bp.project_id, t.status`,
    [projectIds],
  );
  const byStatus: Record<string, Milestone> = { 'file-assembled': 'file-assembly', submitted: 'submission', approved: 'approval' };
  for (const row of batches) achieved.get(row.project_id)!.set(byStatus[row.status]!, row.on_date);
  // A batch entered as history was approved without its earlier stages being recorded here.
  for (const milestones of achieved.values()) {
    const approvedOn = milestones.get('approval');
    if (approvedOn !== undefined) for (const milestone of MILESTONES) if (!milestones.has(milestone)) milestones.set(milestone, approvedOn);
  }
  return achieved;
}
