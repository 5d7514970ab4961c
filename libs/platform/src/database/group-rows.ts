/**
 * Rows loaded for a whole page in one query, grouped by the key of the item they belong to, keeping their
 * order: how a list builds its items' nested parts without a query per item.
 */
export function groupRows<T, K>(rows: Iterable<T>, keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return groups;
}
