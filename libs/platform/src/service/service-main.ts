import { Logger } from '@nestjs/common';
import { ConfigError } from '../config/env-reader.js';
import { JsonLogger } from '../logging/json-logger.js';
import { loadServiceConfig, type ServiceConfig } from '../config/service-config.js';
import { startServiceApp } from './service-app.js';
import type { ServiceDefinition, ServicePlugin } from './service-definition.js';

/**
 * Entry point of a service process: configuration from the environment (a bad variable stops the start with
 * its name), then listen, then on SIGTERM/SIGINT stop taking requests, finish in-flight work and exit.
 */
export async function runServiceMain(definition: ServiceDefinition, pluginsFor: (config: ServiceConfig) => ServicePlugin[]): Promise<void> {
  let config: ServiceConfig;
  try {
    config = loadServiceConfig(definition.name, process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  const jsonLogger = new JsonLogger(config.service, config.logLevel);
  // Before the plugins exist, so that what they log while starting is JSON too.
  Logger.overrideLogger(jsonLogger);
  const app = await startServiceApp(definition, config, { plugins: pluginsFor(config), logger: jsonLogger });
  const logger = new Logger('Main');
  logger.log(`${definition.name} listening on http://${config.host}:${config.port}`);
  let closing = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (closing) return;
      closing = true;
      logger.log(`${signal} received; shutting down`);
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error(error instanceof Error ? error : String(error));
          process.exit(1);
        },
      );
    });
  }
}
