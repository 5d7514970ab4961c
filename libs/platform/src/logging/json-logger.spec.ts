import { describe, expect, it } from '@jest/globals';
import { runWithRequestContext } from '../context/request-context.js';
import { JsonLogger } from './json-logger.js';

function capture(level?: ConstructorParameters<typeof JsonLogger>[1]) {
  const lines: Record<string, unknown>[] = [];
  const logger = new JsonLogger('land', level, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

describe('JsonLogger', () => {
  it('writes one JSON object per line with the app, level, logger name and the request id being served', () => {
    const { logger, lines } = capture();
    runWithRequestContext({ requestId: 'req-00000001' }, () => logger.log('batch submitted', 'Batches'));
    expect(lines).toEqual([
      { time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), level: 'log', app: 'land', requestId: 'req-00000001', context: 'Batches', msg: 'batch submitted' },
    ]);
  });

  it('has no request id outside a request', () => {
    const { logger, lines } = capture();
    logger.warn('starting');
    expect(lines[0]).not.toHaveProperty('requestId');
    expect(lines[0]).toMatchObject({ level: 'warn', msg: 'starting' });
  });

  it('takes an error stack passed before the context, and spreads an object message into the line', () => {
    const { logger, lines } = capture();
    logger.error('relay failed', 'Error: boom\n    at x', 'OutboxRelay');
    logger.log({ event: 'started', port: 3001 }, 'Main');
    logger.error(new Error('broken'));
    expect(lines[0]).toMatchObject({ level: 'error', msg: 'relay failed', stack: 'Error: boom\n    at x', context: 'OutboxRelay' });
    expect(lines[1]).toMatchObject({ level: 'log', event: 'started', port: 3001, context: 'Main' });
    expect(lines[2]).toMatchObject({ level: 'error', msg: 'broken', stack: expect.stringContaining('Error: broken') });
  });

  it('keeps arguments beyond the context as details', () => {
    const { logger, lines } = capture();
    logger.log('retrying', 3, 'Kafka');
    expect(lines[0]).toMatchObject({ msg: 'retrying', details: [3], context: 'Kafka' });
  });

  it('drops lines below the configured level', () => {
    const { logger, lines } = capture('warn');
    logger.log('routine');
    logger.debug('detail');
    logger.error('failure');
    expect(lines.map((line) => line.level)).toEqual(['error']);
  });
});
