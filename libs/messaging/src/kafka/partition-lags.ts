import type { ConsumerLag } from '../transport/event-transport.js';

/**
 * A group's lag on each partition of a topic: the records between what it committed (none: -1) and the end of the log.
 * Records before the log start (removed by retention or deleted) can no longer be consumed, so they do not lag.
 */
export function partitionLags(
  group: string,
  topic: string,
  committed: readonly { partition: number; offset: string }[],
  log: readonly { partition: number; low: string; high: string }[],
): ConsumerLag[] {
  const committedByPartition = new Map(committed.map((partition) => [partition.partition, Number(partition.offset)]));
  return log.map(({ partition, low, high }) => {
    const done = Math.max(Number(low), committedByPartition.get(partition) ?? -1);
    return { group, topic, partition, lag: Math.max(0, Number(high) - done) };
  });
}
