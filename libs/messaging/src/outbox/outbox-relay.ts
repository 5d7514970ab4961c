import { Logger } from '@nestjs/common';
import pg from 'pg';
import type { EventEnvelope } from '#contracts';
import type { EventTransport } from '../transport/event-transport.js';
import { OUTBOX_CHANNEL } from './outbox.js';

export interface OutboxRelayOptions {
  /** Safety net for missed notifications (listener reconnecting, another process's commits). */
  pollIntervalMs: number;
  batchSize: number;
  maxBackoffMs: number;
  /** Published rows are kept this long for tracing, then deleted; the broker holds the events from there. */
  publishedRetentionDays: number;
}

export const DEFAULT_RELAY_OPTIONS: OutboxRelayOptions = { pollIntervalMs: 1_000, batchSize: 200, maxBackoffMs: 30_000, publishedRetentionDays: 7 };

const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/** Serialises relays of one database (several replicas) so that events leave in commit order. */
const RELAY_LOCK_KEY = 0x7a6f6e65; // "zone"

/** `application_name` of the LISTEN connection, so that operators (and tests) can find it in pg_stat_activity. */
export const OUTBOX_LISTENER_NAME = 'zone-outbox-listener';

interface PendingRow {
  position: string;
  topic: string;
  record_key: string;
  envelope: EventEnvelope;
}

