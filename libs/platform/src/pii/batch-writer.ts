export interface BatchWriterOptions {
  /** Entries per write; a buffer this full is written at once. */
  maxBatch: number;
  /** How long the first entry of a batch may wait for others. */
  maxDelayMs: number;
  /**
   * Entries held at most (a failing store makes them pile up). Beyond it `add` waits for the store
   * instead of dropping anything: an access log that loses entries under load is no record.
   */
  maxBuffered: number;
  /** Told of every failed write; the entries stay buffered and are tried again. */
  onWriteError?: (error: unknown, entries: number) => void;
}

/**
 * Collects entries in memory and writes them in batches, off the path of the request that produced them.
 * Nothing is dropped: a failed write puts its entries back at the front and is retried after `maxDelayMs`;
 * a full buffer makes `add` wait for a successful write (back-pressure), and fail when the store refuses.
 */
export class BatchWriter<T> {
  private buffer: T[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly write: (entries: T[]) => Promise<void>,
    private readonly options: BatchWriterOptions,
  ) {}

  get buffered(): number {
    return this.buffer.length;
  }

  /** Takes the entries; resolves at once unless the buffer is full, then once a write has made room. */
  async add(entries: T[]): Promise<void> {
    if (entries.length === 0) return;
    while (this.buffer.length + entries.length > this.options.maxBuffered && this.buffer.length > 0) {
      // Back-pressure: this caller waits for the store; a store that refuses fails the caller, not the log.
      await this.writeOnce({ rethrow: true });
    }
    this.push(entries);
  }

  /**
   * Takes entries whose cause cannot be withheld any more (the answer to a committed write), even beyond
   * `maxBuffered`: writes are few, and refusing them would not undo what they changed.
   */
  push(entries: T[]): void {
    this.buffer.push(...entries);
    // Once closed, a late entry (a request finishing during the stop) is written at once, not batched.
    if (this.buffer.length >= this.options.maxBatch || this.closed) void this.writeOnce();
    else this.schedule();
  }

  /** Writes everything buffered now; rejects if the store refuses (the entries stay buffered). */
  async flush(): Promise<void> {
    while (this.buffer.length > 0 || this.writing !== undefined) await this.writeOnce({ rethrow: true });
  }

  /** Stops the timer and writes what is left: the last step of a graceful stop. Later entries are written one by one. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  private schedule(): void {
    if (this.timer !== undefined || this.buffer.length === 0 || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.writeOnce();
    }, this.options.maxDelayMs);
    // A pending batch alone must not keep a process alive; close() writes it.
    this.timer.unref();
  }

  /** One write at a time; a caller arriving while one runs waits for it instead of starting another. */
  private async writeOnce({ rethrow = false } = {}): Promise<void> {
    if (this.writing !== undefined) {
      await this.writing.catch(() => undefined);
      return;
    }
    if (this.buffer.length === 0) return;
    const batch = this.buffer.splice(0, this.options.maxBatch);
    let failure: unknown;
    this.writing = this.write(batch).catch((error: unknown) => {
      // Back at the front, in order, for the next attempt.
      this.buffer.unshift(...batch);
      failure = error;
      this.options.onWriteError?.(error, batch.length);
    });
    await this.writing;
    this.writing = undefined;
    if (failure !== undefined && rethrow) throw failure;
    if (this.buffer.length >= this.options.maxBatch && failure === undefined) void this.writeOnce();
    else this.schedule();
  }
}
