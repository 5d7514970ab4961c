import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { provideLocalPostgres } from './lib/local-postgres.js';

/**
 * `npm test`: brings up what the tests need — PostgreSQL (the local server if one answers, else an embedded
 * one) and a real Kafka broker from the project's script — runs every suite, then the deadline-heavy suites again
 * with the platform clock moved (PLATFORM_CLOCK), and tears down what it started.
 */
const repo = path.resolve(import.meta.dirname, '../..');
const kafkaScript = path.join(repo, 'scripts/kafka/kafka.sh');
const progress = (message: string) => process.stdout.write(`[test] ${message}\n`);

const kafkaEnv = {
  ...process.env,
  KAFKA_PORT: process.env.TEST_KAFKA_PORT ?? '39092',
  KAFKA_CONTROLLER_PORT: process.env.TEST_KAFKA_CONTROLLER_PORT ?? '39093',
  KAFKA_RESET: '1',
};

function kafka(command: 'start' | 'stop'): void {
  const result = spawnSync('bash', [kafkaScript, command], { env: kafkaEnv, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`kafka ${command} failed`);
}

/**
 * The suites whose outcome turns on today's date, run again with the whole platform's clock set: to a day whose
 * deadlines reach a year without its State Council notice (provisional), and to a day years ahead of the data.
 */
const CLOCK_RUNS = ['2027-12-29T10:00:00+08:00', '2031-06-30T10:00:00+08:00'];
const DEADLINE_SUITES = [
  'test/supervision-complaints.e2e-spec.ts',
  'test/supervision-spot-checks.e2e-spec.ts',
  'test/credit-appeals.e2e-spec.ts',
  'test/party-members.e2e-spec.ts',
  'test/land-schedule.e2e-spec.ts',
  'test/land-batches.e2e-spec.ts',
  'test/working-calendar.e2e-spec.ts',
];

const E2E_WORKER_MEMORY_LIMIT = '1500MB';

function jest(project: 'unit' | 'e2e', env: NodeJS.ProcessEnv, resultsFile: string, selection: string[]): number {
  const args = [
    '--experimental-vm-modules',
    path.join(repo, 'node_modules/jest/bin/jest.js'),
    '--selectProjects',
    project,
    '--json',
    `--outputFile=${resultsFile}`,
  ];
  // One file at a time (they share the broker), in one worker process that is replaced once it holds more than
  // E2E_WORKER_MEMORY_LIMIT after a file: every file loads the whole platform again, and in a single process
  // the module graphs of fifty files pile up until garbage collection takes all the time.
  // --forceExit: after a consumer crash during a broker outage kafkajs keeps a retry timer alive that no
  // disconnect() clears; service processes exit explicitly, the test process needs the same.
  if (project === 'e2e') args.push('--maxWorkers=1', `--workerIdleMemoryLimit=${E2E_WORKER_MEMORY_LIMIT}`, '--testTimeout=120000', '--forceExit');
  args.push(...selection);
  return spawnSync(process.execPath, args, { cwd: repo, env: { ...env, NODE_NO_WARNINGS: '1' }, stdio: 'inherit' }).status ?? 1;
}

function counts(resultsFile: string): { passed: number; failed: number; skipped: number } {
  if (!existsSync(resultsFile)) return { passed: 0, failed: 1, skipped: 0 };
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numRuntimeErrorTestSuites: number;
  };
  return { passed: results.numPassedTests, failed: results.numFailedTests + results.numRuntimeErrorTestSuites, skipped: results.numPendingTests };
}

const startedAt = Date.now();
const postgres = await provideLocalPostgres(repo, 'test-postgres');
progress(postgres.embedded ? 'PostgreSQL: none answering; started an embedded server' : `PostgreSQL: using ${postgres.url.replace(/:[^:@/]*@/, ':***@')}`);
progress(`Kafka: starting a broker on 127.0.0.1:${kafkaEnv.KAFKA_PORT}`);
kafka('start');
const env = {
  ...process.env,
  TEST_DATABASE_URL: postgres.url,
  TEST_KAFKA_BROKERS: `127.0.0.1:${kafkaEnv.KAFKA_PORT}`,
  TEST_KAFKA_PORT: kafkaEnv.KAFKA_PORT,
  TEST_KAFKA_CONTROLLER_PORT: kafkaEnv.KAFKA_CONTROLLER_PORT,
};
const total = { passed: 0, failed: 0, skipped: 0 };
// Arguments select tests (npm test -- <pattern>); the clock runs are part of a full run only.
const selection = process.argv.slice(2);
const runs: { name: string; project: 'unit' | 'e2e'; env: NodeJS.ProcessEnv; selection: string[] }[] = [
  { name: 'unit', project: 'unit', env, selection },
  { name: 'e2e', project: 'e2e', env, selection },
  ...(selection.length > 0
    ? []
    : CLOCK_RUNS.map((clock, index) => ({
        name: `e2e-clock-${index + 1}`,
        project: 'e2e' as const,
        env: { ...env, PLATFORM_CLOCK: clock },
        selection: ['--runTestsByPath', ...DEADLINE_SUITES],
      }))),
];
try {
  for (const run of runs) {
    progress(`running ${run.name} tests${run.env.PLATFORM_CLOCK === undefined ? '' : ` with PLATFORM_CLOCK=${run.env.PLATFORM_CLOCK}`}`);
    const resultsFile = path.join(repo, `.data/jest-${run.name}.json`);
    mkdirSync(path.dirname(resultsFile), { recursive: true });
    rmSync(resultsFile, { force: true });
    const status = jest(run.project, run.env, resultsFile, run.selection);
    const result = counts(resultsFile);
    if (status !== 0 && result.failed === 0) result.failed = 1;
    total.passed += result.passed;
    total.failed += result.failed;
    total.skipped += result.skipped;
  }
} finally {
  progress('stopping Kafka');
  kafka('stop');
  await postgres.embedded?.stop();
}
progress(`finished in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
process.stdout.write(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
process.exit(total.failed === 0 ? 0 : 1);
