import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { BusinessDate, Instant, Uuid } from '../../schema-types.js';

/**
 * Party-led volunteer activity (党建引领志愿服务) with its participating residents; the credit service
 * awards the matching volunteer indicator to each participant it knows.
 *
 * Residents are identified as the credit service identifies them — by national ID number — but the ID
 * never travels: `residentIdHash` is the platform's keyed look-up hash of the normalised number
 * (HMAC-SHA256 with the shared PII_HASH_KEY, hex), the same value credit stores beside the encrypted ID.
 */
export const VolunteerActivityRecorded = defineEvent({
  name: 'volunteer-activity-recorded',
  version: 1,
  producer: 'party',
  topic: 'zone.party.activities',
  aggregate: 'volunteer-activity',
  description: 'An organisation recorded a volunteer activity and the residents who took part.',
  schema: Type.Object(
    {
      activityId: Uuid('Activity id; also the record key.'),
      organisationId: Uuid('The Party organisation that ran the activity.'),
      organisationName: Type.String({ minLength: 1, maxLength: 200 }),
      title: Type.String({ minLength: 1, maxLength: 200 }),
      /** Credit's indicator category this activity counts for. */
      category: Type.Union([Type.Literal('volunteer-activities'), Type.Literal('public-security'), Type.Literal('public-welfare')], {
        description: 'Indicator category in the credit catalogue (志愿活动 / 社会治安 / 公益关爱).',
      }),
      heldOn: BusinessDate('Date of the activity in Asia/Shanghai.'),
      communityCode: Type.String({ minLength: 1, maxLength: 64, description: 'Administrative unit code of the community, e.g. shengtang.' }),
      participants: Type.Array(
        Type.Object(
          {
            participantId: Uuid('Participation record id in the party service.'),
            residentIdHash: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'Keyed look-up hash of the resident ID number.' }),
            maskedName: Type.String({ minLength: 1, maxLength: 50, description: 'Name with all but the surname masked, e.g. 杨**.' }),
          },
          { additionalProperties: false },
        ),
        { minItems: 1, maxItems: 500 },
      ),
      recordedAt: Instant('When the activity was recorded.'),
    },
    { additionalProperties: false },
  ),
  example: {
    activityId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    organisationId: '16fd2706-8baf-433b-82eb-8c7fada847da',
    organisationName: '菱北办事处盛塘社区党支部',
    title: '核酸检测志愿服务',
    category: 'volunteer-activities',
    heldOn: '2026-04-18',
    communityCode: 'shengtang',
    participants: [
      {
        participantId: '9b2f4f0e-3c1d-4b8e-a6f7-2d5c8e1a4b90',
        residentIdHash: 'a3f1c9e2b7d4058f6e1a2c3b4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70',
        maskedName: '杨**',
      },
    ],
    recordedAt: '2026-04-18T17:30:00+08:00',
  },
});
