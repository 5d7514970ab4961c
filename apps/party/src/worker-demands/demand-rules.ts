/**
 * Demands of new-employment groups (新就业群体: couriers, riders, drivers), handled by the "demand
 * expression" mechanism 诉求收集 → 对策谋划 → 跟踪落实:
 *   collected --plan--> planned --plan (revise) / follow-up--> planned --close--> closed
 * Following up or closing needs a plan first; a closed demand takes nothing more.
 */
export const WORKER_GROUPS = ['courier', 'delivery-rider', 'ride-hailing-driver', 'truck-driver', 'other'] as const;
export const DEMAND_STATUSES = ['collected', 'planned', 'closed'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];
export type DemandAction = 'plan' | 'follow-up' | 'close';

export function demandTransition(status: DemandStatus, action: DemandAction): { ok: true; status: DemandStatus } | { ok: false; problem: string } {
  if (status === 'closed') return { ok: false, problem: 'the demand is closed' };
  if (action === 'plan') return { ok: true, status: 'planned' };
  if (status === 'collected') return { ok: false, problem: `plan a response before ${action === 'close' ? 'closing' : 'following up'}` };
  return { ok: true, status: action === 'close' ? 'closed' : 'planned' };
}
