import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VolunteerParticipations1764288100003 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE volunteer_participations (
        activity_id uuid NOT NULL,
        participant_id uuid NOT NULL,
        position bigint GENERATED ALWAYS AS IDENTITY,
        community_code text NOT NULL,
        activity_title text NOT NULL,
        held_on date NOT NULL,
        masked_name text NOT NULL,
        resident_id uuid REFERENCES residents (id),
        outcome text NOT NULL CHECK (outcome IN ('awarded', 'already-awarded', 'unmatched', 'limit-reached', 'indicator-unavailable')),
        ledger_entry_id uuid REFERENCES ledger_entries (id),
        event_id text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (activity_id, participant_id)
      )`);
    await runner.query(`CREATE INDEX volunteer_participations_list_idx ON volunteer_participations (community_code, position)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE volunteer_participations`);
  }
}
