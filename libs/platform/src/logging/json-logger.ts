import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/service-config.js';
import { currentRequestContext } from '../context/request-context.js';

/** Nest's level names, ranked as pino ranks its own (higher is more severe). */
const LEVEL_VALUES: Readonly<Record<LogLevel, number>> = { error: 50, warn: 40, log: 30, debug: 20, verbose: 10 };

/**
 * Nest's logger written by pino: one JSON object per line (stdout unless a destination is given) with
 * `time`, `level`, `app`, `context` (the logger's name), `requestId` of the request being served and `msg`.
 */
export class JsonLogger implements LoggerService {
  private readonly pino: Logger<LogLevel, true>;

  constructor(app: string, level: LogLevel = 'log', destination?: DestinationStream) {
    this.pino = pino<LogLevel, true>(
      {
        level,
        customLevels: LEVEL_VALUES,
        useOnlyCustomLevels: true,
        base: { app },
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        mixin: () => ({ requestId: currentRequestContext()?.requestId }),
      },
      // Synchronous to stdout: a line written before a crash or SIGKILL is not lost in a buffer.
      destination ?? pino.destination({ dest: 1, sync: true }),
    );
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.emit('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.emit('verbose', message, rest);
  }

  private emit(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    // Nest passes the context (logger name) last, and for errors the stack before it.
    const args = [...rest];
    const fields: Record<string, unknown> = { context: typeof args.at(-1) === 'string' ? args.pop() : undefined };
    let msg: string | undefined;
    if (message instanceof Error) {
      msg = message.message;
      fields.stack = message.stack;
    } else if (typeof message === 'object' && message !== null) {
      Object.assign(fields, message);
    } else {
      msg = String(message);
    }
    if (level === 'error' && typeof args[0] === 'string') fields.stack = args.shift();
    if (args.length > 0) fields.details = args;
    this.pino[level](fields, msg);
  }
}
