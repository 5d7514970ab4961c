import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The survey step may carry its pre-announcement (预公告) period too, not only the announcement. */
export class PreAnnouncementNotice1764860000001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await this.dropNoticeStepCheck(runner);
    await runner.query(
      `ALTER TABLE pre_work_steps ADD CONSTRAINT pre_work_steps_notice_step_check CHECK (notice_period_days IS NULL OR step IN ('survey', 'announcement'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`UPDATE pre_work_steps SET notice_period_days = NULL WHERE step = 'survey'`);
    await runner.query(`ALTER TABLE pre_work_steps DROP CONSTRAINT pre_work_steps_notice_step_check`);
    await runner.query(`ALTER TABLE pre_work_steps ADD CHECK (notice_period_days IS NULL OR step = 'announcement')`);
  }

  /** The original check was unnamed: find it by what it says. */
  private async dropNoticeStepCheck(runner: QueryRunner): Promise<void> {
    const rows: { conname: string }[] = await runner.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = 'pre_work_steps'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%notice_period_days IS NULL%announcement%'`,
    );
    for (const row of rows) await runner.query(`ALTER TABLE pre_work_steps DROP CONSTRAINT "${row.conname}"`);
  }
}
