import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ServiceName } from '#contracts';
import { ROLES, ZONE_UNIT, type Role } from '#platform';
import { seedDemoData } from '../scripts/lib/demo-data.js';
import { AUTHORISATION_MATRIX, PENDING_FIXES, scopeOf, UNIT_SCOPES, type Scope, type UnitScope } from './support/authorisation-matrix.js';
import { matrixFixtures, type MatrixFixtures } from './support/authorisation-matrix-fixtures.js';
import { operationsOf, type OpenApiDocument, type Operation } from './support/openapi-fuzz.js';
import { dropTestDatabases } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

/**
 * Every operation of the merged OpenAPI document × anonymous and every role × the token's units (the record's own
 * unit, another unit, none), against the one table in test/support/authorisation-matrix.ts. Requests go straight to
 * the services (the gateway only forwards; its own zone-wide views through the gateway), with the document's examples as bodies and ids of real records
 * (test/support/authorisation-matrix-fixtures.ts) as path parameters. Refused cases run before the allowed
 * own-unit cases of each operation, so that a successful write cannot change what the refusals meet.
 */
const document = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../openapi/zone-gov-platform.json'), 'utf8')) as OpenApiDocument;
const operations = operationsOf(document);

/** Some 6,100 requests: under a minute on a quiet two-core machine, several when it is shared; the suite default (120 s) is for one journey. */
const MATRIX_TIMEOUT_MS = 900_000;

/**
 * `authorised`: past authorisation (not 401/403). `authorised-on-record`: an allowed caller acting for the record's
 * own unit (or as the person it names) must also get past the record lookup and body validation (not 400/404),
 * or the case would not show that the unit check lets them through.
 */
type Expected = 'unauthenticated' | 'forbidden' | 'authorised' | 'authorised-on-record' | 'refused';

type Caller = { kind: 'anonymous' } | { kind: 'role'; role: Role; scope: UnitScope };

interface Case {
  operation: Operation;
  caller: Caller;
  expected: Expected;
}

interface Mismatch {
  operationId: string;
  caller: string;
  expected: string;
  got: string;
}

const EXPECTED_TEXT: Record<Expected, string> = {
  unauthenticated: '401',
  forbidden: '403',
  authorised: 'not 401/403',
  'authorised-on-record': 'not 400/401/403/404',
  refused: '403 or 404',
};

/** What the table says a caller gets. */
function expectedFor(operation: Operation, caller: Caller): Expected {
  const rule = AUTHORISATION_MATRIX[operation.id]!;
  if (caller.kind === 'anonymous') return rule.access === 'public' ? 'authorised' : 'unauthenticated';
  if (rule.access !== 'public' && !rule.access.includes(caller.role)) return 'forbidden';
  const scope: Scope = rule.access === 'public' ? 'any' : scopeOf(rule, caller.role);
  if (scope === 'any') return 'authorised';
  return caller.scope === 'own' ? 'authorised-on-record' : 'refused';
}

function matches(expected: Expected, status: number): boolean {
  switch (expected) {
    case 'unauthenticated':
      return status === 401;
    case 'forbidden':
      return status === 403;
    case 'authorised':
      return status !== 401 && status !== 403;
    case 'authorised-on-record':
      return ![400, 401, 403, 404].includes(status);
    case 'refused':
      return status === 403 || status === 404;
  }
}

/**
 * The cases of one operation, refusals first and the allowed own-unit cases last. Roles the route refuses are
 * asked once (their units cannot matter), anonymous callers have no units; the allowed roles are asked with all
 * three unit scopes.
 */
function casesOf(operation: Operation): Case[] {
  const rule = AUTHORISATION_MATRIX[operation.id]!;
  const callers: Caller[] = [{ kind: 'anonymous' }];
  const allowed = ROLES.filter((role) => rule.access === 'public' || rule.access.includes(role));
  for (const role of ROLES.filter((candidate) => !allowed.includes(candidate))) callers.push({ kind: 'role', role, scope: 'own' });
  for (const scope of ['other', 'none'] as const) for (const role of allowed) callers.push({ kind: 'role', role, scope });
  for (const role of allowed) callers.push({ kind: 'role', role, scope: 'own' });
  return callers.map((caller) => ({ operation, caller, expected: expectedFor(operation, caller) }));
}

