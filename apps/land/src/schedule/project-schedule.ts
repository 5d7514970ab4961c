import type { EntityManager } from 'typeorm';
import type { WorkingCalendar } from '#platform';
import { ProjectMilestone } from '../pre-work/pre-work.entities.js';
import { PRE_WORK_STEPS } from '../pre-work/pre-work.rules.js';
import { MILESTONES, planBackwards, type Milestone } from './schedule.rules.js';

/** Replaces a project's planned milestones with a fresh backwards plan from `targetDate`. */
export async function replanMilestones(manager: EntityManager, calendar: WorkingCalendar, projectId: string, targetDate: string): Promise<void> {
  const plan = planBackwards(calendar, targetDate);
  await manager.delete(ProjectMilestone, { projectId });
  await manager.insert(
    ProjectMilestone,
    plan.map((entry) => ({ projectId, milestone: entry.milestone, position: MILESTONES.indexOf(entry.milestone) + 1, plannedStart: entry.plannedStart, plannedEnd: entry.plannedEnd })),
  );
}

/**
 * The day each milestone was achieved: pre-work steps by their completion, the batch milestones by the first
 * batch holding the project's parcels to reach them.
 */
export async function achievedMilestones(manager: EntityManager, projectId: string): Promise<Map<Milestone, string>> {
  const achieved = new Map<Milestone, string>();
  const steps: { step: string; completed_on: string | null }[] = await manager.query(`SELECT step, completed_on::text FROM pre_work_steps WHERE project_id = $1`, [projectId]);
  for (const row of steps) if (row.completed_on !== null && (PRE_WORK_STEPS as readonly string[]).includes(row.step)) achieved.set(row.step as Milestone, row.completed_on);
  const batches: { status: string; on_date: string }[] = await manager.query(
    `SELECT t.status, min(t.on_date)::text AS on_date
       FROM batch_transitions t
      WHERE t.batch_id IN (SELECT batch_id FROM batch_parcels WHERE project_id = $1)
        AND t.status IN ('file-assembled', 'submitted', 'approved')
      GROUP BY t.status`,
    [projectId],
  );
  const byStatus: Record<string, Milestone> = { 'file-assembled': 'file-assembly', submitted: 'submission', approved: 'approval' };
  for (const row of batches) achieved.set(byStatus[row.status]!, row.on_date);
  // A batch entered as history was approved without its earlier stages being recorded here.
  if (achieved.has('approval')) for (const milestone of MILESTONES) if (!achieved.has(milestone)) achieved.set(milestone, achieved.get('approval')!);
  return achieved;
}
