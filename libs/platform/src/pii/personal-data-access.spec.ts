import { describe, expect, it } from '@jest/globals';
import { batchInsert, groupReveals, type PersonalDataAccessEntry } from './personal-data-access.js';

const resident = (id: string, fields: string[], unit = 'shengtang') => ({
  recordType: 'resident',
  recordId: id,
  recordUnits: [unit, 'lingbei'],
  fields,
  subjectResidentId: id,
});

describe('personal-data access entries', () => {
  it('folds a list answer into one entry per kind of record, owning units and fields', () => {
    const groups = groupReveals([
      resident('a', ['name', 'idNumber', 'phone']),
      resident('b', ['name', 'idNumber', 'phone']),
      resident('c', ['name', 'idNumber']),
      resident('d', ['name', 'idNumber', 'phone'], 'wuling'),
      resident('a', ['name', 'idNumber', 'phone']),
    ]);
    expect(groups).toEqual([
      {
        recordType: 'resident',
        recordIds: ['a', 'b'],
        recordUnits: ['shengtang', 'lingbei'],
        fields: ['name', 'idNumber', 'phone'],
        subjectResidentIds: ['a', 'b'],
      },
      { recordType: 'resident', recordIds: ['c'], recordUnits: ['shengtang', 'lingbei'], fields: ['name', 'idNumber'], subjectResidentIds: ['c'] },
      { recordType: 'resident', recordIds: ['d'], recordUnits: ['wuling', 'lingbei'], fields: ['name', 'idNumber', 'phone'], subjectResidentIds: ['d'] },
    ]);
  });

  it('writes a batch as one multi-row INSERT', () => {
    const entry: PersonalDataAccessEntry = {
      occurredAt: new Date('2026-11-30T02:00:00Z'),
      actor: { id: 'staff', roles: ['credit-staff'], units: ['shengtang'], kind: 'user' },
      requestId: 'request-1',
      route: 'GET /api/v1/credit/residents',
      operationId: 'creditListResidents',
      ...groupReveals([resident('a', ['name'])])[0]!,
    };
    const { sql, parameters } = batchInsert([entry, entry, entry]);
    expect(sql.match(/INSERT/g)).toHaveLength(1);
    expect(sql).toContain('($29, $30,');
    expect(parameters).toHaveLength(42);
    expect(parameters.slice(0, 3)).toEqual([entry.occurredAt, 'staff', null]);
  });
});
