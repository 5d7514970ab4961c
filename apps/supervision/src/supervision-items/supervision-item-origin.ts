/** Where an item comes from: the basic catalogue (基本监督事项清单, 33 items) or the zone's own additions (4). */
export const SUPERVISION_ITEM_ORIGINS = ['basic-catalogue', 'local'] as const;
export type SupervisionItemOrigin = (typeof SUPERVISION_ITEM_ORIGINS)[number];
