/**
 * Fixed one-minute windows per client key. Small and exact enough for one gateway instance; several
 * instances each enforce their own share.
 */
export class RateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly limitPerMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Returns 0 when the request may pass, otherwise the seconds until the window resets. */
  take(key: string): number {
    if (this.limitPerMinute === 0) return 0;
    const now = this.now();
    if (now - this.windowStart >= 60_000) {
      this.windowStart = now - (now % 60_000);
      this.counts = new Map();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count > this.limitPerMinute ? Math.ceil((this.windowStart + 60_000 - now) / 1000) : 0;
  }
}
