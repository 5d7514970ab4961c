import { randomBytes } from 'node:crypto';
import { generateDevKeyPair, signDevToken, type AuthConfig, type Role } from '#platform';

/** A signing key for one test file, with the auth settings services need to trust it. */
export async function createTestIdentity() {
  const keys = await generateDevKeyPair();
  const auth: AuthConfig = { issuer: 'zone-gov-test', audience: 'zone-gov-platform', publicKeyPem: keys.publicKeyPem };
  return {
    auth,
    /** For loaders that sign their own tokens (the demo data). */
    privateKeyPem: keys.privateKeyPem,
    pii: { encryptionKey: randomBytes(32), hashKey: randomBytes(32) },
    // A test file's tokens outlive its slowest run (the authorisation matrix takes minutes on a busy machine).
    token: (roles: Role[], units: string[] = ['zone'], sub = `test-${roles[0]}`) =>
      signDevToken(keys.privateKeyPem, { sub, name: 'Test user', roles, units, issuer: auth.issuer, audience: auth.audience, expiresIn: '2h' }),
  };
}
