import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LandBatchApproved } from '#contracts';
import { defineHandler, EventHandlerRegistry, PermanentEventError } from '#messaging';
import { clock, ZONE_UNIT } from '#platform';
import { IsNull } from 'typeorm';
import { SupervisionItem } from '../supervision-items/supervision-item.entity.js';
import { SupervisionUnit } from '../units/supervision-unit.entity.js';
import { Disclosure } from './disclosure.entity.js';
import { DisclosuresService } from './disclosures.service.js';

/** Zone-level disclosures (land approvals are the zone's power, not a village's) are filed under this unit. */
const ZONE_DISCLOSURE_UNIT = { code: ZONE_UNIT, name: '安庆经开区（区级公示）', kind: 'zone' as const, township: null, demo: false };

/**
 * Power that is exercised must be disclosed: each approved land batch becomes one disclosure of the item whose
 * source event is LandBatchApproved — a draft, or published at once when the item's rule says `direct`.
 */
@Injectable()
export class LandBatchesHandler implements OnModuleInit {
  constructor(
    private readonly registry: EventHandlerRegistry,
    private readonly disclosures: DisclosuresService,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      defineHandler({
        name: 'land-batches',
        events: [LandBatchApproved],
        handle: async (envelope, manager) => {
          const batch = envelope.data;
          const sourceRef = `land-batch:${batch.batchId}`;
          // The inbox stops a redelivered event; this stops the same batch announced again under a new event id.
          // One batch's events share a key and so a partition, so they never race each other here.
          if ((await manager.findOneBy(Disclosure, { sourceRef })) !== null) return;
          const item = await manager.findOneBy(SupervisionItem, { sourceEvent: LandBatchApproved.type, retiredAt: IsNull() });
          if (item === null) {
            throw new PermanentEventError(`no active supervision item has source event ${LandBatchApproved.type}; add one, then replay the dead letter`);
          }
          await manager
            .createQueryBuilder()
            .insert()
            .into(SupervisionUnit)
            .values({ ...ZONE_DISCLOSURE_UNIT, createdAt: clock.now() })
            .orIgnore()
            .execute();
          const unit = await manager.findOneByOrFail(SupervisionUnit, { code: ZONE_UNIT });
          const disclosure = await this.disclosures.insert(manager, {
            unit,
            item,
            period: batch.approvedOn,
            sourceRef,
            createdBy: `event:${envelope.id}`,
            content: {
              title: `${batch.name}（${batch.documentNumber}）`,
              summary: `${batch.approvingAuthority}于${batch.approvedOn}以${batch.documentNumber}批准，共${batch.parcels.length}宗地块，合计${batch.totalAreaMu}亩。`,
              lines: batch.parcels.map((parcel) => ({ label: parcel.projectName, quantity: parcel.areaMu, unit: 'mu' as const })),
              recipients: [],
              attachments: [],
            },
          });
          if (item.publicationRule === 'direct') {
            disclosure.status = 'published';
            await this.disclosures.publishCurrent(manager, disclosure);
          }
        },
      }),
    );
  }
}
