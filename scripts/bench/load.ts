import autocannon from 'autocannon';

export interface LoadRequest {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  /** A fresh body and headers per request (unique idempotency keys and names for creates). */
  fresh?: () => { body: string; headers: Record<string, string> };
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  failures: number;
}

/** Closed-loop load with autocannon: `connections` clients each sending the next request when the last answered. */
export async function measure(baseUrl: string, request: LoadRequest, durationSeconds: number, connections: number): Promise<LoadResult> {
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: durationSeconds,
    requests: [
      {
        method: request.method ?? 'GET',
        path: request.path,
        headers: { ...request.headers, ...(request.method === 'POST' ? { 'content-type': 'application/json' } : {}) },
        ...(request.fresh === undefined
          ? {}
          : {
              setupRequest: (req: autocannon.Request) => {
                const fresh = request.fresh!();
                return { ...req, body: fresh.body, headers: { ...req.headers, ...fresh.headers } };
              },
            }),
      },
    ],
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

/** Latency of single requests one after another (no concurrency): for slow operations such as the dashboard. */
export async function sequential(url: string, headers: Record<string, string>, durationSeconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const deadline = Date.now() + durationSeconds * 1000;
  do {
    const start = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    latencies.push(performance.now() - start);
    if (!response.ok) failures++;
  } while (Date.now() < deadline || latencies.length < 5);
  const total = latencies.reduce((sum, value) => sum + value, 0);
  return {
    requestsPerSecond: Math.round((latencies.length / total) * 1000 * 10) / 10,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    requests: latencies.length,
    failures,
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10;
}
