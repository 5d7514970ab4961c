import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { BusinessDate, Instant, Uuid } from '../../schema-types.js';

/**
 * A floating member's organisational relations (组织关系) were transferred: the receiving organisation
 * accepted after the sending side approved. Carries no personal data; the member is an opaque id.
 */
export const MemberTransferred = defineEvent({
  name: 'member-transferred',
  version: 1,
  producer: 'party',
  topic: 'zone.party.members',
  aggregate: 'member',
  description: "A Party member's organisational relations were transferred into a zone organisation.",
  schema: Type.Object(
    {
      memberId: Uuid('Member id; also the record key.'),
      transferId: Uuid('The completed transfer.'),
      fromOrganisationId: Type.Union([Uuid('Sending organisation in the zone.'), Type.Null()]),
      fromExternalOrganisation: Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()], {
        description: 'Sending organisation outside the registry.',
      }),
      toOrganisationId: Uuid('Receiving organisation.'),
      toOrganisationName: Type.String({ minLength: 1, maxLength: 200 }),
      completedOn: BusinessDate('Date the receiving side accepted (Asia/Shanghai).'),
      recordedAt: Instant('When the acceptance was recorded.'),
    },
    { additionalProperties: false },
  ),
  example: {
    memberId: '4a3b2c1d-0e9f-4a8b-8c7d-6e5f4a3b2c1d',
    transferId: '1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b',
    fromOrganisationId: null,
    fromExternalOrganisation: '外地某社区党支部',
    toOrganisationId: '16fd2706-8baf-433b-82eb-8c7fada847da',
    toOrganisationName: '快递物流联合党支部',
    completedOn: '2026-04-10',
    recordedAt: '2026-04-10T10:00:00+08:00',
  },
});
