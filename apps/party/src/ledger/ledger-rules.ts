/**
 * The red/yellow/green ledger (红黄绿三色台账). An entity's colour follows from its current facts by these
 * rules, checked in order; the first that applies decides:
 *
 *   1. ceased-operating                → green  (nothing left to cover)
 *   2. party organisation covers it     → yellow when a required mass organisation is missing
 *                                          (mass-organisations-missing), otherwise green (covered)
 *   3. no party organisation and at least `minMembersToForm` Party members
 *                                      → red    (qualifies-without-party-organisation)
 *   4. no party organisation, fewer members than that
 *                                      → yellow (too-few-members-to-form-alone: join a joint or
 *                                               platform organisation, set up mass organisations first)
 *
 * `minMembersToForm` (3: the smallest branch the Party constitution allows) and the mass organisations
 * every covered entity needs are settings the Party committee can change.
 */
export const LEDGER_COLOURS = ['red', 'yellow', 'green'] as const;
export type LedgerColour = (typeof LEDGER_COLOURS)[number];

export const MASS_ORGANISATION_KINDS = ['trade-union', 'youth-league', 'womens-federation'] as const;
export type MassOrganisationKind = (typeof MASS_ORGANISATION_KINDS)[number];

export const LEDGER_REASONS = [
  'ceased-operating',
  'covered',
  'mass-organisations-missing',
  'qualifies-without-party-organisation',
  'too-few-members-to-form-alone',
] as const;
export type LedgerReason = (typeof LEDGER_REASONS)[number];

export interface LedgerRuleSettings {
  /** Party members needed to form an organisation alone. */
  minMembersToForm: number;
  /** Mass organisations a covered entity must also have. */
  requiredMassOrganisations: MassOrganisationKind[];
}

export const DEFAULT_LEDGER_RULES: LedgerRuleSettings = { minMembersToForm: 3, requiredMassOrganisations: ['trade-union'] };

export interface LedgerFacts {
  operatingStatus: 'operating' | 'suspended' | 'ceased';
  partyMemberCount: number;
  /** A Party organisation of any formation (standalone, joint, platform) covers the entity. */
  hasPartyOrganisation: boolean;
  massOrganisations: readonly MassOrganisationKind[];
}

export interface LedgerVerdict {
  colour: LedgerColour;
  reason: LedgerReason;
  /** Human-readable explanation stored with the history row. */
  explanation: string;
}

export function deriveLedgerColour(facts: LedgerFacts, rules: LedgerRuleSettings = DEFAULT_LEDGER_RULES): LedgerVerdict {
  if (facts.operatingStatus === 'ceased') return { colour: 'green', reason: 'ceased-operating', explanation: 'The entity has ceased operating.' };
  if (facts.hasPartyOrganisation) {
    const missing = rules.requiredMassOrganisations.filter((kind) => !facts.massOrganisations.includes(kind));
    if (missing.length > 0) {
      return { colour: 'yellow', reason: 'mass-organisations-missing', explanation: `Covered by a Party organisation but without: ${missing.join(', ')}.` };
    }
    return { colour: 'green', reason: 'covered', explanation: 'Party organisation and required mass organisations in place.' };
  }
  if (facts.partyMemberCount >= rules.minMembersToForm) {
    return {
      colour: 'red',
      reason: 'qualifies-without-party-organisation',
      explanation: `${facts.partyMemberCount} Party members (at least ${rules.minMembersToForm} can form an organisation) but no Party organisation.`,
    };
  }
  return {
    colour: 'yellow',
    reason: 'too-few-members-to-form-alone',
    explanation: `${facts.partyMemberCount} Party members, fewer than the ${rules.minMembersToForm} needed to form an organisation alone.`,
  };
}

/** The colour shown: an unexpired manual override wins over the rules. Dates are 'YYYY-MM-DD' (Asia/Shanghai). */
export function effectiveColour(derived: LedgerColour, override: { colour: LedgerColour; expiresOn: string } | null, today: string): LedgerColour {
  return override !== null && override.expiresOn >= today ? override.colour : derived;
}
