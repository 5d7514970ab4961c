import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../lib/free-port.js';
import { percentile } from './load.js';
import type { BenchPlatform } from './platform.js';
import { spawnNode } from './processes.js';

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export async function residentsOf(creditUrl: string): Promise<string[]> {
  return (await query<{ id: string }>(creditUrl, `SELECT id FROM residents ORDER BY id`)).map((row) => row.id);
}

/** An award indicator with no per-period limit (or the most generous), so repeated awards are not refused. */
export async function unlimitedAward(creditUrl: string): Promise<string> {
  const [row] = await query<{ code: string }>(
    creditUrl,
    `SELECT i.code FROM indicators i
      WHERE i.active AND (SELECT v.points FROM indicator_versions v WHERE v.indicator_id = i.id AND v.effective_from <= (now() AT TIME ZONE 'Asia/Shanghai')::date ORDER BY v.version DESC LIMIT 1) > 0
      ORDER BY i.limit_per_period DESC NULLS FIRST, i.code LIMIT 1`,
  );
  return row!.code;
}

/**
 * Waits until every service's relay has published its outbox (the creates' events, the baseline's included) and
 * supervision's read model holds every land project, so the event-lag phase does not queue behind a backlog.
 * Fails with the relay's last error when events stay unpublished.
 */
export async function waitForEventsDelivered(databaseUrls: BenchPlatform['databaseUrls'], timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const outstanding = async () => {
    const outboxes = await Promise.all(
      Object.entries(databaseUrls).map(async ([service, url]) => {
        const [row] = await query<{ pending: number; last_error: string | null }>(
          url,
          `SELECT count(*)::int AS pending, max(last_error) AS last_error FROM outbox WHERE published_at IS NULL`,
        );
        return { service, pending: row!.pending, lastError: row!.last_error };
      }),
    );
    const [{ projects }] = await query<{ projects: number }>(databaseUrls.land, `SELECT count(*)::int AS projects FROM projects`);
    const [{ mirrored }] = await query<{ mirrored: number }>(databaseUrls.supervision, `SELECT count(*)::int AS mirrored FROM land_projects`);
    return { outboxes: outboxes.filter((outbox) => outbox.pending > 0), unmirrored: projects - mirrored };
  };
  let state = await outstanding();
  while (state.outboxes.length > 0 || state.unmirrored > 0) {
    if (Date.now() > deadline) {
      const stuck = state.outboxes.map(
        (outbox) => `${outbox.service}: ${outbox.pending} unpublished${outbox.lastError === null ? '' : ` (${outbox.lastError})`}`,
      );
      throw new Error(
        `events not delivered after ${timeoutMs / 1000} s: ${[...stuck, `${state.unmirrored} land projects missing from supervision`].join('; ')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    state = await outstanding();
  }
}

export interface EventLag {
  rate: number;
  sent: number;
  failed: number;
  lastFailure?: string;
  /** Land's outbox row created_at (the transaction's start) to supervision's read-model received_at (consumer applied). */
  outboxToReadModel: { p50Ms: number; p99Ms: number; maxMs: number };
  /** The client's 201 to supervision's received_at: what a user who reads supervision right after a create sees. */
  responseToReadModel: { p50Ms: number; p99Ms: number; maxMs: number };
}

/**
 * Creates land projects at a fixed rate (open loop: one every 1000/rate ms whatever the answers take), then waits
 * until supervision's read model holds every one and compares timestamps. Both apps and PostgreSQL share this
 * machine's clock.
 */
export async function measureEventLag(platform: BenchPlatform, landStaffToken: string, rate: number, durationSeconds: number): Promise<EventLag> {
  const answeredAt = new Map<string, number>();
  let failed = 0;
  let lastFailure: string | undefined;
  const total = rate * durationSeconds;
  const started = Date.now();
  const pending: Promise<void>[] = [];
  for (let index = 0; index < total; index++) {
    const due = started + (index * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      fetch(`${platform.gatewayUrl}/api/v1/land/projects`, {
        method: 'POST',
        headers: { authorization: `Bearer ${landStaffToken}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify({ name: `事件时延项目 ${index}-${randomUUID().slice(0, 8)}`, category: 'ordinary', requestedAreaMu: '3.0000' }),
      }).then(
        async (response) => {
          const at = Date.now();
          const body = (await response.json()) as { id?: string };
          if (response.status === 201 && body.id !== undefined) answeredAt.set(body.id, at);
          else {
            failed++;
            lastFailure = `${response.status} ${JSON.stringify(body).slice(0, 200)}`;
          }
        },
        (error: unknown) => {
          failed++;
          lastFailure = String(error);
        },
      ),
    );
  }
  await Promise.all(pending);
  const ids = [...answeredAt.keys()];
  const deadline = Date.now() + 120_000;
  const appliedRows = () =>
    query<{ project_id: string; received_at: Date }>(
      platform.databaseUrls.supervision,
      `SELECT project_id, received_at FROM land_projects WHERE project_id = ANY($1::uuid[])`,
      [ids],
    );
  let applied = await appliedRows();
  while (applied.length < ids.length && Date.now() <= deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    applied = await appliedRows();
  }
  const created = new Map(
    (
      await query<{ record_key: string; created_at: Date }>(
        platform.databaseUrls.land,
        `SELECT record_key, created_at FROM outbox WHERE record_key = ANY($1::text[]) AND type LIKE '%project-registered%'`,
        [ids],
      )
    ).map((row) => [row.record_key, row.created_at.getTime()]),
  );
  const fromOutbox = applied.flatMap((row) => (created.has(row.project_id) ? [row.received_at.getTime() - created.get(row.project_id)!] : []));
  const fromResponse = applied.map((row) => row.received_at.getTime() - answeredAt.get(row.project_id)!);
  const summary = (values: number[]) => ({
    p50Ms: percentile(values, 50),
    p99Ms: percentile(values, 99),
    maxMs: values.length === 0 ? NaN : Math.max(...values),
  });
  return {
    rate,
    sent: total,
    failed: failed + (ids.length - applied.length),
    lastFailure,
    outboxToReadModel: summary(fromOutbox),
    responseToReadModel: summary(fromResponse),
  };
}

