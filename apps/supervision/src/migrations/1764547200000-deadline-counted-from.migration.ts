import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open deadlines set before the count's start day was kept get it from their history, so that entering a
 * calendar year recounts them too: a complaint step counts from the day its status was entered, a
 * rectification from the day it was ordered or last returned.
 */
export class DeadlineCountedFrom1764547200000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      UPDATE complaints c SET step_due_counted_from = (
        SELECT (s.at AT TIME ZONE 'Asia/Shanghai')::date FROM complaint_steps s
        WHERE s.complaint_id = c.id AND s.kind = 'status' ORDER BY s.seq DESC LIMIT 1)
      WHERE c.step_due_on IS NOT NULL AND c.step_due_counted_from IS NULL`);
    await runner.query(`
      UPDATE findings f SET due_counted_from = COALESCE(
        (SELECT (s.at AT TIME ZONE 'Asia/Shanghai')::date FROM rectification_steps s
         WHERE s.finding_id = f.id AND s.kind = 'status' AND s.status IN ('ordered', 'returned') ORDER BY s.seq DESC LIMIT 1),
        (f.raised_at AT TIME ZONE 'Asia/Shanghai')::date)
      WHERE f.due_counted_from IS NULL`);
  }

  async down(): Promise<void> {
    // The days filled in are facts from the history; nothing to undo.
  }
}
