import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Running tallies behind the complaint statistics "since records began", so that answer reads a row per unit and
 * category instead of scanning every complaint. Triggers keep them in the writing statement's transaction, whatever
 * writes the complaints (the API, the demo data, bulk SQL): each change takes the old row's contribution away and
 * adds the new one's. Complaints without a unit are tallied under a null unit, hence the unique index that treats
 * nulls as equal instead of a primary key.
 *
 * Each tally also keeps the latest filing and finishing time it has seen, so the statistics know when the tallies
 * answer them: a period from the start of the records to a day ending after every filing and finishing. Any other
 * period is counted from the complaints themselves. Existing complaints are tallied by the same function.
 */
export class ComplaintStatisticsTallies1764970000100 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE complaint_tallies (
        unit_code text REFERENCES supervision_units (code),
        category text NOT NULL,
        received integer NOT NULL,
        closed integer NOT NULL,
        rejected integer NOT NULL,
        last_filed_at timestamptz NOT NULL,
        last_finished_at timestamptz,
        CONSTRAINT complaint_tallies_cell UNIQUE NULLS NOT DISTINCT (unit_code, category)
      )`);
    // Closed and rejected count as the statistics count them: by status, once finished.
    await runner.query(`
      CREATE FUNCTION tally_complaint(unit text, complaint_category text, status text, filed_at timestamptz, finished_at timestamptz, sign integer)
      RETURNS void LANGUAGE sql AS $$
        INSERT INTO complaint_tallies AS t
        VALUES (unit, complaint_category, sign, CASE WHEN status = 'closed' AND finished_at IS NOT NULL THEN sign ELSE 0 END,
                CASE WHEN status = 'rejected' AND finished_at IS NOT NULL THEN sign ELSE 0 END, filed_at, finished_at)
        ON CONFLICT (unit_code, category) DO UPDATE SET
          received = t.received + EXCLUDED.received,
          closed = t.closed + EXCLUDED.closed,
          rejected = t.rejected + EXCLUDED.rejected,
          last_filed_at = GREATEST(t.last_filed_at, EXCLUDED.last_filed_at),
          last_finished_at = GREATEST(t.last_finished_at, EXCLUDED.last_finished_at)
      $$`);
    await runner.query(`
      CREATE FUNCTION complaints_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          PERFORM tally_complaint(OLD.unit_code, OLD.category, OLD.status, OLD.filed_at, OLD.finished_at, -1);
        END IF;
        IF TG_OP <> 'DELETE' THEN
          PERFORM tally_complaint(NEW.unit_code, NEW.category, NEW.status, NEW.filed_at, NEW.finished_at, 1);
        END IF;
        RETURN NULL;
      END $$`);
    await runner.query(`CREATE TRIGGER complaints_tally AFTER INSERT OR DELETE ON complaints FOR EACH ROW EXECUTE FUNCTION complaints_tally()`);
    // Deadline, department and answer updates (most handling steps) leave the tally alone.
    await runner.query(`
      CREATE TRIGGER complaints_tally_update AFTER UPDATE OF unit_code, category, status, filed_at, finished_at ON complaints FOR EACH ROW
      WHEN ((OLD.unit_code, OLD.category, OLD.status, OLD.filed_at, OLD.finished_at) IS DISTINCT FROM (NEW.unit_code, NEW.category, NEW.status, NEW.filed_at, NEW.finished_at))
      EXECUTE FUNCTION complaints_tally()`);
    await runner.query(`SELECT tally_complaint(unit_code, category, status, filed_at, finished_at, 1) FROM complaints`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER complaints_tally_update ON complaints`);
    await runner.query(`DROP TRIGGER complaints_tally ON complaints`);
    await runner.query(`DROP FUNCTION complaints_tally(), tally_complaint(text, text, text, timestamptz, timestamptz, integer)`);
    await runner.query(`DROP TABLE complaint_tallies`);
  }
}
