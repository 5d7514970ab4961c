import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The "four ones" assignment, the six-step pre-work, schedules, approval batches, land supply and dispatch meetings. */
export class LandApprovals1764374400000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE projects
        ADD COLUMN owner text,
        ADD COLUMN responsible_leader_id text,
        ADD COLUMN responsible_leader_name text,
        ADD COLUMN responsible_leader_position text,
        ADD COLUMN task_force_name text,
        ADD COLUMN started_on date,
        ADD COLUMN target_date date,
        ADD COLUMN legal_deadline date,
        ADD COLUMN overdue_notified_on date,
        ADD CONSTRAINT projects_target_after_start CHECK (target_date IS NULL OR started_on IS NULL OR target_date >= started_on)`);
    await runner.query(`
      CREATE TABLE task_force_members (
        project_id uuid NOT NULL REFERENCES projects (id),
        user_id text NOT NULL,
        name text NOT NULL,
        department text NOT NULL,
        role text NOT NULL CHECK (role IN ('lead', 'deputy', 'member', 'liaison')),
        PRIMARY KEY (project_id, user_id)
      )`);
    await runner.query(`CREATE INDEX task_force_members_user_idx ON task_force_members (user_id)`);

    await runner.query(`
      CREATE TABLE pre_work_steps (
        project_id uuid NOT NULL REFERENCES projects (id),
        step text NOT NULL CHECK (step IN ('survey', 'assessment', 'announcement', 'hearing', 'registration', 'agreement')),
        position smallint NOT NULL CHECK (position BETWEEN 1 AND 6),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in-progress', 'completed')),
        responsible_person text,
        started_on date,
        completed_on date,
        notice_period_days integer CHECK (notice_period_days BETWEEN 1 AND 365),
        updated_at timestamptz,
        PRIMARY KEY (project_id, step),
        CHECK (completed_on IS NULL OR (started_on IS NOT NULL AND completed_on >= started_on)),
        CHECK (notice_period_days IS NULL OR step = 'announcement')
      )`);
    // Projects registered before this migration get their six steps too.
    await runner.query(`
      INSERT INTO pre_work_steps (project_id, step, position)
      SELECT p.id, s.step, s.position FROM projects p
      CROSS JOIN (VALUES ('survey', 1), ('assessment', 2), ('announcement', 3), ('hearing', 4), ('registration', 5), ('agreement', 6)) AS s (step, position)`);
    await runner.query(`
      CREATE TABLE step_documents (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL,
        step text NOT NULL,
        title text NOT NULL,
        document_number text,
        reference text NOT NULL,
        attached_at timestamptz NOT NULL,
        attached_by text NOT NULL,
        FOREIGN KEY (project_id, step) REFERENCES pre_work_steps (project_id, step)
      )`);
    await runner.query(`CREATE INDEX step_documents_step_idx ON step_documents (project_id, step, attached_at, id)`);
    await runner.query(`
      CREATE TABLE project_milestones (
        project_id uuid NOT NULL REFERENCES projects (id),
        milestone text NOT NULL,
        position smallint NOT NULL,
        planned_start date NOT NULL,
        planned_end date NOT NULL CHECK (planned_end >= planned_start),
        PRIMARY KEY (project_id, milestone)
      )`);

    await runner.query(`
      CREATE TABLE batches (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        origin text NOT NULL CHECK (origin IN ('tracked', 'recorded')),
        status text NOT NULL CHECK (status IN ('preparing', 'file-assembled', 'submitted', 'supplement-requested', 'resubmitted', 'approved', 'rejected')),
        opened_on date NOT NULL,
        target_date date,
        legal_deadline date,
        approving_authority text,
        document_number text,
        decided_on date,
        decision_note text,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (status NOT IN ('approved', 'rejected') OR (approving_authority IS NOT NULL AND decided_on IS NOT NULL)),
        CHECK (status <> 'approved' OR document_number IS NOT NULL)
      )`);
    await runner.query(`CREATE UNIQUE INDEX batches_name_key ON batches (name)`);
    await runner.query(`CREATE UNIQUE INDEX batches_document_number_key ON batches (approving_authority, document_number) WHERE document_number IS NOT NULL`);
    await runner.query(`CREATE INDEX batches_created_idx ON batches (created_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX batches_decided_idx ON batches (decided_on DESC, id DESC) WHERE status = 'approved'`);
    await runner.query(`
      CREATE TABLE batch_parcels (
        id uuid PRIMARY KEY,
        batch_id uuid NOT NULL REFERENCES batches (id),
        project_id uuid NOT NULL REFERENCES projects (id),
        parcel_code text NOT NULL,
        area_mu numeric(14, 4) NOT NULL CHECK (area_mu > 0),
        description text,
        created_at timestamptz NOT NULL,
        CONSTRAINT batch_parcels_code_key UNIQUE (batch_id, parcel_code)
      )`);
    await runner.query(`CREATE INDEX batch_parcels_project_idx ON batch_parcels (project_id)`);
    await runner.query(`
      CREATE TABLE batch_transitions (
        id bigserial PRIMARY KEY,
        batch_id uuid NOT NULL REFERENCES batches (id),
        status text NOT NULL,
        on_date date NOT NULL,
        note text,
        recorded_at timestamptz NOT NULL,
        recorded_by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX batch_transitions_batch_idx ON batch_transitions (batch_id, id)`);
    // One land-supply start per project, whichever batch approves it first: the primary key makes it race-free.
    await runner.query(`
      CREATE TABLE land_supply_starts (
        project_id uuid PRIMARY KEY REFERENCES projects (id),
        batch_id uuid NOT NULL REFERENCES batches (id),
        started_on date NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);

    await runner.query(`
      CREATE TABLE dispatch_meetings (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        held_on date NOT NULL,
        departments text[] NOT NULL,
        issues jsonb NOT NULL,
        decisions text[] NOT NULL,
        project_ids uuid[] NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX dispatch_meetings_held_idx ON dispatch_meetings (held_on DESC, id DESC)`);
    await runner.query(`
      CREATE TABLE action_items (
        id uuid PRIMARY KEY,
        meeting_id uuid NOT NULL REFERENCES dispatch_meetings (id),
        project_id uuid REFERENCES projects (id),
        description text NOT NULL,
        owner text NOT NULL,
        due_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'done')),
        done_on date,
        created_at timestamptz NOT NULL,
        CHECK ((status = 'done') = (done_on IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX action_items_project_idx ON action_items (project_id, status, due_on, id)`);
    await runner.query(`CREATE INDEX action_items_meeting_idx ON action_items (meeting_id, due_on, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'action_items',
      'dispatch_meetings',
      'land_supply_starts',
      'batch_transitions',
      'batch_parcels',
      'batches',
      'project_milestones',
      'step_documents',
      'pre_work_steps',
      'task_force_members',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
    await runner.query(`
      ALTER TABLE projects DROP CONSTRAINT projects_target_after_start,
        DROP COLUMN owner, DROP COLUMN responsible_leader_id, DROP COLUMN responsible_leader_name, DROP COLUMN responsible_leader_position,
        DROP COLUMN task_force_name, DROP COLUMN started_on, DROP COLUMN target_date, DROP COLUMN legal_deadline, DROP COLUMN overdue_notified_on`);
  }
}
