import { LandBatchApproved } from '#contracts';

/** Where an item comes from: the basic catalogue (基本监督事项清单, 33 items) or the zone's own additions (4). */
export const SUPERVISION_ITEM_ORIGINS = ['basic-catalogue', 'local'] as const;
export type SupervisionItemOrigin = (typeof SUPERVISION_ITEM_ORIGINS)[number];

/**
 * Categories the zone's reporting names: collective assets (集体资产), social-security funds (社保资金),
 * land requisition and approval (土地征收 / 用地报批), subsidy and reward payouts (奖补), business environment (营商环境).
 */
export const SUPERVISION_ITEM_CATEGORIES = ['collective-assets', 'social-security-funds', 'land', 'subsidies', 'business-environment', 'other'] as const;
export type SupervisionItemCategory = (typeof SUPERVISION_ITEM_CATEGORIES)[number];

/** `review`: a disclosure created from an event starts as a draft the unit checks; `direct`: it is published at once. */
export const PUBLICATION_RULES = ['review', 'direct'] as const;
export type PublicationRule = (typeof PUBLICATION_RULES)[number];

/** Event types this service can turn into disclosures of the item that names them. */
export const DISCLOSABLE_EVENTS = [LandBatchApproved.type] as const;

/**
 * Who publishes a clerk's disclosure of the item: `direct`, the clerk alone; `review-required`, a clerk's publication
 * waits for a discipline supervisor's approval.
 */
export const PUBLICATION_REVIEWS = ['direct', 'review-required'] as const;
export type PublicationReview = (typeof PUBLICATION_REVIEWS)[number];
