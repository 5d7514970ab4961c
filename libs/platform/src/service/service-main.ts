import { Logger } from '@nestjs/common';
import { loadServiceConfig, type ServiceConfig } from '../config/service-config.js';
import { JsonLogger } from '../logging/json-logger.js';
import { closeOnSignals, configOrExit } from './process-lifecycle.js';
import { startServiceApp } from './service-app.js';
import { startTracing } from '../tracing/otlp.js';
import type { ServiceDefinition, ServicePlugin } from './service-definition.js';

/**
 * Entry point of a service process: configuration from the environment (a bad variable stops the start with
 * its name), then listen, then on SIGTERM/SIGINT stop taking requests, finish in-flight work and exit.
 */
export async function runServiceMain(definition: ServiceDefinition, pluginsFor: (config: ServiceConfig) => ServicePlugin[]): Promise<void> {
  const config = configOrExit(() => loadServiceConfig(definition.name, process.env));
  const jsonLogger = new JsonLogger(config.service, config.logLevel);
  // Before the plugins exist, so that what they log while starting is JSON too.
  Logger.overrideLogger(jsonLogger);
  const flushTraces = startTracing(definition.name);
  const app = await startServiceApp(definition, config, { plugins: pluginsFor(config), logger: jsonLogger });
  // The bound address, not the configured one: with PORT=0 the system picks the port.
  new Logger('Main').log(`${definition.name} listening on ${await app.getUrl()}`);
  closeOnSignals(app, flushTraces);
}
