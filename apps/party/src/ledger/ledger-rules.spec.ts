import { describe, expect, it } from '@jest/globals';
import { DEFAULT_LEDGER_RULES, deriveLedgerColour, effectiveColour, type LedgerFacts } from './ledger-rules.js';

const facts = (overrides: Partial<LedgerFacts> = {}): LedgerFacts => ({
  operatingStatus: 'operating',
  partyMemberCount: 0,
  hasPartyOrganisation: false,
  massOrganisations: [],
  ...overrides,
});

describe('deriveLedgerColour', () => {
  it('rule 1: a ceased entity is green whatever else is true', () => {
    expect(deriveLedgerColour(facts({ operatingStatus: 'ceased', partyMemberCount: 10 }))).toMatchObject({ colour: 'green', reason: 'ceased-operating' });
  });

  it('a suspended entity is judged like an operating one', () => {
    expect(deriveLedgerColour(facts({ operatingStatus: 'suspended', partyMemberCount: 3 }))).toMatchObject({ colour: 'red' });
  });

  it('rule 2: covered with every required mass organisation is green, missing one is yellow', () => {
    expect(deriveLedgerColour(facts({ hasPartyOrganisation: true, massOrganisations: ['trade-union'] }))).toMatchObject({ colour: 'green', reason: 'covered' });
    const missing = deriveLedgerColour(facts({ hasPartyOrganisation: true, partyMemberCount: 8, massOrganisations: ['youth-league'] }));
    expect(missing).toMatchObject({ colour: 'yellow', reason: 'mass-organisations-missing' });
    expect(missing.explanation).toContain('trade-union');
  });

  it('rule 3: members at the threshold without an organisation is red; rule 4: one fewer is yellow', () => {
    expect(deriveLedgerColour(facts({ partyMemberCount: 3 }))).toMatchObject({ colour: 'red', reason: 'qualifies-without-party-organisation' });
    expect(deriveLedgerColour(facts({ partyMemberCount: 2 }))).toMatchObject({ colour: 'yellow', reason: 'too-few-members-to-form-alone' });
    expect(deriveLedgerColour(facts({ partyMemberCount: 0, massOrganisations: ['trade-union', 'youth-league', 'womens-federation'] }))).toMatchObject({
      colour: 'yellow',
    });
  });

  it('follows changed settings: threshold and required mass organisations', () => {
    const rules = { minMembersToForm: 5, requiredMassOrganisations: ['trade-union', 'womens-federation'] as const };
    expect(deriveLedgerColour(facts({ partyMemberCount: 4 }), { ...rules, requiredMassOrganisations: [...rules.requiredMassOrganisations] })).toMatchObject({
      colour: 'yellow',
    });
    expect(deriveLedgerColour(facts({ partyMemberCount: 5 }), { ...rules, requiredMassOrganisations: [] })).toMatchObject({ colour: 'red' });
    expect(
      deriveLedgerColour(facts({ hasPartyOrganisation: true, massOrganisations: ['trade-union'] }), {
        ...rules,
        requiredMassOrganisations: [...rules.requiredMassOrganisations],
      }),
    ).toMatchObject({
      colour: 'yellow',
      reason: 'mass-organisations-missing',
    });
    expect(deriveLedgerColour(facts({ hasPartyOrganisation: true }), { minMembersToForm: 3, requiredMassOrganisations: [] })).toMatchObject({
      colour: 'green',
    });
    expect(DEFAULT_LEDGER_RULES).toEqual({ minMembersToForm: 3, requiredMassOrganisations: ['trade-union'] });
  });
});

describe('effectiveColour', () => {
  it('uses an override up to and including its expiry date, then the derived colour', () => {
    const override = { colour: 'green' as const, expiresOn: '2026-06-30' };
    expect(effectiveColour('red', override, '2026-06-29')).toBe('green');
    expect(effectiveColour('red', override, '2026-06-30')).toBe('green');
    expect(effectiveColour('red', override, '2026-07-01')).toBe('red');
    expect(effectiveColour('yellow', null, '2026-07-01')).toBe('yellow');
  });
});
