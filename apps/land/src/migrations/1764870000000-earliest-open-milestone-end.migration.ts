import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows decide which milestones are achieved, and how a changed row names its projects. */
const SOURCES = [
  { table: 'project_milestones', projects: 'SELECT project_id FROM changed' },
  { table: 'pre_work_steps', projects: 'SELECT project_id FROM changed' },
  { table: 'batch_parcels', projects: 'SELECT project_id FROM changed' },
  { table: 'batch_transitions', projects: 'SELECT bp.project_id FROM changed c JOIN batch_parcels bp ON bp.batch_id = c.batch_id' },
] as const;

/**
 * Keeps on each project the earliest planned end among its milestones not achieved yet, so that the dashboard
 * finds late projects (that end before today) by comparing one column instead of reading every milestone. Whatever
 * the date, it is right: it moves only when milestones, completed steps, parcels or batch stages change, and
 * triggers on those tables rewrite it in the same statement, whichever code path (or bulk load) wrote them.
 * A milestone is achieved as the dashboard has always counted it: its pre-work step completed, or a batch holding
 * the project's parcels reached the stage it names.
 */
export class EarliestOpenMilestoneEnd1764870000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE projects ADD COLUMN earliest_open_milestone_end date`);
    await runner.query(`
      CREATE FUNCTION refresh_earliest_open_milestone_end(project_ids uuid[]) RETURNS void LANGUAGE sql AS $$
        UPDATE projects p SET earliest_open_milestone_end = o.due
          FROM (SELECT q.id,
                       (SELECT min(m.planned_end) FROM project_milestones m
                         WHERE m.project_id = q.id
                           AND NOT EXISTS (SELECT 1 FROM pre_work_steps s WHERE s.project_id = m.project_id AND s.step = m.milestone AND s.completed_on IS NOT NULL)
                           AND NOT EXISTS (SELECT 1 FROM batch_parcels bp JOIN batch_transitions t ON t.batch_id = bp.batch_id
                                            WHERE bp.project_id = m.project_id
                                              AND t.status = CASE m.milestone WHEN 'file-assembly' THEN 'file-assembled' WHEN 'submission' THEN 'submitted'
                                                                              WHEN 'approval' THEN 'approved' END)) AS due
                  FROM projects q WHERE q.id = ANY(project_ids)) o
         WHERE p.id = o.id AND p.earliest_open_milestone_end IS DISTINCT FROM o.due
      $$`);
    for (const { table, projects } of SOURCES) {
      // A statement trigger sees its rows as one transition table; PostgreSQL allows such a table for one event only.
      await runner.query(`
        CREATE FUNCTION ${table}_refresh_open_milestone_end() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' THEN
            PERFORM refresh_earliest_open_milestone_end(ARRAY(WITH changed AS (SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows) ${projects}));
          ELSIF TG_OP = 'INSERT' THEN
            PERFORM refresh_earliest_open_milestone_end(ARRAY(WITH changed AS (SELECT * FROM new_rows) ${projects}));
          ELSE
            PERFORM refresh_earliest_open_milestone_end(ARRAY(WITH changed AS (SELECT * FROM old_rows) ${projects}));
          END IF;
          RETURN NULL;
        END $$`);
      for (const [event, transition] of [
        ['INSERT', 'NEW TABLE AS new_rows'],
        ['UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
        ['DELETE', 'OLD TABLE AS old_rows'],
      ] as const) {
        await runner.query(`
          CREATE TRIGGER ${table}_${event.toLowerCase()}_refresh_open_milestone_end AFTER ${event} ON ${table}
          REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION ${table}_refresh_open_milestone_end()`);
      }
    }
    await runner.query(`SELECT refresh_earliest_open_milestone_end(ARRAY(SELECT id FROM projects))`);
    // Dashboard reads: the projects in target-date order, and the distinct target and start dates by skipping along these.
    await runner.query(`CREATE INDEX projects_target_date_idx ON projects (target_date)`);
    await runner.query(`CREATE INDEX projects_started_on_idx ON projects (started_on)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX projects_started_on_idx`);
    await runner.query(`DROP INDEX projects_target_date_idx`);
    for (const { table } of SOURCES) {
      for (const event of ['insert', 'update', 'delete']) await runner.query(`DROP TRIGGER ${table}_${event}_refresh_open_milestone_end ON ${table}`);
      await runner.query(`DROP FUNCTION ${table}_refresh_open_milestone_end()`);
    }
    await runner.query(`DROP FUNCTION refresh_earliest_open_milestone_end(uuid[])`);
    await runner.query(`ALTER TABLE projects DROP COLUMN earliest_open_milestone_end`);
  }
}
