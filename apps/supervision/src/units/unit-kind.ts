/** 村 / 社区 take part in the platform; `zone` holds zone-level disclosures such as land approvals (用地报批). */
export const UNIT_KINDS = ['village', 'community', 'zone'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
