import { describe, expect, it } from '@jest/globals';
import { auditEntryOf, auditUnitsOf, type AuditRow } from './audit-log.reader.js';

const row = (overrides: Partial<AuditRow>): AuditRow => ({
  id: '7',
  occurred_at: '2026-04-20T02:15:00.123456Z',
  actor_id: 'clerk-shengtang',
  actor_name: '王文书',
  actor_kind: 'user',
  actor_roles: ['village-clerk'],
  actor_units: ['shengtang'],
  request_id: 'req-00000001',
  correlation_id: 'req-00000001',
  action: 'disclosure.correct',
  target_type: 'disclosure',
  target_id: 'd-1',
  details: null,
  ...overrides,
});

describe('audit trail entries', () => {
  it('reads a write as one line: action, record, changes old → new, other details', () => {
    const entry = auditEntryOf(
      row({
        details: {
          version: 2,
          reason: '补录漏报金额',
          changes: { title: { from: '旧标题', to: '新标题' }, totals: { from: { yuan: '1.00' }, to: { yuan: '2.00' } } },
        },
      }),
      'cursor-7',
    );
    expect(entry.summary).toBe(
      'disclosure.correct disclosure d-1: title: “旧标题” → “新标题”; totals: {"yuan":"1.00"} → {"yuan":"2.00"} (version: 2, reason: “补录漏报金额”)',
    );
    expect(entry.changes).toEqual([
      { field: 'title', from: '旧标题', to: '新标题' },
      { field: 'totals', from: '{"yuan":"1.00"}', to: '{"yuan":"2.00"}' },
    ]);
    expect(entry.details).toEqual({ version: 2, reason: '补录漏报金额' });
    expect(entry).toMatchObject({ occurredAt: '2026-04-20T02:15:00.123456Z', cursor: 'cursor-7', actor: { name: '王文书', units: ['shengtang'] } });
  });

  it("masks ID numbers and phones wherever details hold them, and a resident actor's name", () => {
    const entry = auditEntryOf(
      row({
        actor_name: '杨国华',
        actor_roles: ['resident'],
        details: { phone: '13900000001', recipients: [{ idNumber: '34081120100101129X' }], changes: { phone: { from: '13900000001', to: null } } },
      }),
      'c',
    );
    expect(entry.actor.name).toBe('杨**');
    expect(JSON.stringify(entry)).not.toMatch(/13900000001|20100101129X|国华/);
    expect(entry.details).toEqual({ phone: '139****0001', recipients: [{ idNumber: '340811********129X' }] });
    expect(entry.changes).toEqual([{ field: 'phone', from: '139****0001', to: null }]);
  });

  it('keeps a write without details as such', () => {
    const entry = auditEntryOf(row({ action: 'disclosure.submit' }), 'c');
    expect(entry).toMatchObject({ summary: 'disclosure.submit disclosure d-1', changes: [], details: null });
  });
});

describe('who reads which rows', () => {
  it('gives zone-admin and zone tokens every row, a unit supervisor their units', () => {
    expect(auditUnitsOf({ id: 'a', roles: ['zone-admin'], units: [], kind: 'user' })).toBe('all');
    expect(auditUnitsOf({ id: 's', roles: ['discipline-supervisor'], units: ['zone'], kind: 'user' })).toBe('all');
    expect(auditUnitsOf({ id: 's', roles: ['discipline-supervisor'], units: ['shengtang', 'wuling'], kind: 'user' })).toEqual(['shengtang', 'wuling']);
  });
});
