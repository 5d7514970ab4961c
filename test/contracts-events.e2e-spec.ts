import { describe, expect, it } from '@jest/globals';
import { LandBatchApproved, VolunteerActivityRecorded } from '#contracts';
import { buildEnvelope } from '#messaging';
import { contractViolations } from './support/event-contract.js';

/** The check every e2e file runs on its services' outboxes (dropTestDatabases) — shown here to be able to fail. */
describe('event contract check', () => {
  it('accepts envelopes the producers build and rejects ones that break the published schema', () => {
    const approved = buildEnvelope(LandBatchApproved, LandBatchApproved.example.batchId, LandBatchApproved.example);
    const activity = buildEnvelope(VolunteerActivityRecorded, VolunteerActivityRecorded.example.activityId, VolunteerActivityRecorded.example);
    expect(contractViolations([approved, activity].map((envelope) => ({ type: envelope.type, envelope })))).toEqual([]);

    const floatArea = { ...approved, data: { ...approved.data, totalAreaMu: 382.54 } };
    const missingId = { ...activity, id: undefined };
    const violations = contractViolations([
      { type: approved.type, envelope: floatArea },
      { type: activity.type, envelope: missingId },
      { type: 'zone.land.unknown.v1', envelope: {} },
    ]);
    expect(violations).toHaveLength(3);
    expect(violations[0]).toContain('totalAreaMu');
    expect(violations[2]).toContain('not in openapi/asyncapi.json');
  });
});