export interface BootTimes {
  /** `npm start` without the build: node dist/scripts/start-embedded.js until its ready line. */
  freshDataSeconds: number;
  existingDataSeconds: number;
  /** What start-embedded itself printed ("ready (N s)"), for the second start. */
  reportedSeconds?: number;
}

/** Starts start-embedded twice on a throwaway data directory (first run creates the cluster and loads demo data). */
export async function measureBoot(logDir: string): Promise<BootTimes> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zone-bench-start-'));
  // Run as root, the embedded server runs as the postgres user, which must reach its data directory.
  chmodSync(dataDir, 0o755);
  try {
    const once = async (label: string) => {
      const started = Date.now();
      const app = spawnNode(
        `start-embedded-${label}`,
        'dist/scripts/start-embedded.js',
        {
          DATA_DIR: dataDir,
          EMBEDDED_PORT_BASE: '0',
          EMBEDDED_POSTGRES_PORT: String(await freePort()),
          AUTH_DEV_KEY_DIR: path.join(dataDir, 'dev-auth'),
        },
        logDir,
      );
      const deadline = started + 300_000;
      let reported: number | undefined;
      for (;;) {
        const output = readFileSync(app.logFile, 'utf8');
        const ready = / is ready \(([\d.]+) s\)/.exec(output);
        if (ready) {
          reported = Number(ready[1]);
          break;
        }
        if (app.child.exitCode !== null) throw new Error(`start-embedded exited with ${app.child.exitCode}; see ${app.logFile}`);
        if (Date.now() > deadline) throw new Error(`start-embedded not ready after 300 s; see ${app.logFile}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const seconds = (Date.now() - started) / 1000;
      await app.stop();
      return { seconds, reported };
    };
    const fresh = await once('fresh');
    const again = await once('existing');
    return { freshDataSeconds: Math.round(fresh.seconds * 10) / 10, existingDataSeconds: Math.round(again.seconds * 10) / 10, reportedSeconds: again.reported };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
