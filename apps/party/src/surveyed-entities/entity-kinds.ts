/** Non-public enterprise (非公企业) or social organisation (社会组织). */
export const ENTITY_KINDS = ['enterprise', 'social-organisation'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Sectors the survey teams sweep; express logistics and construction-installation as in the 51 + 17 sweep. */
export const SECTORS = [
  'express-logistics',
  'construction-installation',
  'human-resources',
  'manufacturing',
  'commerce-services',
  'technology',
  'social-services',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Whether the Party committee has taken the entity under management (纳入管理). */
export const MANAGEMENT_STATUSES = ['under-management', 'not-under-management'] as const;
export type ManagementStatus = (typeof MANAGEMENT_STATUSES)[number];
