import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { Instant } from '../../schema-types.js';

export const CreditCommunityRegistered = defineEvent({
  name: 'community-registered',
  version: 1,
  producer: 'credit',
  topic: 'zone.credit.communities',
  aggregate: 'community',
  description:
    'A village or community (村 / 社区) was registered with the credit service. Other services validate community codes against the communities announced here (party keeps a read model of them).',
  schema: Type.Object(
    {
      code: Type.String({ minLength: 1, maxLength: 64, description: 'Community code; also the record key.' }),
      name: Type.String({ minLength: 1, maxLength: 100 }),
      subDistrictCode: Type.String({ minLength: 1, maxLength: 64, description: 'Town or sub-district (镇 / 办事处) it belongs to.' }),
      subDistrictName: Type.String({ minLength: 1, maxLength: 100 }),
      registeredAt: Instant('When the community was registered.'),
    },
    { additionalProperties: false },
  ),
  example: { code: 'shengtang', name: '盛塘社区', subDistrictCode: 'lingbei', subDistrictName: '菱北办事处', registeredAt: '2026-03-02T09:00:00+08:00' },
});
