import type { EventDefinition } from '../../event-definition.js';
import { ComplaintAnswered } from './complaint-answered.event.js';
import { ComplaintClosed } from './complaint-closed.event.js';
import { ComplaintFiled } from './complaint-filed.event.js';
import { DisclosureCorrected } from './disclosure-corrected.event.js';
import { DisclosurePublished } from './disclosure-published.event.js';
import { FindingRaised } from './finding-raised.event.js';
import { RectificationOverdue } from './rectification-overdue.event.js';

export { ComplaintAnswered, ComplaintClosed, ComplaintFiled, DisclosureCorrected, DisclosurePublished, FindingRaised, RectificationOverdue };

/** Events the supervision service publishes. */
export const SUPERVISION_EVENTS: readonly EventDefinition[] = [
  DisclosurePublished,
  DisclosureCorrected,
  ComplaintFiled,
  ComplaintAnswered,
  ComplaintClosed,
  FindingRaised,
  RectificationOverdue,
];
