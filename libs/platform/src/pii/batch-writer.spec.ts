import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { BatchWriter, type BatchWriterOptions } from './batch-writer.js';

/** A store that records each batch; `failNext` makes the next writes fail. */
function store() {
  const batches: number[][] = [];
  let failures = 0;
  return {
    batches,
    failNext(count = 1) {
      failures = count;
    },
    write: async (entries: number[]) => {
      if (failures > 0) {
        failures -= 1;
        throw new Error('store unavailable');
      }
      batches.push(entries);
    },
  };
}

const OPTIONS: BatchWriterOptions = { maxBatch: 3, maxDelayMs: 200, maxBuffered: 6 };

describe('BatchWriter', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('writes a full batch at once, without waiting for the timer', async () => {
    jest.useFakeTimers();
    const target = store();
    const writer = new BatchWriter(target.write, OPTIONS);
    await writer.add([1, 2]);
    expect(target.batches).toEqual([]);
    await writer.add([3, 4]);
    await jest.advanceTimersByTimeAsync(0);
    expect(target.batches).toEqual([[1, 2, 3]]);
    expect(writer.buffered).toBe(1);
  });

  it('writes a partial batch once the delay has passed', async () => {
    jest.useFakeTimers();
    const target = store();
    const writer = new BatchWriter(target.write, OPTIONS);
    await writer.add([1]);
    await jest.advanceTimersByTimeAsync(199);
    expect(target.batches).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(target.batches).toEqual([[1]]);
  });

  it('writes everything left on close, in batches, and a late entry at once', async () => {
    const target = store();
    const writer = new BatchWriter(target.write, { ...OPTIONS, maxDelayMs: 60_000 });
    await writer.add([1, 2]);
    await writer.add([3, 4]);
    await writer.add([5]);
    await writer.close();
    expect(target.batches).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    await writer.add([6]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(target.batches).toEqual([[1, 2, 3], [4, 5], [6]]);
  });

  it('loses nothing when a write fails: the batch is retried, in order, and the failure reported', async () => {
    jest.useFakeTimers();
    const target = store();
    const reported: number[] = [];
    const writer = new BatchWriter(target.write, { ...OPTIONS, onWriteError: (_error, entries) => reported.push(entries) });
    target.failNext(2);
    await writer.add([1, 2]);
    await jest.advanceTimersByTimeAsync(200);
    await jest.advanceTimersByTimeAsync(200);
    expect(target.batches).toEqual([]);
    expect(reported).toEqual([2, 2]);
    await writer.add([3]);
    await jest.advanceTimersByTimeAsync(0);
    expect(target.batches).toEqual([[1, 2, 3]]);
    expect(writer.buffered).toBe(0);
  });

  it('makes callers wait for the store when the buffer is full, and fails them (keeping the entries) if it refuses', async () => {
    const target = store();
    const writer = new BatchWriter(target.write, { ...OPTIONS, maxBatch: 10, maxDelayMs: 60_000 });
    await writer.add([1, 2, 3, 4, 5]);
    target.failNext();
    await expect(writer.add([6, 7])).rejects.toThrow('store unavailable');
    expect(writer.buffered).toBe(5);
    await writer.add([6, 7]);
    expect(target.batches).toEqual([[1, 2, 3, 4, 5]]);
    await writer.close();
    expect(target.batches.flat()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("takes entries that cannot wait (a committed write's) even beyond the bound, and writes them all", async () => {
    const target = store();
    const writer = new BatchWriter(target.write, { ...OPTIONS, maxBatch: 10, maxDelayMs: 60_000 });
    await writer.add([1, 2, 3, 4, 5, 6]);
    writer.push([7, 8]);
    expect(writer.buffered).toBe(8);
    await writer.close();
    expect(target.batches.flat()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('surfaces a store that still refuses at close, with the entries kept', async () => {
    const target = store();
    const writer = new BatchWriter(target.write, OPTIONS);
    await writer.add([1]);
    target.failNext();
    await expect(writer.close()).rejects.toThrow('store unavailable');
    expect(writer.buffered).toBe(1);
  });
});
