/** Project categories as the zone's schedules name them. */
export const PROJECT_CATEGORIES = ['provincial-key', 'municipal-key', 'zone-key', 'ordinary'] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];
