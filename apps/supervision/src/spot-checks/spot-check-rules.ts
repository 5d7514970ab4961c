import { createHash } from 'node:crypto';
import { TransitionTable } from '#platform/state';

/**
 * Deterministic random stream from a seed: SHA-256 of `seed:counter`, four bytes at a time. Anyone holding
 * the seed and the population can redraw the sample and check it.
 */
class SeededStream {
  private counter = 0;
  private buffer = Buffer.alloc(0);

  constructor(private readonly seed: string) {}

  nextUint32(): number {
    if (this.buffer.length < 4) {
      this.buffer = createHash('sha256').update(`${this.seed}:${this.counter++}`).digest();
    }
    const value = this.buffer.readUInt32BE(0);
    this.buffer = this.buffer.subarray(4);
    return value;
  }

  /** Uniform integer in [0, bound), without modulo bias. */
  below(bound: number): number {
    const limit = Math.floor(0x1_0000_0000 / bound) * bound;
    for (;;) {
      const value = this.nextUint32();
      if (value < limit) return value % bound;
    }
  }
}

/** A sample of `size` distinct members, reproducible from (`population` in its canonical order, `seed`). */
export function drawSample<T>(population: readonly T[], seed: string, size: number): T[] {
  const pool = [...population];
  const stream = new SeededStream(seed);
  const count = Math.min(size, pool.length);
  // Partial Fisher–Yates: the first `count` places end up a uniform sample.
  for (let index = 0; index < count; index += 1) {
    const pick = index + stream.below(pool.length - index);
    [pool[index], pool[pick]] = [pool[pick]!, pool[index]!];
  }
  return pool.slice(0, count);
}

/** Fingerprint of the population a sample was drawn from, so a redraw can prove it used the same one. */
export function populationDigest(ids: readonly string[]): string {
  return createHash('sha256').update(ids.join('\n')).digest('hex');
}

/** 遗漏 / 逾期 / 格式不符 / 内容不符 */
export const FINDING_KINDS = ['omission', 'late', 'format', 'content'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** ordered → submitted → accepted, or → returned (ordered again, with a new deadline) → submitted … */
export const RECTIFICATION_STATUSES = ['ordered', 'submitted', 'accepted', 'returned'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export type RectificationAction = 'submit' | 'accept' | 'return';

const LIFECYCLE = new TransitionTable<RectificationStatus, RectificationAction>(
  {
    submit: { from: ['ordered', 'returned'], to: 'submitted' },
    accept: { from: ['submitted'], to: 'accepted' },
    return: { from: ['submitted'], to: 'returned' },
  },
  (status, action) => new RectificationTransitionError(status, action),
);

export class RectificationTransitionError extends Error {
  override readonly name = 'RectificationTransitionError';
  constructor(
    readonly status: RectificationStatus,
    readonly action: RectificationAction,
  ) {
    super(`Cannot ${action} a rectification that is ${status}`);
  }
}

export function nextRectificationStatus(status: RectificationStatus, action: RectificationAction): RectificationStatus {
  return LIFECYCLE.next(status, action);
}

/** The unit owes work while the rectification is ordered or returned; overdue once the due day has passed. */
export function isRectificationOverdue(status: RectificationStatus, dueOn: string, today: string): boolean {
  return (status === 'ordered' || status === 'returned') && today > dueOn;
}
