import { Injectable } from '@nestjs/common';
import type { HealthIndicatorResult } from '@nestjs/terminus';

export type ReadinessCheck = () => Promise<HealthIndicatorResult>;

/** State of a dependency the app can serve requests without (the broker: events wait in the outbox). */
export type DependencyReport = () => Promise<Record<string, unknown> & { status: 'up' | 'degraded' }>;

/**
 * Lets other libraries (messaging) add to readiness without the platform knowing them: checks decide
 * readiness, reports are shown beside it and never make the app unready.
 */
@Injectable()
export class ReadinessChecks {
  private readonly checks: ReadinessCheck[] = [];
  private readonly reports = new Map<string, DependencyReport>();

  add(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  report(name: string, report: DependencyReport): void {
    this.reports.set(name, report);
  }

  all(): ReadinessCheck[] {
    return [...this.checks];
  }

  async dependencies(): Promise<Record<string, Awaited<ReturnType<DependencyReport>>>> {
    const entries = await Promise.all(
      [...this.reports].map(async ([name, report]) => [name, await report().catch((error: Error) => ({ status: 'degraded' as const, error: error.message }))] as const),
    );
    return Object.fromEntries(entries);
  }
}
