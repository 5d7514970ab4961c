import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { ServiceName } from '#contracts';
import type { LoadRequest, LoadResult } from './load.js';
import type { BootTimes, EventLag } from './measurements.js';
import type { summariseProfile } from './profile-summary.js';
import type { SeedVolumes } from './seed.js';

export type Target = 'gateway' | 'direct' | 'bare';
/** The growth comparison: a tenth of the seeded volumes, then the full volumes. */
export type DataSize = 'tenth' | 'full';

export interface Scenario {
  describe: { name: string; kind: 'read' | 'statistics' | 'write' | 'dashboard'; operation: string; projects?: number; size?: DataSize };
  service: ServiceName;
  targets: Target[];
  /** One request at a time instead of concurrent load. */
  sequential?: boolean;
  request: LoadRequest;
}

export interface ScenarioResult {
  name: string;
  kind: Scenario['describe']['kind'];
  operation: string;
  projects?: number;
  size?: DataSize;
  results: Partial<Record<Target, LoadResult>>;
}

export function machine() {
  const free = (() => {
    try {
      return execFileSync('free', ['-g'], { encoding: 'utf8' }).trim();
    } catch {
      return `${Math.round(os.totalmem() / 2 ** 30)} GB total`;
    }
  })();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    free,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg().map((value) => value.toFixed(2)),
  };
}

interface ReportInput {
  scale: number;
  durationSeconds: number;
  connections: number;
  volumes: SeedVolumes;
  rows: ScenarioResult[];
  rss: Record<string, { idle?: number; load?: number }>;
  afterLoad: Record<string, number | undefined>;
  lag?: EventLag;
  boot?: BootTimes;
  profiles?: Record<string, ReturnType<typeof summariseProfile>>;
  machine: ReturnType<typeof machine>;
}

const ratio = (a?: number, b?: number) => (a === undefined || b === undefined || b === 0 ? undefined : Math.round((a / b) * 100) / 100);
const verdict = (ok: boolean | undefined) => (ok === undefined ? '—' : ok ? 'PASS' : 'MISS');
const cell = (result?: LoadResult) =>
  result === undefined ? '—' : `${result.requestsPerSecond} · ${result.p50Ms} / ${result.p99Ms}${result.failures > 0 ? ` (${result.failures} failed)` : ''}`;

/** The issue's targets, checked against one scenario. */
function target(row: ScenarioResult): { text: string; ok?: boolean } {
  const { gateway, direct, bare } = row.results;
  const gd = ratio(gateway?.requestsPerSecond, direct?.requestsPerSecond);
  const db = ratio(direct?.requestsPerSecond, bare?.requestsPerSecond);
  switch (row.kind) {
    case 'read':
      return { text: 'gw/direct ≥ 0.8, direct/bare ≥ 0.6', ok: gd !== undefined && db !== undefined ? gd >= 0.8 && db >= 0.6 : undefined };
    case 'statistics':
      if (row.size !== undefined) return { text: '(growth, see below)' };
      // "Well under a second": p99 of the direct service under the concurrent load at most half a second.
      return {
        text: 'gw/direct ≥ 0.8, direct/bare ≥ 0.6, p99 < 500 ms',
        ok: gd !== undefined && db !== undefined && direct !== undefined ? gd >= 0.8 && db >= 0.6 && direct.p99Ms < 500 : undefined,
      };
    case 'write':
      return { text: 'direct/bare ≥ 0.5', ok: db === undefined ? undefined : db >= 0.5 };
    case 'dashboard':
      return (row.projects ?? 0) >= 5_000
        ? { text: 'p50 ≤ 100 ms at 5,000 projects', ok: direct === undefined ? undefined : direct.p50Ms <= 100 }
        : { text: '(size comparison)' };
  }
}

