import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An item may require a discipline supervisor's approval before a clerk's disclosure is published; none does yet. */
export class PublicationReview1764900000002 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE supervision_items ADD COLUMN publication_review text NOT NULL DEFAULT 'direct' CHECK (publication_review IN ('direct', 'review-required'))`,
    );
    await runner.query(
      `ALTER TABLE disclosures DROP CONSTRAINT disclosures_status_check, ADD CONSTRAINT disclosures_status_check CHECK (status IN ('draft', 'submitted', 'pending-review', 'published'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE disclosures DROP CONSTRAINT disclosures_status_check, ADD CONSTRAINT disclosures_status_check CHECK (status IN ('draft', 'submitted', 'published'))`,
    );
    await runner.query(`ALTER TABLE supervision_items DROP COLUMN publication_review`);
  }
}
