import { Injectable } from '@nestjs/common';

/** State of a dependency the app can serve requests without (the broker: events wait in the outbox). */
export type DependencyReport = () => Promise<Record<string, unknown> & { status: 'up' | 'degraded' }>;

/**
 * Lets other libraries (messaging) report on readiness without the platform knowing them: reports are
 * shown beside the database check, which alone decides readiness.
 */
@Injectable()
export class ReadinessChecks {
  private readonly reports = new Map<string, DependencyReport>();

  report(name: string, report: DependencyReport): void {
    this.reports.set(name, report);
  }

  async dependencies(): Promise<Record<string, Awaited<ReturnType<DependencyReport>>>> {
    const entries = await Promise.all(
      [...this.reports].map(
        async ([name, report]) => [name, await report().catch((error: Error) => ({ status: 'degraded' as const, error: error.message }))] as const,
      ),
    );
    return Object.fromEntries(entries);
  }
}
