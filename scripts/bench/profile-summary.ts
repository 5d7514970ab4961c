import { readFileSync } from 'node:fs';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; hitCount?: number }[];
  startTime: number;
  endTime: number;
}

/** Where a process's CPU time went, by package (node_modules/<name>), the project's own code, Node internals or GC/idle. */
export function summariseProfile(file: string, top = 10): { busyMs: number; byOwner: { owner: string; percent: number }[] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const hits = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const node of profile.nodes) {
    const count = node.hitCount ?? 0;
    if (count === 0) continue;
    total += count;
    if (node.callFrame.functionName === '(idle)') {
      idle += count;
      continue;
    }
    const owner = ownerOf(node.callFrame.url, node.callFrame.functionName);
    hits.set(owner, (hits.get(owner) ?? 0) + count);
  }
  const busy = total - idle;
  const busyMs = total === 0 ? 0 : Math.round(((profile.endTime - profile.startTime) / 1000) * (busy / total));
  const byOwner = [...hits.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([owner, count]) => ({ owner, percent: Math.round((count / busy) * 1000) / 10 }));
  return { busyMs, byOwner };
}

function ownerOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  if (url.startsWith('node:')) return 'node internals';
  const own = /\/dist\/((?:apps|libs)\/[^/]+)/.exec(url);
  return own ? own[1]! : url;
}
