import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { LandProjectRegistered } from '#contracts';
import { buildEnvelope, defineHandler, InProcessEventTransport, MESSAGING_SCHEMA, subscriptionFor, type DeadLetter, type InboundRecord } from '#messaging';
import { openServiceDatabase } from '#platform';
import { dropTestDatabases, freshDatabaseUrl } from './support/test-env.js';

/** The consumer side's retry, rollback and dead-letter rules, on a real database with a recording broker stand-in. */
describe('event delivery', () => {
  let dataSource: DataSource;
  const deadLetters: DeadLetter[] = [];
  const transport = new (class extends InProcessEventTransport {
    override async deadLetter(letter: DeadLetter) {
      deadLetters.push(letter);
    }
  })();
  const policy = { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 40 };

  function recordFor(name: string): InboundRecord {
    const projectId = crypto.randomUUID();
    const envelope = buildEnvelope(LandProjectRegistered, projectId, {
      projectId,
      name,
      category: 'ordinary',
      requestedAreaMu: '1',
      registeredAt: new Date().toISOString(),
    });
    return { topic: LandProjectRegistered.topic, key: projectId, value: Buffer.from(JSON.stringify(envelope)), headers: {}, position: 'offset 0' };
  }

  // Each test counts the dead letters its own deliveries made.
  beforeEach(() => {
    deadLetters.length = 0;
  });

  beforeAll(async () => {
    dataSource = await openServiceDatabase({ databaseUrl: freshDatabaseUrl('delivery'), ...MESSAGING_SCHEMA });
    await dataSource.query(`CREATE TABLE applied (name text NOT NULL)`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await dropTestDatabases();
  });

  it('retries a failing handler with back-off, heartbeating, and rolls back each failed attempt', async () => {
    let attempts = 0;
    let heartbeats = 0;
    const handler = defineHandler({
      name: 'flaky',
      events: [LandProjectRegistered],
      handle: async (envelope, manager) => {
        attempts++;
        await manager.query(`INSERT INTO applied (name) VALUES ($1)`, [envelope.data.name]);
        if (attempts < 3) throw new Error(`transient failure ${attempts}`);
      },
    });
    await subscriptionFor('test', handler, dataSource, transport, policy).deliver(recordFor('flaky'), { heartbeat: async () => void heartbeats++ });
    expect(attempts).toBe(3);
    expect(heartbeats).toBeGreaterThanOrEqual(2);
    expect(await dataSource.query(`SELECT name FROM applied WHERE name = 'flaky'`)).toEqual([{ name: 'flaky' }]);
    expect(deadLetters).toHaveLength(0);
  });

  it('dead-letters an event that keeps failing, with the attempts made, and leaves no trace of it', async () => {
    const handler = defineHandler({
      name: 'broken',
      events: [LandProjectRegistered],
      handle: async (envelope, manager) => {
        await manager.query(`INSERT INTO applied (name) VALUES ($1)`, [envelope.data.name]);
        throw new Error('downstream rule rejects it');
      },
    });
    const record = recordFor('broken');
    await subscriptionFor('test', handler, dataSource, transport, policy).deliver(record, { heartbeat: async () => undefined });
    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0]).toMatchObject({ group: 'test.broken', attempts: 3, record });
    expect(deadLetters[0]!.error.message).toBe('downstream rule rejects it');
    expect(await dataSource.query(`SELECT 1 FROM applied WHERE name = 'broken'`)).toHaveLength(0);
    expect(await dataSource.query(`SELECT 1 FROM inbox WHERE consumer = 'test.broken'`)).toHaveLength(0);
  });

  it('ignores event types the handler does not take, without an inbox row', async () => {
    const handler = defineHandler({ name: 'other', events: [], handle: async () => undefined });
    await subscriptionFor('test', handler, dataSource, transport, policy).deliver(recordFor('ignored'), { heartbeat: async () => undefined });
    expect(await dataSource.query(`SELECT 1 FROM inbox WHERE consumer = 'test.other'`)).toHaveLength(0);
  });
});
