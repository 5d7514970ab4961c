import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv4, isIPv6 } from 'node:net';
import type { EnvReader } from '../config/env-reader.js';

/** Where every app serves its Prometheus metrics, outside the API prefix. */
export const METRICS_PATH = '/metrics';

/** Loopback and the private ranges (RFC 1918, IPv6 unique local): where a scraper inside the deployment calls from. */
export const DEFAULT_METRICS_ALLOW_CIDRS: readonly string[] = ['127.0.0.0/8', '::1/128', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'];

/** Who may scrape `/metrics`: holders of the token, or clients calling from the allowed networks. */
export interface MetricsAccessConfig {
  /** Sent by the scraper as `Authorization: Bearer <token>`; unset, only the networks below are admitted. */
  token?: string;
  /** Client address ranges admitted without a token; empty admits none. */
  allowCidrs: readonly string[];
}

export const DEFAULT_METRICS_ACCESS: MetricsAccessConfig = { allowCidrs: DEFAULT_METRICS_ALLOW_CIDRS };

const MIN_TOKEN_LENGTH = 32;

/** METRICS_TOKEN and METRICS_ALLOW_CIDRS (comma-separated; `none` for no network at all). */
export function readMetricsAccessConfig(reader: EnvReader): MetricsAccessConfig {
  const token = reader.optional('METRICS_TOKEN');
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH)
    reader.reject(`METRICS_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters (e.g. openssl rand -hex 32)`);
  const listed = reader.list('METRICS_ALLOW_CIDRS', [...DEFAULT_METRICS_ALLOW_CIDRS]);
  const allowCidrs = listed.length === 1 && listed[0] === 'none' ? [] : listed;
  for (const cidr of allowCidrs) {
    if (parseCidr(cidr) === undefined) reader.reject(`METRICS_ALLOW_CIDRS: "${cidr}" is not an address range such as 10.0.0.0/8 or fd00::/8 (or "none")`);
  }
  return { ...(token === undefined ? {} : { token }), allowCidrs };
}

export type MetricsDecision = { allowed: true } | { allowed: false; status: 401 | 403; detail: string };

/**
 * Decides whether a scrape may read the metrics. A configured token admits its holder from anywhere
 * (compared in constant time); otherwise the client address must lie in an allowed range. The address
 * is the one the HTTP server reports: X-Forwarded-For counts only where the server trusts the proxy
 * that sent it (the gateway's TRUST_PROXY), so a client cannot claim an internal address.
 */
export class MetricsAccess {
  private readonly networks = new BlockList();
  private readonly tokenDigest?: Buffer;

  constructor(private readonly config: MetricsAccessConfig) {
    for (const cidr of config.allowCidrs) {
      const parsed = parseCidr(cidr);
      if (parsed === undefined) throw new Error(`Not an address range: ${cidr}`);
      this.networks.addSubnet(parsed.address, parsed.prefix, parsed.family);
    }
    if (config.token !== undefined) this.tokenDigest = digest(config.token);
  }

  decide(clientAddress: string | undefined, authorization: string | undefined): MetricsDecision {
    if (authorization !== undefined) {
      const offered = /^Bearer +(\S+) *$/i.exec(authorization)?.[1];
      if (this.tokenDigest !== undefined && offered !== undefined && timingSafeEqual(digest(offered), this.tokenDigest)) return { allowed: true };
      return { allowed: false, status: 401, detail: 'The metrics token is wrong.' };
    }
    if (clientAddress !== undefined && this.fromAllowedNetwork(clientAddress)) return { allowed: true };
    return this.tokenDigest !== undefined
      ? { allowed: false, status: 401, detail: 'Metrics need the metrics token (Authorization: Bearer <METRICS_TOKEN>) from outside the allowed networks.' }
      : { allowed: false, status: 403, detail: 'Metrics are served only to the allowed internal networks (METRICS_ALLOW_CIDRS).' };
  }

  private fromAllowedNetwork(address: string): boolean {
    // An IPv4 client of a dual-stack socket shows as ::ffff:a.b.c.d.
    const plain = address.startsWith('::ffff:') && isIPv4(address.slice(7)) ? address.slice(7) : address;
    if (isIPv4(plain)) return this.networks.check(plain, 'ipv4');
    return isIPv6(plain) && this.networks.check(plain, 'ipv6');
  }
}

/** Whether a request targets the metrics endpoint, whose bearer token is the metrics token, not a user's. */
export function isMetricsRequest(url: string | undefined): boolean {
  return url !== undefined && url.split('?', 1)[0] === METRICS_PATH;
}

/** Both sides hashed first, so the comparison takes the same time whatever the lengths. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function parseCidr(cidr: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | undefined {
  const [address, prefixText, ...rest] = cidr.split('/');
  if (address === undefined || rest.length > 0) return undefined;
  const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : undefined;
  if (family === undefined) return undefined;
  const max = family === 'ipv4' ? 32 : 128;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (!/^\d+$/.test(prefixText ?? String(max)) || prefix > max) return undefined;
  return { address, prefix, family };
}
