/** The "five clears" (五清) a survey records, as closed vocabularies. */
export const OWNER_POLITICAL_STATUSES = ['party-member', 'non-member'] as const;
export const OPERATING_STATUSES = ['operating', 'suspended', 'ceased'] as const;
/** Organisation set-up found: none, or a Party organisation formed standalone, jointly or on a platform. */
export const PARTY_ORGANISATION_SETUPS = ['none', 'standalone', 'joint', 'platform'] as const;