/**
 * Publishes committed outbox rows. Wakes on LISTEN/NOTIFY at commit, so events leave within milliseconds;
 * polls as a fallback; backs off while the broker is away and never drops a row.
 */
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private listener?: pg.Client;
  private pollTimer?: NodeJS.Timeout;
  private purgeTimer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private rerun = false;
  private failures = 0;
  private notBefore = 0;
  private stopped = false;
  /** Why the last attempt to publish failed; cleared by the next attempt that does not fail. */
  private lastPublishError?: string;
  private listenFailures = 0;
  private listenTimer?: NodeJS.Timeout;

  constructor(
    private readonly pool: pg.Pool,
    private readonly connectionString: string,
    private readonly transport: EventTransport,
    private readonly options: OutboxRelayOptions = DEFAULT_RELAY_OPTIONS,
  ) {}

  async start(): Promise<void> {
    await this.listen();
    this.pollTimer = setInterval(() => this.wake(), this.options.pollIntervalMs);
    this.purgeTimer = setInterval(
      () => void this.purgePublished().catch((error: Error) => this.logger.warn(`outbox purge failed: ${error.message}`)),
      PURGE_INTERVAL_MS,
    );
    this.purgeTimer.unref();
    this.wake();
  }

  /** Deletes rows published longer ago than the retention; unpublished rows are never touched. */
  async purgePublished(): Promise<number> {
    const result = await this.pool.query(`DELETE FROM outbox WHERE published_at < now() - make_interval(days => $1)`, [this.options.publishedRetentionDays]);
    return result.rowCount ?? 0;
  }

  /** Unpublished events; exported as a metric. */
  async backlog(): Promise<number> {
    const result = await this.pool.query<{ count: string }>(`SELECT count(*) FROM outbox WHERE published_at IS NULL`);
    return Number(result.rows[0]!.count);
  }

  /** Stops waking, then makes one last bounded attempt to publish what is committed. */
  async stop(flushTimeoutMs = 5_000): Promise<void> {
    this.stopped = true;
    clearInterval(this.pollTimer);
    clearInterval(this.purgeTimer);
    clearTimeout(this.listenTimer);
    await this.listener?.end().catch(() => undefined);
    this.notBefore = 0;
    const flush = (this.draining ?? Promise.resolve()).then(() => this.drain());
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([flush, new Promise((resolve) => (timer = setTimeout(resolve, flushTimeoutMs)))]);
    clearTimeout(timer);
  }

  wake(): void {
    if (this.draining) {
      this.rerun = true;
      return;
    }
    if (Date.now() < this.notBefore) return;
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.rerun && !this.stopped) {
        this.rerun = false;
        this.wake();
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while ((await this.publishBatch()) === this.options.batchSize);
      if (this.failures > 0) this.logger.log(`publishing resumed after ${this.failures} failed attempt(s)`);
      this.failures = 0;
      this.lastPublishError = undefined;
    } catch (error) {
      this.failures++;
      this.lastPublishError = (error as Error).message;
      const delay = Math.min(this.options.maxBackoffMs, 250 * 2 ** Math.min(this.failures, 10));
      this.notBefore = Date.now() + delay;
      if (this.failures === 1 || this.failures % 10 === 0) {
        this.logger.warn(`publishing failed (${(error as Error).message}); events stay in the outbox, retrying in ${delay} ms`);
      }
      setTimeout(() => this.wake(), delay).unref();
    }
  }

  /** Publishes one batch inside a transaction that marks it sent only after the broker acknowledged it. */
  private async publishBatch(): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const lock = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [RELAY_LOCK_KEY]);
      if (!lock.rows[0]!.locked) {
        await client.query('ROLLBACK');
        return 0;
      }
      const pending = await client.query<PendingRow>(
        `SELECT position, topic, record_key, envelope FROM outbox WHERE published_at IS NULL ORDER BY position LIMIT $1`,
        [this.options.batchSize],
      );
      if (pending.rows.length === 0) {
        await client.query('COMMIT');
        return 0;
      }
      const positions = pending.rows.map((row) => row.position);
      try {
        await this.transport.publish(pending.rows.map((row) => ({ topic: row.topic, key: row.record_key, envelope: row.envelope })));
      } catch (error) {
        await client.query(`UPDATE outbox SET publish_attempts = publish_attempts + 1, last_error = $2 WHERE position = ANY($1::bigint[])`, [
          positions,
          (error as Error).message.slice(0, 1000),
        ]);
        await client.query('COMMIT');
        throw error;
      }
      await client.query(
        `UPDATE outbox SET published_at = now(), publish_attempts = publish_attempts + 1, last_error = NULL WHERE position = ANY($1::bigint[])`,
        [positions],
      );
      await client.query('COMMIT');
      return positions.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  get publishError(): string | undefined {
    return this.lastPublishError;
  }

  /** Whether the LISTEN connection is up; while it is not, the poll alone wakes the relay. */
  get listening(): boolean {
    return this.listener !== undefined;
  }

  /**
   * Opens the one LISTEN connection. On loss node-postgres may emit `error` and `end` several times for
   * the same client, so only the current client's first signal counts: it is closed and exactly one
   * reconnect is scheduled, with back-off while the database stays away.
   */
  private async listen(): Promise<void> {
    const listener = new pg.Client({ connectionString: this.connectionString, application_name: OUTBOX_LISTENER_NAME });
    let lost = false;
    const onLoss = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (this.listener === listener) this.listener = undefined;
      void listener.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn(`outbox listener lost (${error?.message ?? 'connection ended'}); polling until it is back`);
      this.scheduleListen();
    };
    listener.on('notification', () => this.wake());
    listener.on('error', onLoss);
    listener.on('end', () => onLoss());
    try {
      await listener.connect();
      await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      lost = true;
      await listener.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) {
      lost = true;
      await listener.end().catch(() => undefined);
      return;
    }
    this.listener = listener;
    this.listenFailures = 0;
    // Commits made while the listener was away sent their notifications to no one.
    this.wake();
  }

  private scheduleListen(): void {
    const delay = Math.min(this.options.maxBackoffMs, 500 * 2 ** Math.min(this.listenFailures, 6));
    this.listenFailures++;
    this.listenTimer = setTimeout(() => {
      this.listenTimer = undefined;
      if (this.stopped) return;
      this.listen().catch((error: Error) => {
        if (this.listenFailures === 1 || this.listenFailures % 10 === 0) this.logger.warn(`outbox listener cannot reconnect yet (${error.message})`);
        if (!this.stopped) this.scheduleListen();
      });
    }, delay);
    this.listenTimer.unref();
  }
}
