import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CreditCommunityRegistered } from '#contracts';
import { defineHandler, EventHandlerRegistry } from '#messaging';
import { clock, recordAudit } from '#platform';
import { communityProblems } from './community-problems.js';
import { KnownCommunity } from './known-community.entity.js';

/**
 * Keeps known_communities in step with the communities credit announces. Events arrive after the fact, so a
 * community registered a moment ago may not be known yet: writes naming it are refused (422) until it is, and
 * the client retries.
 */
@Injectable()
export class KnownCommunitiesHandler implements OnModuleInit {
  constructor(private readonly registry: EventHandlerRegistry) {}

  onModuleInit(): void {
    this.registry.register(
      defineHandler({
        name: 'known-communities',
        events: [CreditCommunityRegistered],
        // Only `manager` may write: it is the inbox transaction that makes this run once per event.
        handle: async (envelope, manager) => {
          const { code, name, subDistrictCode } = envelope.data;
          const written: unknown[] = await manager.query(
            `INSERT INTO known_communities (code, name, sub_district_code, last_event_id, received_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (code) DO UPDATE
               SET name = EXCLUDED.name, sub_district_code = EXCLUDED.sub_district_code, last_event_id = EXCLUDED.last_event_id, received_at = EXCLUDED.received_at
               WHERE (known_communities.name, known_communities.sub_district_code) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.sub_district_code)
             RETURNING code`,
            [code, name, subDistrictCode, envelope.id, clock.now()],
          );
          // An announcement that changes nothing writes nothing but its inbox row: no audit row for bookkeeping alone.
          if (written.length === 0) return;
          await recordAudit(manager, 'known-community.record', { type: 'community', id: code }, { eventId: envelope.id, subDistrictCode });
        },
      }),
    );
  }
}

/** Refuses a community code credit has not announced (422 `community-unknown`, naming the code and the field). */
export async function assertKnownCommunity(manager: EntityManager, code: string, field = 'communityCode'): Promise<void> {
  if (await manager.existsBy(KnownCommunity, { code })) return;
  throw communityProblems.unknown(code, field);
}
