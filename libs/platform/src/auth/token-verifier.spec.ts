import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { exportJWK, SignJWT } from 'jose';
import { generateDevKeyPair, signDevToken, type DevKeyPair, type DevTokenInput } from './dev-keys.js';
import { InvalidTokenError, type InvalidTokenReason } from './invalid-token.error.js';
import { TokenVerifier } from './token-verifier.js';

const ISSUER = 'zone-gov-test';
const AUDIENCE = 'zone-gov-platform';

const claims: DevTokenInput = {
  sub: 'u-123',
  name: '张三',
  roles: ['credit-staff'],
  units: ['菱北办事处'],
  issuer: ISSUER,
  audience: AUDIENCE,
  expiresIn: '1h',
};

let trusted: DevKeyPair;
let stranger: DevKeyPair;

beforeAll(async () => {
  [trusted, stranger] = await Promise.all([generateDevKeyPair(), generateDevKeyPair()]);
});

async function expectRejection(verifier: TokenVerifier, token: string, reason: InvalidTokenReason): Promise<void> {
  const error = await verifier.verify(token).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(InvalidTokenError);
  expect((error as InvalidTokenError).reason).toBe(reason);
}

describe('TokenVerifier with a local public key', () => {
  let verifier: TokenVerifier;

  beforeAll(() => {
    verifier = new TokenVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKeyPem: trusted.publicKeyPem });
  });

  it('accepts a good dev token', async () => {
    const token = await signDevToken(trusted.privateKeyPem, claims);
    await expect(verifier.verify(token)).resolves.toEqual({
      id: 'u-123',
      name: '张三',
      roles: ['credit-staff'],
      units: ['菱北办事处'],
      kind: 'user',
    });
  });

  it('tolerates small clock drift but not an expired token', async () => {
    const justExpired = await signDevToken(trusted.privateKeyPem, { ...claims, expiresIn: -10 });
    await expect(verifier.verify(justExpired)).resolves.toMatchObject({ id: 'u-123', roles: ['credit-staff'] });
    const expired = await signDevToken(trusted.privateKeyPem, { ...claims, expiresIn: '-5m' });
    await expectRejection(verifier, expired, 'expired');
  });

  it('rejects a wrong issuer or audience', async () => {
    const foreignIssuer = await signDevToken(trusted.privateKeyPem, { ...claims, issuer: 'elsewhere' });
    await expectRejection(verifier, foreignIssuer, 'wrong-issuer');
    const foreignAudience = await signDevToken(trusted.privateKeyPem, { ...claims, audience: 'other-app' });
    await expectRejection(verifier, foreignAudience, 'wrong-audience');
  });

  it('rejects a tampered payload and a token signed by another key', async () => {
    const [header, , signature] = (await signDevToken(trusted.privateKeyPem, claims)).split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ sub: 'u-123', roles: ['zone-admin'], units: ['zone'], iss: ISSUER, aud: AUDIENCE, exp: 4102444800 }),
    ).toString('base64url');
    await expectRejection(verifier, `${header}.${forgedPayload}.${signature}`, 'bad-signature');
    await expectRejection(verifier, await signDevToken(stranger.privateKeyPem, claims), 'bad-signature');
  });

  it('rejects algorithms it was not configured for', async () => {
    const token = await new SignJWT({ roles: ['resident'], units: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u-1')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('1h')
      .sign(new Uint8Array(32));
    await expectRejection(verifier, token, 'bad-signature');
  });

  it('rejects garbage as malformed', async () => {
    await expectRejection(verifier, 'not-a-jwt', 'malformed');
  });

  it('rejects tokens without roles, units or exp', async () => {
    const sign = (payload: Record<string, unknown>, expires = true) => {
      const jwt = new SignJWT(payload).setProtectedHeader({ alg: 'ES256' }).setSubject('u-1').setIssuer(ISSUER).setAudience(AUDIENCE);
      return (expires ? jwt.setExpirationTime('1h') : jwt).sign(createPrivateKey(trusted.privateKeyPem));
    };
    await expectRejection(verifier, await sign({ units: [] }), 'missing-claims');
    await expectRejection(verifier, await sign({ roles: ['resident'] }), 'missing-claims');
    await expectRejection(verifier, await sign({ roles: ['resident'], units: [] }, false), 'missing-claims');
  });

  it('refuses ambiguous or missing key configuration', () => {
    expect(() => new TokenVerifier({ issuer: ISSUER, audience: AUDIENCE })).toThrow('needs jwksUrl or publicKeyPem');
    const both = { publicKeyPem: trusted.publicKeyPem, jwksUrl: 'http://127.0.0.1/' };
    expect(() => new TokenVerifier({ issuer: ISSUER, audience: AUDIENCE, ...both })).toThrow('not both');
  });
});

describe('TokenVerifier with a remote JWKS', () => {
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    const jwk = await exportJWK(createPublicKey(trusted.publicKeyPem));
    const body = JSON.stringify({ keys: [{ ...jwk, kid: 'dev-1', alg: 'ES256', use: 'sig' }] });
    server = createServer((request, response) => {
      if (request.url === '/jwks') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(body);
      } else {
        response.writeHead(503).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const verifierFor = (path: string) => new TokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksUrl: `${baseUrl}${path}` });

  it('accepts a token signed by a published key', async () => {
    const user = await verifierFor('/jwks').verify(await signDevToken(trusted.privateKeyPem, claims));
    expect(user.id).toBe('u-123');
  });

  it('rejects a token signed by an unpublished key', async () => {
    await expectRejection(verifierFor('/jwks'), await signDevToken(stranger.privateKeyPem, claims), 'bad-signature');
  });

  it('reports an unavailable key set as a server fault, not as a bad token', async () => {
    const error = await verifierFor('/down')
      .verify(await signDevToken(trusted.privateKeyPem, claims))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(InvalidTokenError);
  });
});
