import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EnvReader } from '#platform';
import { COMPLAINT_CATEGORIES } from '../../apps/supervision/src/complaints/complaint-rules.js';
import { freePort } from '../lib/free-port.js';
import { provideLocalPostgres } from '../lib/local-postgres.js';
import { seedDemoData } from '../lib/demo-data.js';
import { measure, sequential } from './load.js';
import { measureBoot, measureEventLag, residentsOf, unlimitedAward, waitForEventsDelivered } from './measurements.js';
import { startPlatform } from './platform.js';
import { summariseProfile } from './profile-summary.js';
import { cleanUp, onCleanup, repo, rssMb, spawnNode, startKafka, waitForReady, type NodeProcess } from './processes.js';
import { buildReport, machine, type DataSize, type Scenario, type ScenarioResult, type Target } from './report.js';
import {
  NOTHING_SEEDED,
  seedApprovedBatches,
  seedCredit,
  seedLandProjects,
  seedParty,
  seedSupervision,
  volumesFor,
  type SeedRound,
  type SeedVolumes,
} from './seed.js';

/**
 * `npm run bench`: the platform as production runs it (one process per app, PostgreSQL, Kafka) against a bare
 * Fastify + pg server doing the same durable work; see docs/benchmarks.md. Everything it starts or creates is
 * removed at the end, on failure and on Ctrl-C.
 */

const env = new EnvReader(process.env);
const scale = Number(env.string('BENCH_SCALE', '1'));
const durationSeconds = env.int('BENCH_DURATION', 10, { min: 1, max: 600 });
const logLevel = env.string('BENCH_LOG_LEVEL', 'log');
const profile = env.string('BENCH_PROFILE', '') === '1';
const connections = env.int('BENCH_CONNECTIONS', 10, { min: 1, max: 1000 });
const lagRate = env.int('BENCH_EVENT_RATE', 200, { min: 1, max: 5000 });
// Only the growth comparison (statistics and dashboard at a tenth of the data and at the full data): a few minutes.
const growthOnly = env.string('BENCH_ONLY', 'all') === 'growth';
env.assertValid('npm run bench');
if (!(scale > 0 && scale <= 10)) throw new Error('BENCH_SCALE must be a number in (0, 10]');

