import type { ServiceName } from '#contracts';

export type UpstreamStatus = { status: 'up' } | { status: 'down'; reason: string };

/** Asks every service for its own readiness, reported beside the gateway's own. */
export async function upstreamReadiness(upstreams: Record<ServiceName, string>, timeoutMs = 2_000): Promise<Record<string, UpstreamStatus>> {
  const entries = await Promise.all(
    Object.entries(upstreams).map(async ([service, base]): Promise<[string, UpstreamStatus]> => {
      try {
        const response = await fetch(`${base}/health/ready`, { signal: AbortSignal.timeout(timeoutMs) });
        return [service, response.ok ? { status: 'up' } : { status: 'down', reason: `readiness answered ${response.status}` }];
      } catch (error) {
        return [service, { status: 'down', reason: (error as Error).name === 'TimeoutError' ? 'timed out' : 'not reachable' }];
      }
    }),
  );
  return Object.fromEntries(entries);
}
