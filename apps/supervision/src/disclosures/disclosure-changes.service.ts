import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, maskPersonalNumbers } from '#platform';
import { disclosureProblems } from './disclosure-problems.js';
import type { DisclosureChangeDto, DisclosureChangesDto, DisclosureChangesQueryDto } from './dto/disclosure-change.dto.js';

interface ChangeRow {
  horizon: string;
  position: string | null;
  tx_id: string;
  change: string;
  disclosure_id: string;
  version: number;
  unit_code: string;
  item_code: string;
  period: string;
  title: string;
  summary: string;
  totals: DisclosureChangeDto['totals'];
  recipient_count: number;
  correction_reason: string | null;
  published_at: Date;
}

/**
 * The public "changes since" feed. Rows are ordered by (writing transaction id, position) and only rows of
 * transactions older than the oldest one still running are handed out: every later row then belongs to a
 * transaction with a larger id, so a poller resuming after the last row it saw can neither miss nor repeat one,
 * however transactions interleave. The outbox is not used because it is pruned after relaying.
 */
@Injectable()
export class DisclosureChangesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async since(query: DisclosureChangesQueryDto): Promise<DisclosureChangesDto> {
    const params: unknown[] = [query.limit + 1];
    let after = '';
    if (query.cursor !== undefined) {
      const [txId, position] = decodeCursor(query.cursor, 2);
      after = `AND (publication.tx_id, publication.position) > ($${params.push(String(txId))}::xid8, $${params.push(String(position))}::bigint)`;
    } else if (query.since !== undefined) {
      const since = new Date(query.since);
      if (Number.isNaN(since.getTime())) throw disclosureProblems.invalidInstant(query.since);
      after = `AND publication.published_at > $${params.push(since)}::timestamptz`;
    }
    // One statement, so the horizon and the rows come from the same snapshot.
    const rows: ChangeRow[] = await this.dataSource.query(
      `WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
       SELECT horizon.xmin::text AS horizon, page.* FROM horizon LEFT JOIN LATERAL (
         SELECT publication.position, publication.tx_id::text AS tx_id, publication.change, publication.disclosure_id, publication.version,
                publication.published_at, disclosure.unit_code, item.code AS item_code, disclosure.period,
                version.title, version.summary, version.totals, version.correction_reason,
                (SELECT count(*) FROM disclosure_recipients recipient
                  WHERE recipient.disclosure_id = publication.disclosure_id AND recipient.version = publication.version)::int AS recipient_count
           FROM disclosure_publications publication
           JOIN disclosure_versions version ON version.disclosure_id = publication.disclosure_id AND version.version = publication.version
           JOIN disclosures disclosure ON disclosure.id = publication.disclosure_id
           JOIN supervision_items item ON item.id = disclosure.item_id
          WHERE publication.tx_id < horizon.xmin ${after}
          ORDER BY publication.tx_id, publication.position
          LIMIT $1) page ON true`,
      params,
    );
    const found = rows.filter((row) => row.position !== null);
    const items = found.slice(0, query.limit);
    const last = items.at(-1);
    // Caught up: everything before the horizon has been seen, so resume from the horizon itself.
    const nextCursor = found.length > query.limit ? encodeCursor([last!.tx_id, last!.position!]) : undefined;
    const resumeCursor = nextCursor ?? encodeCursor([rows[0]!.horizon, '0']);
    return {
      items: items.map((row) => ({
        change: row.change,
        disclosureId: row.disclosure_id,
        version: row.version,
        unitCode: row.unit_code,
        itemCode: row.item_code,
        period: row.period,
        // A public feed: numbers typed into free text are masked as on the disclosure itself.
        title: maskPersonalNumbers(row.title),
        summary: maskPersonalNumbers(row.summary),
        totals: row.totals,
        recipientCount: row.recipient_count,
        correctionReason: row.correction_reason === null ? null : maskPersonalNumbers(row.correction_reason),
        publishedAt: new Date(row.published_at).toISOString(),
      })),
      ...(nextCursor === undefined ? {} : { nextCursor }),
      resumeCursor,
    };
  }
}
