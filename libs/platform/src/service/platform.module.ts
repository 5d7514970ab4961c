import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { AuthGuard, TOKEN_VERIFIER } from '../auth/auth.guard.js';
import { TokenVerifier } from '../auth/token-verifier.js';
import type { ServiceConfig } from '../config/service-config.js';
import { ReadinessChecks } from '../health/readiness.js';
import { Metrics } from '../metrics/metrics.js';
import { DEFAULT_METRICS_ACCESS, MetricsAccess } from '../metrics/metrics-access.js';
import { PiiCipher } from '../pii/pii-cipher.js';
import { ProblemFilter } from '../problem/problem.filter.js';
import { createValidationPipe } from '../problem/validation.pipe.js';

export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

/** Cross-cutting providers every service gets: config, identity, personal-data cipher, errors, validation, health, metrics. */
@Module({})
export class PlatformModule {
  static forService(config: ServiceConfig): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      // Readiness failures answer 503 to whoever asks; logging each probe would only add noise.
      imports: [TerminusModule.forRoot({ logger: false })],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: TOKEN_VERIFIER, useValue: new TokenVerifier(config.auth) },
        { provide: PiiCipher, useValue: new PiiCipher(config.pii.encryptionKey, config.pii.hashKey) },
        { provide: Metrics, useValue: new Metrics(config.service) },
        { provide: MetricsAccess, useValue: new MetricsAccess(config.metrics ?? DEFAULT_METRICS_ACCESS) },
        ReadinessChecks,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [SERVICE_CONFIG, TOKEN_VERIFIER, PiiCipher, Metrics, MetricsAccess, ReadinessChecks, TerminusModule],
    };
  }
}
