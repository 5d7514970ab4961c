import { Logger, type INestApplicationContext } from '@nestjs/common';
import { ConfigError } from '../config/env-reader.js';

/** Loads configuration, or ends the process naming every bad variable (exit 78, EX_CONFIG). */
export function configOrExit<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
}

/**
 * On SIGTERM/SIGINT: stop taking requests, finish in-flight work (app.close runs every shutdown hook),
 * run `afterClose` (flushing the last trace spans), exit.
 */
export function closeOnSignals(app: INestApplicationContext, afterClose: () => Promise<void> = async () => undefined): void {
  const logger = new Logger('Main');
  let closing = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (closing) return;
      closing = true;
      logger.log(`${signal} received; shutting down`);
      app
        .close()
        .then(afterClose)
        .then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error(error instanceof Error ? error : String(error));
            process.exit(1);
          },
        );
    });
  }
}
