import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Moved appeal deadlines name the field as the API publishes it, `dueOn`, like every other recounted due date. */
export class AppealDueFieldName1764900000002 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`UPDATE deadline_changes SET field = 'dueOn' WHERE resource_type = 'appeal' AND field = 'deadline'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`UPDATE deadline_changes SET field = 'deadline' WHERE resource_type = 'appeal' AND field = 'dueOn'`);
  }
}
