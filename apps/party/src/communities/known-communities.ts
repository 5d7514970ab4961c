import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CreditCommunityRegistered } from '#contracts';
import { defineHandler, EventHandlerRegistry } from '#messaging';
import { clock, ProblemException, recordAudit } from '#platform';
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
          await manager.upsert(KnownCommunity, { code, name, subDistrictCode, lastEventId: envelope.id, receivedAt: clock.now() }, ['code']);
          await recordAudit(manager, 'known-community.record', { type: 'community', id: code }, { eventId: envelope.id, subDistrictCode });
        },
      }),
    );
  }
}

/** Refuses a community code credit has not announced (422 `community-unknown`, naming the code and the field). */
export async function assertKnownCommunity(manager: EntityManager, code: string, field = 'communityCode'): Promise<void> {
  if (await manager.existsBy(KnownCommunity, { code })) return;
  throw ProblemException.of(
    422,
    'community-unknown',
    'Community not (yet) known',
    `No community "${code}" has been announced by the credit service. A community registered moments ago may not have arrived yet: retry shortly.`,
    { communityCode: code, errors: [{ field, message: `${field} "${code}" is not a community known to the credit service (yet)` }] },
  );
}
