import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROLES_TABLE, rolesTable, rolesTableOf } from './roles-table.js';

const repo = path.resolve(import.meta.dirname, '../..');

describe('role → operations table', () => {
  it(`${ROLES_TABLE} matches the committed merged OpenAPI document (after an access change: npm run openapi)`, () => {
    expect(readFileSync(path.join(repo, ROLES_TABLE), 'utf8')).toBe(rolesTableOf(repo));
  });

  it('lists an operation under each of its roles, with its unit rule, and public ones apart', () => {
    const table = rolesTable({
      paths: {
        '/a': { get: { operationId: 'readA', summary: 'Read A', 'x-roles': ['land-staff', 'leadership'], 'x-unit-rule': 'any unit' } },
        '/b': { get: { operationId: 'readB', summary: 'Read B', security: [] } },
      },
    });
    const section = (name: string) => table.split(`\n## ${name}\n`)[1]!.split('\n## ')[0]!;
    expect(section('land-staff')).toContain('| `readA` | `GET /a` | any unit | Read A |');
    expect(section('leadership')).toContain('`readA`');
    expect(section('integrator')).not.toContain('`readA`');
    expect(section('Public')).toContain('`readB`');
  });
});
