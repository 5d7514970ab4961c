import { In, type EntityManager } from 'typeorm';
import { IndicatorVersion } from './indicator-version.entity.js';
import { versionInEffect } from './indicator-versions.js';

/** Every version of the given indicators, oldest first, in one query. */
export async function versionsOf(manager: EntityManager, indicatorIds: readonly string[]): Promise<Map<string, IndicatorVersion[]>> {
  const byIndicator = new Map<string, IndicatorVersion[]>(indicatorIds.map((id) => [id, []]));
  if (indicatorIds.length === 0) return byIndicator;
  const rows = await manager.find(IndicatorVersion, { where: { indicatorId: In([...indicatorIds]) }, order: { version: 'ASC' } });
  for (const row of rows) byIndicator.get(row.indicatorId)!.push(row);
  return byIndicator;
}

/** The version of an indicator in effect on a business date: what an entry earned that day is worth. */
export async function indicatorVersionOn(manager: EntityManager, indicatorId: string, date: string): Promise<IndicatorVersion> {
  const versions = (await versionsOf(manager, [indicatorId])).get(indicatorId)!;
  return versionInEffect(versions, date);
}
