import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { BusinessDate, Instant, Uuid } from '../../schema-types.js';

/** A Party organisation was established (单独建、联合建、平台建) and registered with the entities it covers. */
export const OrganisationEstablished = defineEvent({
  name: 'organisation-established',
  version: 1,
  producer: 'party',
  topic: 'zone.party.organisations',
  aggregate: 'organisation',
  description: 'A Party committee, general branch or branch was established, with its formation mode and member entities.',
  schema: Type.Object(
    {
      organisationId: Uuid('Organisation id; also the record key.'),
      name: Type.String({ minLength: 1, maxLength: 200 }),
      type: Type.Union([Type.Literal('committee'), Type.Literal('general-branch'), Type.Literal('branch'), Type.Literal('joint-branch')]),
      functional: Type.Boolean({ description: 'A functional organisation (功能型), e.g. in an office building.' }),
      formationMode: Type.Union([Type.Literal('standalone'), Type.Literal('joint'), Type.Literal('platform')]),
      parentId: Type.Union([Uuid('Parent organisation.'), Type.Null()]),
      memberEntityCreditCodes: Type.Array(Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' }), { maxItems: 500 }),
      establishedOn: Type.Union([BusinessDate('Date of establishment in Asia/Shanghai.'), Type.Null()], { description: 'Null when not recorded.' }),
      recordedAt: Instant('When it was registered.'),
    },
    { additionalProperties: false },
  ),
  example: {
    organisationId: '16fd2706-8baf-433b-82eb-8c7fada847da',
    name: '快递物流联合党支部',
    type: 'joint-branch',
    functional: false,
    formationMode: 'joint',
    parentId: null,
    memberEntityCreditCodes: ['91340800MA00000010'],
    establishedOn: '2026-03-15',
    recordedAt: '2026-03-15T09:00:00+08:00',
  },
});
