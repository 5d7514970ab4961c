import type { EntityManager } from 'typeorm';

export type PublicationChange = 'published' | 'corrected';

/** Appends to the log the public changes feed reads; call it in the transaction that publishes the version. */
export async function logPublication(
  manager: EntityManager,
  entry: { disclosureId: string; version: number; change: PublicationChange; publishedAt: Date },
): Promise<void> {
  await manager.query(`INSERT INTO disclosure_publications (disclosure_id, version, change, published_at) VALUES ($1, $2, $3, $4)`, [
    entry.disclosureId,
    entry.version,
    entry.change,
    entry.publishedAt,
  ]);
}
