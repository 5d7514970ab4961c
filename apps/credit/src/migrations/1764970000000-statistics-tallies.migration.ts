import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Running tallies behind the redemption, benefit and rating-level statistics "as of now", so those answers read a
 * row per community or benefit instead of scanning every order, use and household. Triggers keep them in the
 * writing statement's transaction, whatever writes the rows (the API, imports, bulk SQL): each change takes the
 * old row's contribution away and adds the new one's. Distinct residents and households are counted through a
 * row per (community, resident) and (benefit, household) holding how many of their records count.
 *
 * Each tally also keeps the latest business date (or time) it has seen, so a statistic knows when the tallies
 * answer it: a period from the start of the records to a day on or after every record and cancellation. Any
 * other period is counted from the records themselves. Existing rows are tallied by the same functions.
 */
export class StatisticsTallies1764970000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await this.redemptions(runner);
    await this.benefitUses(runner);
    await this.ratingLevels(runner);
  }

  private async redemptions(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE community_redemption_tallies (
        community_code text PRIMARY KEY REFERENCES communities (code),
        redeeming_residents integer NOT NULL,
        completed_orders integer NOT NULL,
        cancelled_orders integer NOT NULL,
        recorded_late_orders integer NOT NULL,
        items integer NOT NULL,
        points integer NOT NULL,
        last_occurred_on date,
        last_cancelled_at timestamptz
      )`);
    await runner.query(`
      CREATE TABLE redemption_residents (
        community_code text NOT NULL,
        resident_id uuid NOT NULL,
        standing_orders integer NOT NULL CHECK (standing_orders > 0),
        PRIMARY KEY (community_code, resident_id)
      )`);
    // A standing order (not cancelled) counts its items, points and resident; a cancelled one counts as cancelled.
    await runner.query(`
      CREATE FUNCTION tally_redemption(community text, resident uuid, quantity integer, points integer, late boolean,
                                       occurred_on date, cancelled_at timestamptz, sign integer) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        standing boolean := cancelled_at IS NULL;
        residents integer := 0;
        remaining integer;
      BEGIN
        IF standing AND sign > 0 THEN
          INSERT INTO redemption_residents AS r VALUES (community, resident, 1)
          ON CONFLICT (community_code, resident_id) DO UPDATE SET standing_orders = r.standing_orders + 1
          RETURNING standing_orders INTO remaining;
          IF remaining = 1 THEN
            residents := 1;
          END IF;
        ELSIF standing THEN
          DELETE FROM redemption_residents WHERE community_code = community AND resident_id = resident AND standing_orders = 1;
          IF FOUND THEN
            residents := -1;
          ELSE
            UPDATE redemption_residents SET standing_orders = standing_orders - 1 WHERE community_code = community AND resident_id = resident;
          END IF;
        END IF;
        INSERT INTO community_redemption_tallies AS t
        VALUES (community, residents, CASE WHEN standing THEN sign ELSE 0 END, CASE WHEN standing THEN 0 ELSE sign END,
                CASE WHEN standing AND late THEN sign ELSE 0 END, CASE WHEN standing THEN sign * quantity ELSE 0 END,
                CASE WHEN standing THEN sign * points ELSE 0 END, occurred_on, cancelled_at)
        ON CONFLICT (community_code) DO UPDATE SET
          redeeming_residents = t.redeeming_residents + EXCLUDED.redeeming_residents,
          completed_orders = t.completed_orders + EXCLUDED.completed_orders,
          cancelled_orders = t.cancelled_orders + EXCLUDED.cancelled_orders,
          recorded_late_orders = t.recorded_late_orders + EXCLUDED.recorded_late_orders,
          items = t.items + EXCLUDED.items,
          points = t.points + EXCLUDED.points,
          last_occurred_on = GREATEST(t.last_occurred_on, EXCLUDED.last_occurred_on),
          last_cancelled_at = GREATEST(t.last_cancelled_at, EXCLUDED.last_cancelled_at);
      END $$`);
    await runner.query(`
      CREATE FUNCTION redemption_orders_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          PERFORM tally_redemption(OLD.community_code, OLD.resident_id, OLD.quantity, OLD.points, OLD.recorded_late, OLD.occurred_on, OLD.cancelled_at, -1);
        END IF;
        IF TG_OP <> 'DELETE' THEN
          PERFORM tally_redemption(NEW.community_code, NEW.resident_id, NEW.quantity, NEW.points, NEW.recorded_late, NEW.occurred_on, NEW.cancelled_at, 1);
        END IF;
        RETURN NULL;
      END $$`);
    await runner.query(
      `CREATE TRIGGER redemption_orders_tally AFTER INSERT OR DELETE ON redemption_orders FOR EACH ROW EXECUTE FUNCTION redemption_orders_tally()`,
    );
    await runner.query(`
      CREATE TRIGGER redemption_orders_tally_update
      AFTER UPDATE OF community_code, resident_id, quantity, points, recorded_late, occurred_on, cancelled_at ON redemption_orders FOR EACH ROW
      WHEN ((OLD.community_code, OLD.resident_id, OLD.quantity, OLD.points, OLD.recorded_late, OLD.occurred_on, OLD.cancelled_at)
            IS DISTINCT FROM (NEW.community_code, NEW.resident_id, NEW.quantity, NEW.points, NEW.recorded_late, NEW.occurred_on, NEW.cancelled_at))
      EXECUTE FUNCTION redemption_orders_tally()`);
    await runner.query(
      `SELECT tally_redemption(community_code, resident_id, quantity, points, recorded_late, occurred_on, cancelled_at, 1) FROM redemption_orders ORDER BY position`,
    );
  }

  private async benefitUses(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE benefit_use_tallies (
        benefit_id uuid PRIMARY KEY REFERENCES benefits (id),
        uses integer NOT NULL,
        households integer NOT NULL,
        recorded_late_uses integer NOT NULL,
        last_used_on date
      )`);
    await runner.query(`
      CREATE TABLE benefit_use_households (
        benefit_id uuid NOT NULL,
        household_id uuid NOT NULL,
        uses integer NOT NULL CHECK (uses > 0),
        PRIMARY KEY (benefit_id, household_id)
      )`);
    await runner.query(`
      CREATE FUNCTION tally_benefit_use(benefit uuid, household uuid, late boolean, used_on date, sign integer) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        households integer := 0;
        remaining integer;
      BEGIN
        IF sign > 0 THEN
          INSERT INTO benefit_use_households AS h VALUES (benefit, household, 1)
          ON CONFLICT (benefit_id, household_id) DO UPDATE SET uses = h.uses + 1
          RETURNING uses INTO remaining;
          IF remaining = 1 THEN
            households := 1;
          END IF;
        ELSE
          DELETE FROM benefit_use_households WHERE benefit_id = benefit AND household_id = household AND uses = 1;
          IF FOUND THEN
            households := -1;
          ELSE
            UPDATE benefit_use_households SET uses = uses - 1 WHERE benefit_id = benefit AND household_id = household;
          END IF;
        END IF;
        INSERT INTO benefit_use_tallies AS t VALUES (benefit, sign, households, CASE WHEN late THEN sign ELSE 0 END, used_on)
        ON CONFLICT (benefit_id) DO UPDATE SET
          uses = t.uses + EXCLUDED.uses,
          households = t.households + EXCLUDED.households,
          recorded_late_uses = t.recorded_late_uses + EXCLUDED.recorded_late_uses,
          last_used_on = GREATEST(t.last_used_on, EXCLUDED.last_used_on);
      END $$`);
    await runner.query(`
      CREATE FUNCTION benefit_uses_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          PERFORM tally_benefit_use(OLD.benefit_id, OLD.household_id, OLD.recorded_late, OLD.used_on, -1);
        END IF;
        IF TG_OP <> 'DELETE' THEN
          PERFORM tally_benefit_use(NEW.benefit_id, NEW.household_id, NEW.recorded_late, NEW.used_on, 1);
        END IF;
        RETURN NULL;
      END $$`);
    await runner.query(`CREATE TRIGGER benefit_uses_tally AFTER INSERT OR DELETE ON benefit_uses FOR EACH ROW EXECUTE FUNCTION benefit_uses_tally()`);
    await runner.query(`
      CREATE TRIGGER benefit_uses_tally_update AFTER UPDATE OF benefit_id, household_id, recorded_late, used_on ON benefit_uses FOR EACH ROW
      WHEN ((OLD.benefit_id, OLD.household_id, OLD.recorded_late, OLD.used_on) IS DISTINCT FROM (NEW.benefit_id, NEW.household_id, NEW.recorded_late, NEW.used_on))
      EXECUTE FUNCTION benefit_uses_tally()`);
    await runner.query(`SELECT tally_benefit_use(benefit_id, household_id, recorded_late, used_on, 1) FROM benefit_uses ORDER BY position`);
  }

  /**
   * A household's stored level is the one its latest rating change set, at `level_changed_at` (both are written
   * together), so the households' current levels are the levels as of any moment after every household was
   * created and last changed level.
   */
  private async ratingLevels(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE community_rating_tallies (
        community_code text PRIMARY KEY REFERENCES communities (code),
        unrated integer NOT NULL,
        level_a integer NOT NULL,
        level_aa integer NOT NULL,
        level_aaa integer NOT NULL,
        last_changed_at timestamptz
      )`);
    await runner.query(`
      CREATE FUNCTION tally_household_rating(community text, level text, created_at timestamptz, level_changed_at timestamptz, sign integer)
      RETURNS void LANGUAGE sql AS $$
        INSERT INTO community_rating_tallies AS t
        VALUES (community, CASE WHEN level IS NULL THEN sign ELSE 0 END, CASE WHEN level = 'A' THEN sign ELSE 0 END,
                CASE WHEN level = 'AA' THEN sign ELSE 0 END, CASE WHEN level = 'AAA' THEN sign ELSE 0 END, GREATEST(created_at, level_changed_at))
        ON CONFLICT (community_code) DO UPDATE SET
          unrated = t.unrated + EXCLUDED.unrated,
          level_a = t.level_a + EXCLUDED.level_a,
          level_aa = t.level_aa + EXCLUDED.level_aa,
          level_aaa = t.level_aaa + EXCLUDED.level_aaa,
          last_changed_at = GREATEST(t.last_changed_at, EXCLUDED.last_changed_at)
      $$`);
    await runner.query(`
      CREATE FUNCTION households_tally_rating() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          PERFORM tally_household_rating(OLD.community_code, OLD.level, OLD.created_at, OLD.level_changed_at, -1);
        END IF;
        IF TG_OP <> 'DELETE' THEN
          PERFORM tally_household_rating(NEW.community_code, NEW.level, NEW.created_at, NEW.level_changed_at, 1);
        END IF;
        RETURN NULL;
      END $$`);
    await runner.query(`CREATE TRIGGER households_tally_rating AFTER INSERT OR DELETE ON households FOR EACH ROW EXECUTE FUNCTION households_tally_rating()`);
    // Score updates (every ledger entry) leave the tally alone: only the columns it counts fire the trigger.
    await runner.query(`
      CREATE TRIGGER households_tally_rating_update AFTER UPDATE OF community_code, level, created_at, level_changed_at ON households FOR EACH ROW
      WHEN ((OLD.community_code, OLD.level, OLD.created_at, OLD.level_changed_at) IS DISTINCT FROM (NEW.community_code, NEW.level, NEW.created_at, NEW.level_changed_at))
      EXECUTE FUNCTION households_tally_rating()`);
    await runner.query(`SELECT tally_household_rating(community_code, level, created_at, level_changed_at, 1) FROM households`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER households_tally_rating_update ON households`);
    await runner.query(`DROP TRIGGER households_tally_rating ON households`);
    await runner.query(`DROP FUNCTION households_tally_rating(), tally_household_rating(text, text, timestamptz, timestamptz, integer)`);
    await runner.query(`DROP TABLE community_rating_tallies`);
    await runner.query(`DROP TRIGGER benefit_uses_tally_update ON benefit_uses`);
    await runner.query(`DROP TRIGGER benefit_uses_tally ON benefit_uses`);
    await runner.query(`DROP FUNCTION benefit_uses_tally(), tally_benefit_use(uuid, uuid, boolean, date, integer)`);
    await runner.query(`DROP TABLE benefit_use_households, benefit_use_tallies`);
    await runner.query(`DROP TRIGGER redemption_orders_tally_update ON redemption_orders`);
    await runner.query(`DROP TRIGGER redemption_orders_tally ON redemption_orders`);
    await runner.query(`DROP FUNCTION redemption_orders_tally(), tally_redemption(text, uuid, integer, integer, boolean, date, timestamptz, integer)`);
    await runner.query(`DROP TABLE redemption_residents, community_redemption_tallies`);
  }
}
