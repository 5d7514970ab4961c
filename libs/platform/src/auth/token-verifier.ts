import { createPublicKey } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, type JWSAlgorithm, type JWTPayload, type JWTVerifyGetKey, type JWTVerifyOptions, type KeyObject } from 'jose';
import type { AuthUser } from './auth-user.js';
import { authUserFromClaims } from './claims.js';
import { InvalidTokenError, type InvalidTokenReason } from './invalid-token.error.js';

export interface TokenVerifierOptions {
  /** Expected `iss`. */
  issuer: string;
  /** Expected `aud`. */
  audience: string;
  /** Production: the identity provider's JWKS endpoint, fetched and cached on demand. */
  jwksUrl?: string;
  /** Development: the SPKI PEM public key matching the local dev signing key. */
  publicKeyPem?: string;
  /** Accepted signature algorithms; ES256 unless the identity provider signs otherwise. */
  algorithms?: JWSAlgorithm[];
}

/** Absorbs small clock drift between the issuer and the services without keeping stale tokens alive. */
const CLOCK_TOLERANCE_SECONDS = 30;

/** Verifies bearer tokens and turns them into the request identity; every service holds one. */
export class TokenVerifier {
  private readonly key: KeyObject | JWTVerifyGetKey;
  private readonly verifyOptions: JWTVerifyOptions;

  constructor(options: TokenVerifierOptions) {
    const { jwksUrl, publicKeyPem } = options;
    if (jwksUrl) {
      if (publicKeyPem) {
        throw new Error('TokenVerifier takes either jwksUrl or publicKeyPem, not both');
      }
      this.key = createRemoteJWKSet(new URL(jwksUrl));
    } else if (publicKeyPem) {
      // Parsed eagerly so a broken key fails at startup rather than on the first request.
      this.key = createPublicKey(publicKeyPem);
    } else {
      throw new Error('TokenVerifier needs jwksUrl or publicKeyPem');
    }
    this.verifyOptions = {
      issuer: options.issuer,
      audience: options.audience,
      algorithms: options.algorithms ?? ['ES256'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp'],
    };
  }

  /** Throws InvalidTokenError for anything wrong with the token; other errors (e.g. JWKS unreachable) pass through. */
  async verify(token: string): Promise<AuthUser> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.key, this.verifyOptions));
    } catch (error) {
      const reason = invalidTokenReason(error);
      throw reason ? new InvalidTokenError(reason, { cause: error }) : error;
    }
    return authUserFromClaims(payload);
  }
}

function invalidTokenReason(error: unknown): InvalidTokenReason | undefined {
  if (error instanceof errors.JWTExpired) {
    return 'expired';
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'iss':
        return 'wrong-issuer';
      case 'aud':
        return 'wrong-audience';
      case 'nbf':
        return 'not-yet-valid';
      default:
        return error.reason === 'missing' ? 'missing-claims' : 'invalid-claims';
    }
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JOSEAlgNotAllowed ||
    // The token names a key the issuer does not publish: as untrusted as a forged signature.
    error instanceof errors.JWKSNoMatchingKey
  ) {
    return 'bad-signature';
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSENotSupported) {
    return 'malformed';
  }
  return undefined;
}
