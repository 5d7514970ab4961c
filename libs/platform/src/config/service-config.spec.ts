import { describe, expect, it } from '@jest/globals';
import { ConfigError } from './env-reader.js';
import { loadServiceConfig } from './service-config.js';

const key = Buffer.alloc(32, 7).toString('base64');
const valid = {
  DATABASE_URL: 'postgres://zone@127.0.0.1:5432/zone_land',
  AUTH_DEV_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\\nabc\\n-----END PUBLIC KEY-----',
  PII_ENCRYPTION_KEY: key,
  PII_HASH_KEY: key,
};

describe('loadServiceConfig', () => {
  it('applies defaults', () => {
    const config = loadServiceConfig('land', valid);
    expect(config.port).toBe(3003);
    expect(config.events).toMatchObject({ transport: 'kafka', kafkaBrokers: ['127.0.0.1:9092'] });
    expect(config.auth.publicKeyPem).toContain('\nabc\n');
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      loadServiceConfig('credit', { ...valid, DATABASE_URL: 'mysql://x', PORT: 'eighty', PII_HASH_KEY: 'c2hvcnQ=' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('PORT');
    expect(message).toContain('PII_HASH_KEY');
    expect((error as ConfigError).problems).toHaveLength(3);
  });

  it('requires a way to verify tokens', () => {
    expect(() => loadServiceConfig('party', { ...valid, AUTH_DEV_PUBLIC_KEY: '' })).toThrow(/AUTH_JWKS_URL/);
  });

  it('reads the public portal URL as an absolute http(s) URL without a trailing slash', () => {
    expect(loadServiceConfig('supervision', valid).publicPortalUrl).toBe('http://localhost:3000');
    expect(loadServiceConfig('supervision', { ...valid, PUBLIC_PORTAL_URL: 'https://zone.example.gov.cn/portal/' }).publicPortalUrl).toBe(
      'https://zone.example.gov.cn/portal',
    );
    expect(() => loadServiceConfig('supervision', { ...valid, PUBLIC_PORTAL_URL: 'zone.example.gov.cn' })).toThrow(/PUBLIC_PORTAL_URL must be a URL/);
    expect(() => loadServiceConfig('supervision', { ...valid, PUBLIC_PORTAL_URL: 'ftp://zone.example.gov.cn' })).toThrow(
      /PUBLIC_PORTAL_URL must be a https: or http: URL/,
    );
  });
});