/** The access extensions the document states for an operation. */
function accessOf(operation: Operation): { 'x-roles'?: string[]; 'x-unit-rule'?: string } {
  return document.paths[operation.path]![operation.method.toLowerCase()] as { 'x-roles'?: string[]; 'x-unit-rule'?: string };
}

function describeCaller(caller: Caller): string {
  return caller.kind === 'anonymous' ? 'anonymous' : `${caller.role}/${caller.scope}`;
}

describe('authorisation matrix: the table', () => {
  it('has exactly one row per operation of the document', () => {
    const documented = new Set(operations.map((operation) => operation.id));
    const missing = [...documented].filter((id) => AUTHORISATION_MATRIX[id] === undefined);
    const stale = Object.keys(AUTHORISATION_MATRIX).filter((id) => !documented.has(id));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
    const unknown = PENDING_FIXES.filter((fix) => !documented.has(fix.operationId)).map((fix) => fix.operationId);
    expect({ pendingFixesForUnknownOperations: unknown }).toEqual({ pendingFixesForUnknownOperations: [] });
  });

  it('agrees with the roles the document states (x-roles)', () => {
    const disagreements = operations.flatMap((operation) => {
      const rule = AUTHORISATION_MATRIX[operation.id];
      if (rule === undefined) return [];
      const documented = accessOf(operation)['x-roles'];
      const table = rule.access === 'public' ? undefined : [...rule.access].sort();
      return JSON.stringify(table) === JSON.stringify(documented === undefined ? undefined : [...documented].sort())
        ? []
        : [`${operation.id}: table ${JSON.stringify(table)}, document ${JSON.stringify(documented)}`];
    });
    expect(disagreements).toEqual([]);
  });

  it("states a unit rule (x-unit-rule) wherever a role's rights depend on units or on who the caller is, and `zone` only for zone scope", () => {
    const disagreements = operations.flatMap((operation) => {
      const rule = AUTHORISATION_MATRIX[operation.id];
      if (rule === undefined || rule.access === 'public') return [];
      const unitRule = accessOf(operation)['x-unit-rule'];
      const scoped = rule.access.filter((role) => scopeOf(rule, role) !== 'any').map((role) => `${role}: ${scopeOf(rule, role)}`);
      const notZone = rule.access.filter((role) => scopeOf(rule, role) !== 'zone');
      if (unitRule === undefined && scoped.length > 0) return [`${operation.id}: table scopes ${scoped.join(', ')}, document states no x-unit-rule`];
      if (unitRule === ZONE_UNIT && notZone.length > 0)
        return [`${operation.id}: document says x-unit-rule zone, table scopes ${notZone.map((role) => `${role}: ${scopeOf(rule, role)}`).join(', ')}`];
      return [];
    });
    expect(disagreements).toEqual([]);
  });
});