export function buildReport(input: ReportInput) {
  const lines: string[] = [];
  lines.push('| Scenario | Gateway req/s · p50 / p99 ms | Direct req/s · p50 / p99 ms | Bare req/s · p50 / p99 ms | gw/direct | direct/bare | Target | |');
  lines.push('|---|---|---|---|---|---|---|---|');
  for (const row of input.rows) {
    const { gateway, direct, bare } = row.results;
    const check = target(row);
    lines.push(
      `| ${row.name} | ${cell(gateway)} | ${cell(direct)} | ${cell(bare)} | ${ratio(gateway?.requestsPerSecond, direct?.requestsPerSecond) ?? '—'} | ${ratio(direct?.requestsPerSecond, bare?.requestsPerSecond) ?? '—'} | ${check.text} | ${verdict(check.ok)} |`,
    );
  }
  const growth: string[] = [];
  growth.push('| Operation (direct, one client) | p50 at a tenth of the data | p50 at the full data | Growth | Target | |');
  growth.push('|---|---|---|---|---|---|');
  const measuredAt = (operation: string, size: DataSize) => input.rows.find((row) => row.operation === operation && row.size === size)?.results.direct;
  for (const operation of [...new Set(input.rows.filter((row) => row.size !== undefined).map((row) => row.operation))]) {
    const small = measuredAt(operation, 'tenth');
    const full = measuredAt(operation, 'full');
    // Below a millisecond the timer's resolution decides the ratio; 1 ms is the floor.
    const growthRatio = ratio(full?.p50Ms, small === undefined ? undefined : Math.max(small.p50Ms, 1));
    growth.push(
      `| ${operation} | ${small?.p50Ms ?? '—'} ms | ${full?.p50Ms ?? '—'} ms | ${growthRatio ?? '—'}× | p50 at 10× the data ≤ 2× | ${verdict(growthRatio === undefined ? undefined : growthRatio <= 2)} |`,
    );
  }
  const extra: string[] = [];
  extra.push('| Measurement | Result | Target | |');
  extra.push('|---|---|---|---|');
  if (input.lag) {
    const lag = input.lag;
    extra.push(
      `| Event lag, land project created → supervision read-model row, ${lag.rate}/s (outbox created_at → received_at) | p50 ${lag.outboxToReadModel.p50Ms} ms, p99 ${lag.outboxToReadModel.p99Ms} ms, max ${lag.outboxToReadModel.maxMs} ms (${lag.sent} sent, ${lag.failed} failed or missing${lag.lastFailure === undefined ? '' : `; last failure: ${lag.lastFailure.replace(/\|/g, '/')}`}) | p99 ≤ 50 ms | ${verdict(lag.failed === 0 && lag.outboxToReadModel.p99Ms <= 50)} |`,
    );
    extra.push(`| Event lag, client's HTTP 201 → read-model row | p50 ${lag.responseToReadModel.p50Ms} ms, p99 ${lag.responseToReadModel.p99Ms} ms | | |`);
  }
  for (const [name, memory] of Object.entries(input.rss)) {
    const isApp = name !== 'bare';
    extra.push(
      `| RSS ${name} (idle / peak under load / after load) | ${memory.idle ?? '—'} / ${memory.load ?? '—'} / ${input.afterLoad[name] ?? '—'} MB | ${isApp ? '≤ 150 MB idle' : ''} | ${isApp ? verdict(memory.idle === undefined ? undefined : memory.idle <= 150) : ''} |`,
    );
  }
  if (input.boot) {
    extra.push(
      `| \`npm start\` ready (after build), existing data directory | ${input.boot.existingDataSeconds} s (it printed ${input.boot.reportedSeconds ?? '?'} s) | ≤ 15 s | ${verdict(input.boot.existingDataSeconds <= 15)} |`,
    );
    extra.push(`| \`npm start\` ready, first start (new data directory: initdb, migrations, demo data) | ${input.boot.freshDataSeconds} s | | |`);
  }
  const header = `Scale ${input.scale} (${input.volumes.residents} residents/households, ${input.volumes.ledgerEntries} ledger entries, ${input.volumes.complaints} complaints, ${input.volumes.enterprises} enterprises); ${input.durationSeconds} s per measurement, ${input.connections} connections; ${input.machine.cpus} × ${input.machine.cpuModel}, Node ${input.machine.node}, load average at the end ${input.machine.loadAverage.join(' ')}.`;
  const profileLines = Object.entries(input.profiles ?? {}).map(
    ([name, summary]) =>
      `- ${name}: ${(summary.busyMs / 1000).toFixed(1)} s of CPU — ${summary.byOwner.map((entry) => `${entry.owner} ${entry.percent}%`).join(', ')}`,
  );
  const profiles = profileLines.length === 0 ? '' : `\nCPU profiles (whole process life, self time by owner):\n\n${profileLines.join('\n')}\n`;
  const markdown = `${header}\n\n${lines.join('\n')}\n\nGrowth: the same operations at a tenth of the data and at the full data (the same run, before the creates).\n\n${growth.join('\n')}\n\n${extra.join('\n')}\n${profiles}`;
  return { markdown, text: markdown, json: { when: new Date().toISOString(), ...input } };
}
