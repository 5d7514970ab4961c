import { describe, expect, it } from '@jest/globals';
import { ConfigError, EnvReader } from '../config/env-reader.js';
import { DEFAULT_METRICS_ALLOW_CIDRS, isMetricsRequest, MetricsAccess, readMetricsAccessConfig } from './metrics-access.js';

const TOKEN = 'a'.repeat(40);

const read = (env: Record<string, string>) => {
  const reader = new EnvReader(env);
  const config = readMetricsAccessConfig(reader);
  reader.assertValid('test');
  return config;
};

describe('metrics access', () => {
  it('admits loopback and private networks by default, and nobody else without a token', () => {
    const access = new MetricsAccess(read({}));
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.2.3.4', '172.20.0.5', '192.168.1.9', 'fd12::1']) {
      expect(access.decide(address, undefined)).toEqual({ allowed: true });
    }
    for (const address of ['203.0.113.9', '172.32.0.1', '::ffff:8.8.8.8', '2001:db8::1', undefined]) {
      expect(access.decide(address, undefined)).toMatchObject({ allowed: false, status: 403 });
    }
    expect(read({}).allowCidrs).toEqual(DEFAULT_METRICS_ALLOW_CIDRS);
  });

  it('admits the token from anywhere and refuses a wrong one even from an allowed network', () => {
    const access = new MetricsAccess(read({ METRICS_TOKEN: TOKEN, METRICS_ALLOW_CIDRS: 'none' }));
    expect(access.decide('203.0.113.9', `Bearer ${TOKEN}`)).toEqual({ allowed: true });
    expect(access.decide('203.0.113.9', `bearer  ${TOKEN} `)).toEqual({ allowed: true });
    expect(access.decide('127.0.0.1', undefined)).toMatchObject({ allowed: false, status: 401 });
    expect(access.decide('127.0.0.1', `Bearer ${TOKEN.slice(1)}`)).toMatchObject({ allowed: false, status: 401 });
    expect(access.decide('127.0.0.1', `Basic ${TOKEN}`)).toMatchObject({ allowed: false, status: 401 });
    expect(new MetricsAccess(read({})).decide('127.0.0.1', `Bearer ${TOKEN}`)).toMatchObject({ allowed: false, status: 401 });
  });

  it('refuses short tokens and ranges that are not ranges, naming each', () => {
    const reader = new EnvReader({ METRICS_TOKEN: 'short', METRICS_ALLOW_CIDRS: '10.0.0.0/8,10.0.0.0/33,intranet' });
    readMetricsAccessConfig(reader);
    let error: unknown;
    try {
      reader.assertValid('test');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringContaining('METRICS_TOKEN'),
      expect.stringContaining('10.0.0.0/33'),
      expect.stringContaining('intranet'),
    ]);
  });

  it('recognises the metrics path with or without a query, and nothing else', () => {
    expect(isMetricsRequest('/metrics')).toBe(true);
    expect(isMetricsRequest('/metrics?x=1')).toBe(true);
    expect(isMetricsRequest('/metrics/x')).toBe(false);
    expect(isMetricsRequest('/api/v1/land/metrics')).toBe(false);
    expect(isMetricsRequest(undefined)).toBe(false);
  });
});