const startedAt = Date.now();
const progress = (message: string) => process.stdout.write(`• [${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

let interrupted = false;
/**
 * Ctrl-C and SIGTERM clean up before exiting. Libraries imported here (and the embedded PostgreSQL) install
 * listeners that exit at once, which would orphan the apps and the broker: this one replaces them.
 */
function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => {
      interrupted = true;
      progress(`${signal}: cleaning up`);
      void cleanUp().then(() => process.exit(130));
    });
  }
}
cleanUpOnSignals();

async function main(): Promise<void> {
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'zone-bench-'));
  progress(`scale ${scale}, ${durationSeconds} s per measurement, ${connections} connections; app logs in ${logDir}`);
  progress('PostgreSQL: the local server (DATABASE_URL/TEST_DATABASE_URL or 127.0.0.1:5432), else an embedded one');
  const postgres = await provideLocalPostgres(repo, 'bench-postgres', process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL);
  if (postgres.embedded) onCleanup('embedded PostgreSQL', () => postgres.embedded!.stop());
  cleanUpOnSignals();
  const kafkaPort = await freePort();
  const controllerPort = await freePort();
  progress(`Kafka: starting a fresh broker on 127.0.0.1:${kafkaPort} (scripts/kafka/kafka.sh)`);
  startKafka(kafkaPort, controllerPort);
  progress('starting gateway, credit, supervision, land and party, one process each');
  const platform = await startPlatform({
    adminUrl: postgres.url,
    kafkaBrokers: `127.0.0.1:${kafkaPort}`,
    logDir,
    logLevel,
    profileDir: profile ? logDir : undefined,
  });
  const apps: Record<string, NodeProcess> = { ...platform.processes };
  const rss: Record<string, { idle?: number; load?: number }> = {};
  const sampleRss = (phase: 'idle' | 'load') => {
    for (const [name, app] of Object.entries(apps)) {
      const mb = rssMb(app.child.pid);
      const entry = (rss[name] ??= {});
      if (mb !== undefined) entry[phase] = Math.max(entry[phase] ?? 0, mb);
    }
  };
  progress('loading demo data through the gateway (communities, indicators, units, merchants, goods …)');
  await seedDemoData(platform.gatewayUrl, platform.privateKeyPem, platform.auth);
  // Statistics and the dashboard are measured at a tenth of the volumes first, then again grown to the full ones.
  const tenth = volumesFor(scale / 10);
  const volumes = volumesFor(scale);
  const smallLand = Math.round(500 * scale);
  const largeLand = Math.round(5_000 * scale);
  const seed = async (round: SeedRound, landProjects: number) => {
    const { to } = round;
    progress(
      `seeding with bulk SQL up to ${to.residents} residents/households, ${to.ledgerEntries} ledger entries, ${to.complaints} complaints, ${to.enterprises} enterprises, ${to.approvedBatches} approved batches, ${landProjects} land projects`,
    );
    const seedStart = Date.now();
    await seedCredit(platform.databaseUrls.credit, round);
    await seedSupervision(platform.databaseUrls.supervision, round, COMPLAINT_CATEGORIES);
    await seedParty(platform.databaseUrls.party, round);
    await seedLandProjects(platform.databaseUrls.land, platform.databaseUrls.supervision, landProjects);
    await seedApprovedBatches(platform.databaseUrls.land, round);
    progress(`seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);
  };
  await seed({ from: NOTHING_SEEDED, to: tenth }, smallLand);

  progress('starting the bare Fastify + pg baseline');
  const barePort = await freePort();
  const bare = spawnNode(
    'bare',
    'dist/scripts/bench/bare-server.js',
    {
      PORT: String(barePort),
      CREDIT_DATABASE_URL: platform.databaseUrls.credit,
      LAND_DATABASE_URL: platform.databaseUrls.land,
      SUPERVISION_DATABASE_URL: platform.databaseUrls.supervision,
      PARTY_DATABASE_URL: platform.databaseUrls.party,
    },
    logDir,
    profile ? ['--cpu-prof', `--cpu-prof-dir=${logDir}`, '--cpu-prof-name=bare.cpuprofile'] : [],
  );
  const bareUrl = `http://127.0.0.1:${barePort}`;
  await waitForReady(`${bareUrl}/health`, bare);
  apps.bare = bare;
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  sampleRss('idle');

  const tokens = {
    creditStaff: await platform.token(['credit-staff']),
    landStaff: await platform.token(['land-staff']),
    leadership: await platform.token(['leadership']),
    partyCommittee: await platform.token(['party-committee']),
  };
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const rows: ScenarioResult[] = [];
  const sampler = setInterval(() => sampleRss('load'), 500);
  const run = async (scenario: Scenario) => {
    const result: ScenarioResult = { ...scenario.describe, results: {} };
    for (const target of scenario.targets) {
      if (interrupted) return;
      progress(`${scenario.describe.name} — ${target}`);
      const base = target === 'gateway' ? platform.gatewayUrl : target === 'direct' ? platform.serviceUrls[scenario.service] : bareUrl;
      result.results[target] = scenario.sequential
        ? await sequential(`${base}${scenario.request.path}`, scenario.request.headers ?? {}, durationSeconds)
        : await measure(base, scenario.request, durationSeconds, connections);
    }
    rows.push(result);
  };
  const all: Target[] = ['gateway', 'direct', 'bare'];
  const platformOnly: Target[] = ['gateway', 'direct'];

  /** Every statistics operation, named with the volumes seeded so far. */
  const statistics = (seeded: SeedVolumes): Scenario[] => [
    {
      describe: { name: `redemption statistics (${seeded.residents} households)`, kind: 'statistics', operation: 'creditGetRedemptionStatistics' },
      service: 'credit',
      targets: all,
      request: { path: '/api/v1/credit/redemption-statistics', headers: auth(tokens.creditStaff) },
    },
    {
      describe: { name: `benefit statistics (${seeded.benefitUses} uses)`, kind: 'statistics', operation: 'creditGetBenefitStatistics' },
      service: 'credit',
      targets: all,
      request: { path: '/api/v1/credit/benefit-statistics', headers: auth(tokens.creditStaff) },
    },
    {
      describe: { name: `rating level statistics (${seeded.residents} households)`, kind: 'statistics', operation: 'creditGetRatingLevelStatistics' },
      service: 'credit',
      targets: all,
      request: { path: '/api/v1/credit/rating-level-statistics', headers: auth(tokens.creditStaff) },
    },
    {
      describe: { name: `land approval statistics (${seeded.approvedBatches} batches)`, kind: 'statistics', operation: 'landGetApprovalStatistics' },
      service: 'land',
      targets: all,
      request: { path: '/api/v1/land/statistics/approvals' },
    },
    {
      describe: { name: 'land meeting statistics (demo meetings)', kind: 'statistics', operation: 'landGetMeetingStatistics' },
      service: 'land',
      targets: all,
      request: { path: '/api/v1/land/statistics/meetings', headers: auth(tokens.landStaff) },
    },
    {
      describe: { name: `complaint statistics (${seeded.complaints} complaints)`, kind: 'statistics', operation: 'supervisionComplaintStatistics' },
      service: 'supervision',
      targets: all,
      request: { path: '/api/v1/supervision/complaints/statistics' },
    },
    {
      describe: { name: `party entity statistics (${seeded.enterprises} surveyed enterprises)`, kind: 'statistics', operation: 'partyGetEntityStatistics' },
      service: 'party',
      targets: all,
      request: { path: '/api/v1/party/statistics/entities', headers: auth(tokens.partyCommittee) },
    },
    {
      describe: {
        name: `party coverage statistics (${seeded.enterprises} surveyed enterprises)`,
        kind: 'statistics',
        operation: 'partyGetCoverageStatistics',
      },
      service: 'party',
      targets: all,
      request: { path: '/api/v1/party/statistics/coverage', headers: auth(tokens.partyCommittee) },
    },
  ];
  const dashboard = (projects: number, size: DataSize): Scenario => ({
    describe: { name: `land dashboard, ${projects} projects (one client)`, kind: 'dashboard', operation: 'landGetDashboard', projects, size },
    service: 'land',
    targets: platformOnly,
    sequential: true,
    request: { path: '/api/v1/land/dashboard', headers: auth(tokens.leadership) },
  });
  /** Each statistics operation as one client sees it (sequential requests, p50) at a data size: the growth comparison. */
  const statisticsAt = (seeded: SeedVolumes, size: DataSize): Scenario[] =>
    statistics(seeded)
      // The meeting statistics read the demo meetings only: the seed does not grow them.
      .filter((scenario) => scenario.describe.operation !== 'landGetMeetingStatistics')
      .map((scenario) => ({
        ...scenario,
        describe: { ...scenario.describe, name: `${scenario.describe.name} (one client)`, size },
        targets: ['direct'],
        sequential: true,
      }));

  // Before the creates below add rows: everything that should stay flat, at a tenth of the data and then at the full size.
  await run(dashboard(smallLand, 'tenth'));
  for (const scenario of statisticsAt(tenth, 'tenth')) await run(scenario);
  await seed({ from: tenth, to: volumes }, largeLand);
  await run(dashboard(largeLand, 'full'));
  for (const scenario of statisticsAt(volumes, 'full')) await run(scenario);

  /** Lists, statistics and creates under concurrent load against the baseline, then the event lag. */
  const underLoad = async () => {
    const reads: Scenario[] = [
      {
        describe: { name: 'public list: GET /credit/indicators?limit=20', kind: 'read', operation: 'creditListIndicators' },
        service: 'credit',
        targets: all,
        request: { path: '/api/v1/credit/indicators?limit=20' },
      },
      {
        describe: { name: 'authenticated 100-item list: GET /credit/ledger-entries?limit=100', kind: 'read', operation: 'creditListLedgerEntries' },
        service: 'credit',
        targets: all,
        request: { path: '/api/v1/credit/ledger-entries?limit=100', headers: auth(tokens.creditStaff) },
      },
      ...statistics(volumes),
    ];
    for (const scenario of reads) await run(scenario);

    const residentIds = await residentsOf(platform.databaseUrls.credit);
    const indicatorCode = await unlimitedAward(platform.databaseUrls.credit);
    let sequence = 0;
    const unique = () => `${Date.now().toString(36)}-${(sequence++).toString(36)}`;
    const writes: Scenario[] = [
      {
        describe: { name: 'create: POST /land/projects', kind: 'write', operation: 'landRegisterProject' },
        service: 'land',
        targets: all,
        request: {
          method: 'POST',
          path: '/api/v1/land/projects',
          headers: auth(tokens.landStaff),
          fresh: () => ({
            headers: { 'idempotency-key': randomUUID() },
            body: JSON.stringify({ name: `基准新建项目 ${unique()}`, category: 'provincial-key', requestedAreaMu: '12.5000' }),
          }),
        },
      },
      {
        describe: { name: `create: POST /credit/ledger-entries (award ${indicatorCode})`, kind: 'write', operation: 'creditCreateLedgerEntry' },
        service: 'credit',
        targets: all,
        request: {
          method: 'POST',
          path: '/api/v1/credit/ledger-entries',
          headers: auth(tokens.creditStaff),
          fresh: () => ({
            headers: { 'idempotency-key': randomUUID() },
            body: JSON.stringify({ residentId: residentIds[sequence++ % residentIds.length], indicatorCode, reason: `基准测试 ${unique()}` }),
          }),
        },
      },
      {
        describe: { name: 'create: POST /supervision/complaints (anonymous)', kind: 'write', operation: 'supervisionFileComplaint' },
        service: 'supervision',
        targets: all,
        request: {
          method: 'POST',
          path: '/api/v1/supervision/complaints',
          fresh: () => ({
            headers: { 'idempotency-key': randomUUID() },
            body: JSON.stringify({ category: 'village-affairs', content: `村务公开栏长期未更新 ${unique()}`, anonymous: true }),
          }),
        },
      },
    ];
    for (const scenario of writes) await run(scenario);

    progress('waiting until every outbox is published and supervision holds every land project');
    if (!interrupted) await waitForEventsDelivered(platform.databaseUrls);
    progress(`event lag: ${lagRate} land projects/s for ${durationSeconds} s through the gateway, until supervision's read model has them all`);
    return interrupted ? undefined : await measureEventLag(platform, tokens.landStaff, lagRate, durationSeconds);
  };
  const lag = growthOnly ? undefined : await underLoad();
  clearInterval(sampler);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const afterLoad: Record<string, number | undefined> = Object.fromEntries(Object.entries(apps).map(([name, app]) => [name, rssMb(app.child.pid)]));

  progress('stopping the platform, the baseline and the broker');
  await cleanUp();
  progress('npm start boot time: start-embedded on a fresh data directory, then again on the same one');
  const boot =
    interrupted || growthOnly
      ? undefined
      : await measureBoot(logDir).catch((error: unknown) => {
          progress(`boot measurement failed: ${error instanceof Error ? error.message : String(error)}`);
          return undefined;
        });

  const profiles = profile ? profileSummaries(logDir, Object.keys(apps)) : undefined;
  const report = buildReport({ scale, durationSeconds, connections, volumes, rows, rss, afterLoad, lag, boot, profiles, machine: machine() });
  process.stdout.write(`\n${report.text}\n`);
  const outDir = path.join(repo, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(path.join(outDir, `${stamp}.json`), `${JSON.stringify(report.json, null, 2)}\n`);
  writeFileSync(path.join(outDir, `${stamp}.md`), report.markdown);
  writeFileSync(path.join(outDir, 'latest.md'), report.markdown);
  progress(`wrote bench-results/${stamp}.json and .md (and latest.md)`);
  // The apps' logs (an access line per request) are kept only when asked for, or with the profiles.
  if (profile || process.env.BENCH_KEEP_LOGS === '1') progress(`logs and profiles kept in ${logDir}`);
  else rmSync(logDir, { recursive: true, force: true });
}

function profileSummaries(logDir: string, names: string[]) {
  return Object.fromEntries(
    names.flatMap((name) => {
      const file = path.join(logDir, `${name}.cpuprofile`);
      return existsSync(file) ? [[name, summariseProfile(file)] as const] : [];
    }),
  );
}

let failed = false;
try {
  await main();
} catch (error) {
  if (!interrupted) process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  failed = true;
} finally {
  if (!interrupted) {
    progress('cleaning up (apps, broker, databases)');
    await cleanUp();
    process.exit(failed ? 1 : 0);
  }
}
