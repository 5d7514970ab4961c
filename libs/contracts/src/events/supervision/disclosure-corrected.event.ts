import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { DisclosureSummary } from './disclosure-published.event.js';

export const DisclosureCorrected = defineEvent({
  name: 'disclosure-corrected',
  version: 1,
  producer: 'supervision',
  topic: 'zone.supervision.disclosures',
  aggregate: 'disclosure',
  description: 'A published disclosure was corrected: a new public version replaced the current one; earlier versions stay in its history.',
  schema: Type.Object(
    { ...DisclosureSummary, reason: Type.String({ minLength: 1, maxLength: 1000, description: 'Why the correction was made.' }) },
    { additionalProperties: false },
  ),
  example: {
    disclosureId: '2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13',
    unitCode: 'shengtang',
    itemCode: 'L-02',
    period: '2026-04',
    title: '盛塘社区2026年4月孤儿和事实无人抚养儿童生活补贴发放公示',
    version: 2,
    recipientCount: 2,
    publishedAt: '2026-05-12T10:30:00+08:00',
    reason: '补录漏报的发放金额',
  },
});
