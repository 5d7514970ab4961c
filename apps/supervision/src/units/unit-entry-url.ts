/** The API path of a unit's public overview: what a resident sees after scanning its QR code. */
export function unitOverviewPath(code: string): string {
  return `/api/v1/supervision/units/${encodeURIComponent(code)}/overview`;
}

/**
 * The absolute URL a unit's printed QR code carries: the public portal (PUBLIC_PORTAL_URL, which may
 * have a path of its own, e.g. behind a reverse proxy) followed by the unit's overview path.
 */
export function unitEntryUrl(publicPortalUrl: string, code: string): string {
  return `${publicPortalUrl.replace(/\/+$/, '')}${unitOverviewPath(code)}`;
}
