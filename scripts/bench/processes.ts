import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const repo = path.resolve(import.meta.dirname, '../../..');

/** Cleanups run last-registered first, once: on success, on failure and on Ctrl-C. */
const cleanups: { what: string; run: () => Promise<void> | void }[] = [];
export function onCleanup(what: string, run: () => Promise<void> | void): void {
  cleanups.push({ what, run });
}
let cleaning: Promise<void> | undefined;
export function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    // Holds the event loop open while children exit, whatever else has already closed.
    const keepAlive = setInterval(() => undefined, 1_000);
    for (const { what, run } of cleanups.splice(0).reverse()) {
      try {
        await run();
      } catch (error) {
        process.stderr.write(`bench: cleanup of ${what} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
    clearInterval(keepAlive);
  })();
  return cleaning;
}

export interface NodeProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** Stops with SIGTERM (the apps close gracefully), SIGKILL after a grace period. */
  stop(): Promise<void>;
}

/** A Node process with its output in a log file (a pipe read by this process would steal CPU from the load). */
export function spawnNode(name: string, script: string, env: Record<string, string>, logDir: string, nodeArgs: string[] = []): NodeProcess {
  const logFile = path.join(logDir, `${name}.log`);
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...nodeArgs, path.join(repo, script)], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', out, out],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  };
  onCleanup(name, stop);
  return { name, child, logFile, stop };
}

/** Polls a URL until it answers 200, failing early if the process exits. */
export async function waitForReady(url: string, owner: NodeProcess, timeoutMs = 180_000, accept: (body: unknown) => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (owner.child.exitCode !== null) throw new Error(`${owner.name} exited with ${owner.child.exitCode}; see ${owner.logFile}:\n${tail(owner.logFile)}`);
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok && accept(await response.json().catch(() => undefined))) return;
    if (Date.now() > deadline) throw new Error(`${owner.name} not ready at ${url} after ${timeoutMs} ms; see ${owner.logFile}:\n${tail(owner.logFile)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(-2000);
  } catch {
    return '';
  }
}

/** Resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** Starts a fresh broker with scripts/kafka/kafka.sh on the given ports; registers its stop. */
export function startKafka(port: number, controllerPort: number): void {
  const env = { ...process.env, KAFKA_PORT: String(port), KAFKA_CONTROLLER_PORT: String(controllerPort), KAFKA_RESET: '1' };
  const script = path.join(repo, 'scripts/kafka/kafka.sh');
  onCleanup('kafka', () => {
    spawnSync('bash', [script, 'stop'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  });
  const result = spawnSync('bash', [script, 'start'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('scripts/kafka/kafka.sh start failed');
}
