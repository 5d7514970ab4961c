import type { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { ServiceName } from '#contracts';

/** How long an instance that refused a connection or failed its readiness probe is passed over. */
const DOWN_FOR_MS = 5_000;
const PROBE_INTERVAL_MS = 5_000;
const PROBE_TIMEOUT_MS = 2_000;

export type InstanceStatus = { url: string; status: 'up' } | { url: string; status: 'down'; reason: string };

interface Instance {
  url: string;
  downUntil: number;
  reason?: string;
}

/**
 * The instances of each service (`<SERVICE>_SERVICE_URL` may list several): requests go round-robin
 * over those that answer; an instance that refuses a connection or fails its readiness probe is passed
 * over for a few seconds. When every instance looks down, they are all tried anyway: the probe may be stale.
 */
export class UpstreamPool implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly instances: Record<string, Instance[]>;
  private readonly next: Record<string, number> = {};
  private probeTimer?: NodeJS.Timeout;
  private lastProbe?: { at: number; statuses: Promise<Record<string, InstanceStatus[]>> };

  constructor(upstreams: Record<ServiceName, string[]>) {
    this.instances = Object.fromEntries(Object.entries(upstreams).map(([service, urls]) => [service, urls.map((url) => ({ url, downUntil: 0 }))]));
  }

  has(service: string): service is ServiceName {
    return Object.hasOwn(this.instances, service);
  }

  /** The next instance to try, skipping `tried` ones; undefined when none is left. */
  pick(service: ServiceName, tried: readonly string[] = []): string | undefined {
    const candidates = this.instances[service]!.filter((instance) => !tried.includes(instance.url));
    if (candidates.length === 0) return undefined;
    const now = Date.now();
    const up = candidates.filter((instance) => instance.downUntil <= now);
    const pool = up.length > 0 ? up : candidates;
    const index = (this.next[service] = ((this.next[service] ?? -1) + 1) % pool.length);
    return pool[index]!.url;
  }

  markDown(service: ServiceName, url: string, reason: string): void {
    const instance = this.instances[service]!.find((candidate) => candidate.url === url);
    if (instance === undefined) return;
    instance.downUntil = Date.now() + DOWN_FOR_MS;
    instance.reason = reason;
  }

  /** Every instance's readiness as the background probe last saw it; probes now only when that is stale. */
  status(): Promise<Record<string, InstanceStatus[]>> {
    if (this.lastProbe === undefined || Date.now() - this.lastProbe.at > 2 * PROBE_INTERVAL_MS) return this.probe();
    return this.lastProbe.statuses;
  }

  /** Asks every instance for its readiness now; the answers steer the next requests. */
  probe(): Promise<Record<string, InstanceStatus[]>> {
    const statuses = Promise.all(
      Object.entries(this.instances).map(async ([service, instances]) => {
        const statuses = await Promise.all(instances.map((instance) => this.probeInstance(service as ServiceName, instance)));
        return [service, statuses] as const;
      }),
    ).then((entries) => Object.fromEntries(entries));
    this.lastProbe = { at: Date.now(), statuses };
    return statuses;
  }

  /** Keeps probing in the background, so that a dead instance is passed over before a request finds it. */
  onApplicationBootstrap(): void {
    void this.probe();
    this.probeTimer = setInterval(() => void this.probe(), PROBE_INTERVAL_MS);
    this.probeTimer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.probeTimer);
  }

  private async probeInstance(service: ServiceName, instance: Instance): Promise<InstanceStatus> {
    let reason: string;
    try {
      const response = await fetch(`${instance.url}/health/ready`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
      if (response.ok) {
        instance.downUntil = 0;
        instance.reason = undefined;
        return { url: instance.url, status: 'up' };
      }
      reason = `readiness answered ${response.status}`;
    } catch (error) {
      reason = (error as Error).name === 'TimeoutError' ? 'timed out' : 'not reachable';
    }
    this.markDown(service, instance.url, reason);
    return { url: instance.url, status: 'down', reason };
  }
}
