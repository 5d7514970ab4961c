import { describe, expect, it } from '@jest/globals';
import { maskIdNumber, maskName, maskPhone } from '../pii/masking.js';
import { changedFields, describeChanges, displayValue } from './changed-fields.js';

describe('changedFields', () => {
  it('keeps only the fields the write set and changed, old value first', () => {
    const before = { title: 'April payout', points: 5, lines: [{ label: 'a', quantity: '1.00' }], note: 'same' };
    const after = { title: 'April payout (corrected)', points: 5, lines: [{ label: 'a', quantity: '2.00' }], note: 'same', untouched: undefined };
    expect(changedFields(before, after)).toEqual({
      title: { from: 'April payout', to: 'April payout (corrected)' },
      lines: { from: [{ label: 'a', quantity: '1.00' }], to: [{ label: 'a', quantity: '2.00' }] },
    });
  });

  it('records a field that was absent before as changed from null', () => {
    expect(changedFields({}, { expiresOn: '2026-06-30' })).toEqual({ expiresOn: { from: null, to: '2026-06-30' } });
    expect(changedFields({ expiresOn: null }, { expiresOn: null })).toEqual({});
  });

  it('stores personal values masked with the pii helpers, never in clear', () => {
    const changes = changedFields(
      { phone: '13912345678', idNumber: '340811195901011238', name: '杨国华', householdId: 'h1' },
      { phone: '13987654321', idNumber: '340811195901011238', name: '杨国平', householdId: 'h1' },
      { personal: { phone: maskPhone, idNumber: maskIdNumber, name: maskName } },
    );
    expect(changes).toEqual({ phone: { from: '139****5678', to: '139****4321' }, name: { from: '杨**', to: '杨**' } });
    expect(JSON.stringify(changes)).not.toMatch(/12345678|87654321|国华|国平/);
  });

  it('masks a personal value set where there was none', () => {
    expect(changedFields({ phone: null }, { phone: '13912345678' }, { personal: { phone: maskPhone } })).toEqual({ phone: { from: null, to: '139****5678' } });
  });
});

describe('describeChanges', () => {
  it('reads as "field: old → new", strings quoted, structures as short JSON', () => {
    expect(describeChanges({ title: { from: 'Old', to: 'New' }, points: { from: 5, to: 8 }, expiresOn: { from: null, to: '2026-06-30' } })).toBe(
      'title: “Old” → “New”; points: 5 → 8; expiresOn: none → “2026-06-30”',
    );
  });

  it('cuts long values so that one change stays one line', () => {
    const shown = displayValue('x'.repeat(500))!;
    expect([...shown]).toHaveLength(80);
    expect(shown.endsWith('…')).toBe(true);
    expect(displayValue({ a: 1 })).toBe('{"a":1}');
    expect(displayValue(null)).toBeNull();
  });
});
