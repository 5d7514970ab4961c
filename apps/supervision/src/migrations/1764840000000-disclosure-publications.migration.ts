import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Append-only log of every publication and correction, read by the public "changes since" feed. Each row keeps
 * the id of the transaction that wrote it (`tx_id`), so the feed can hand out only rows of transactions that
 * have finished: a row's `position` is taken when it is inserted, not when it commits, so position order alone
 * would let a poller step past a row whose transaction commits late. Published disclosures are backfilled
 * in publication order.
 */
export class DisclosurePublications1764840000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE disclosure_publications (
        position bigserial PRIMARY KEY,
        tx_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        disclosure_id uuid NOT NULL,
        version int NOT NULL,
        change text NOT NULL CHECK (change IN ('published', 'corrected')),
        published_at timestamptz NOT NULL,
        FOREIGN KEY (disclosure_id, version) REFERENCES disclosure_versions (disclosure_id, version)
      )`);
    await runner.query(`CREATE INDEX disclosure_publications_order_idx ON disclosure_publications (tx_id, position)`);
    await runner.query(`CREATE INDEX disclosure_publications_published_at_idx ON disclosure_publications (published_at)`);
    await runner.query(`
      INSERT INTO disclosure_publications (disclosure_id, version, change, published_at)
      SELECT disclosure_id, version, CASE WHEN correction_reason IS NULL THEN 'published' ELSE 'corrected' END, published_at
        FROM disclosure_versions WHERE published_at IS NOT NULL
       ORDER BY published_at, disclosure_id, version`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE disclosure_publications`);
  }
}
