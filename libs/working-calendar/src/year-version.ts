/** Which write a stored calendar year comes from; services compare versions to agree on one winner. */
export interface YearVersion {
  /** When the administrator set the year; for shipped data, when it was inserted. */
  setAt: Date;
  /** The event that carries this version; null for data shipped with the code. */
  eventId: string | null;
}

/**
 * Last writer wins: an administrator's write from another service replaces the stored year when it was set later,
 * ties going to the greater event id so that every service picks the same winner. Shipped data gives way to any
 * administrator's write, however old, so that a service replaying the topic from the start ends up where its peers are.
 * The version already stored (a service's own event coming back) does not supersede itself.
 */
export function supersedes(incoming: YearVersion & { eventId: string }, stored: YearVersion | undefined): boolean {
  if (stored === undefined || stored.eventId === null) return true;
  const difference = incoming.setAt.getTime() - stored.setAt.getTime();
  return difference > 0 || (difference === 0 && incoming.eventId > stored.eventId);
}

/**
 * The setAt of a new local write: now, or just after the stored version when that one is not older. A peer whose
 * clock runs ahead could otherwise stamp its write later than this newer one, and the services would disagree.
 */
export function nextSetAt(now: Date, stored: YearVersion | undefined): Date {
  return stored !== undefined && stored.setAt.getTime() >= now.getTime() ? new Date(stored.setAt.getTime() + 1) : now;
}
