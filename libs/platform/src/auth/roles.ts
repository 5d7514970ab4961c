/** Every role a token may carry. Ids are stable: they appear in tokens, guards and audit rows. */
export const ROLES = [
  'credit-staff',
  'records-clerk',
  'resident',
  'merchant',
  'village-clerk',
  'discipline-supervisor',
  'complaint-handler',
  'land-staff',
  'task-force',
  'leadership',
  'party-committee',
  'party-instructor',
  'org-secretary',
  'zone-admin',
  'integrator',
] as const;

export type Role = (typeof ROLES)[number];

/** One line per role for OpenAPI descriptions and the token CLI; the Record type keeps it complete. */
export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  'credit-staff': 'Credit-community staff (信用社区): maintain the credit records and scores of residents.',
  'records-clerk':
    'Records clerk (档案录入): enters credit records that predate the platform (redemptions, benefit uses) under their business date, each with a reason.',
  resident: 'Resident: sees own credit score and uses credit-based community services.',
  merchant: 'Partner merchant: grants and redeems credit-based benefits.',
  'village-clerk': 'Village-affairs clerk (村务): publishes village disclosures.',
  'discipline-supervisor': 'Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.',
  'complaint-handler': 'Complaint-handling department: receives and resolves complaints about disclosures.',
  'land-staff': 'Land-bureau staff: register land-approval cases and record their progress.',
  'task-force': 'Project task force (工作专班): drives assigned land approvals to completion.',
  leadership: 'Zone leadership: oversees land-approval progress and escalations.',
  'party-committee': 'Non-public-sector Party committee: maintains the Party-organisation registry.',
  'party-instructor': 'Party-building instructor: guides and reviews assigned Party organisations.',
  'org-secretary': 'Party-organisation secretary: keeps the records of their own organisation up to date.',
  'zone-admin': 'Platform administrator: maintains shared settings such as the holiday calendar.',
  integrator: 'District IT system: machine client reading land batches, the Party registry and its ledger, and statistics (see docs/roles.md).',
};

const roleSet: ReadonlySet<string> = new Set(ROLES);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && roleSet.has(value);
}