describe('authorisation matrix: every operation × role × unit scope', () => {
  let platform: TestPlatform;
  let fixtures: MatrixFixtures;
  const mismatches: Mismatch[] = [];
  const tokens = new Map<string, string>();
  let sent = 0;
  let startedAt = 0;

  async function tokenFor(role: Role, units: string[], subject: string): Promise<string> {
    const key = `${role}|${units.join(',')}|${subject}`;
    let token = tokens.get(key);
    if (token === undefined) {
      token = await platform.identity.token([role], units, subject);
      tokens.set(key, token);
    }
    return token;
  }

  async function send(testCase: Case): Promise<{ status: number; body: string }> {
    const { operation, caller } = testCase;
    const request = fixtures.requestFor(operation, caller.kind === 'role' ? caller.role : undefined);
    const headers: Record<string, string> = { 'x-request-id': `matrix-${sent++}` };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    if (caller.kind === 'role') {
      const scope = scopeOf(AUTHORISATION_MATRIX[operation.id]!, caller.role);
      const identity = fixtures.callerFor(operation, caller.role, scope, caller.scope);
      headers.authorization = `Bearer ${await tokenFor(caller.role, identity.units, identity.subject)}`;
    }
    // The gateway's own operations (the zone-wide views) have no service to call straight.
    const base = platform.serviceUrls[operation.service as ServiceName] ?? platform.gatewayUrl;
    const response = await fetch(`${base}${request.url}`, { method: request.method, headers, body: request.body });
    return { status: response.status, body: await response.text() };
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process' });
    await seedDemoData(platform.gatewayUrl, platform.identity.privateKeyPem, platform.identity.auth);
    fixtures = await matrixFixtures(platform, document);
    startedAt = Date.now();
  }, MATRIX_TIMEOUT_MS);

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  it(
    'gives every caller what the table says',
    async () => {
      const covered = operations.filter((operation) => AUTHORISATION_MATRIX[operation.id] !== undefined);
      // Reads first: writes that succeed change records, never the other way round.
      const ordered = [
        ...covered.filter((operation) => operation.method === 'GET'),
        ...fixtures.orderWrites(covered.filter((operation) => operation.method !== 'GET')),
      ];
      const cells = new Set<string>();
      for (const operation of ordered) {
        const cases = casesOf(operation);
        // Refusals by the guard change nothing, so they go out together; the others one by one, in order.
        const guardRefusals = cases.filter((testCase) => testCase.expected === 'unauthenticated' || testCase.expected === 'forbidden');
        const answers = new Map(await Promise.all(guardRefusals.map(async (testCase) => [testCase, await send(testCase)] as const)));
        for (const testCase of cases) {
          const answer = answers.get(testCase) ?? (await send(testCase));
          cells.add(`${operation.id}|${describeCaller(testCase.caller)}`);
          if (
            process.env.MATRIX_VERBOSE &&
            testCase.caller.kind === 'role' &&
            testCase.caller.scope === 'own' &&
            testCase.expected.startsWith('authorised') &&
            answer.status >= 400
          ) {
            process.stdout.write(`[own] ${operation.id} ${testCase.caller.role} → ${answer.status} ${answer.body.slice(0, 200)}\n`);
          }
          if (!matches(testCase.expected, answer.status)) {
            mismatches.push({
              operationId: operation.id,
              caller: describeCaller(testCase.caller),
              expected: EXPECTED_TEXT[testCase.expected],
              got: `${answer.status} ${answer.body.slice(0, 160)}`,
            });
          }
        }
      }
      const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
      process.stdout.write(
        `[authorisation matrix] ${covered.length} operations × (${ROLES.length} roles + anonymous) × ${UNIT_SCOPES.length} unit scopes (${UNIT_SCOPES.join('/')}) = ` +
          `${covered.length * (ROLES.length + 1) * UNIT_SCOPES.length} cells; ${cells.size} after collapsing those that cannot differ (anonymous and the roles an operation refuses, once each); ` +
          `${sent} requests in ${seconds} s\n`,
      );

      const pending = (mismatch: Mismatch) =>
        PENDING_FIXES.find((fix) => fix.operationId === mismatch.operationId && fix.scopes.some((scope) => mismatch.caller === `${fix.role}/${scope}`));
      const unexpected = mismatches.filter((mismatch) => pending(mismatch) === undefined);
      const fixed = PENDING_FIXES.filter((fix) => !mismatches.some((mismatch) => pending(mismatch) === fix)).map(
        (fix) => `${fix.operationId} ${fix.role}/${fix.scopes.join(',')}: ${fix.reason}`,
      );
      const table = unexpected.map((mismatch) => `${mismatch.operationId} | ${mismatch.caller} | expected ${mismatch.expected} | got ${mismatch.got}`);
      expect({ mismatches: table, pendingFixesNoLongerFailing: fixed }).toEqual({ mismatches: [], pendingFixesNoLongerFailing: [] });
    },
    MATRIX_TIMEOUT_MS,
  );
});
