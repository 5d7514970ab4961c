import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { Instant, Uuid } from '../../schema-types.js';

/** Shape shared by the published and corrected events: what a resident can see, never recipients' personal data. */
export const DisclosureSummary = {
  disclosureId: Uuid('Disclosure id; also the record key.'),
  unitCode: Type.String({ minLength: 1, maxLength: 64, description: 'Public code of the village/community (or `zone`), as its QR code carries it.' }),
  itemCode: Type.String({ minLength: 1, maxLength: 32, description: 'Supervision item code (监督事项).' }),
  period: Type.String({ minLength: 4, maxLength: 10, description: 'Disclosure period: 2026, 2026-H1, 2026-Q2, 2026-04, or a date for per-event items.' }),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  version: Type.Integer({ minimum: 1, description: 'Published version number; corrections add versions, history stays public.' }),
  recipientCount: Type.Integer({ minimum: 0 }),
  publishedAt: Instant('When this version became public.'),
};

export const DisclosurePublished = defineEvent({
  name: 'disclosure-published',
  version: 1,
  producer: 'supervision',
  topic: 'zone.supervision.disclosures',
  aggregate: 'disclosure',
  description: 'A disclosure (公示信息) became public for the first time.',
  schema: Type.Object(DisclosureSummary, { additionalProperties: false }),
  example: {
    disclosureId: '2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13',
    unitCode: 'shengtang',
    itemCode: 'L-02',
    period: '2026-04',
    title: '盛塘社区2026年4月孤儿和事实无人抚养儿童生活补贴发放公示',
    version: 1,
    recipientCount: 2,
    publishedAt: '2026-05-08T09:00:00+08:00',
  },
});
