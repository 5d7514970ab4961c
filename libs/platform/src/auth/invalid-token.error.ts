/** Why a bearer token was refused. Safe to show to the caller: none of them leaks key or claim details. */
export type InvalidTokenReason =
  'malformed' | 'bad-signature' | 'expired' | 'not-yet-valid' | 'wrong-issuer' | 'wrong-audience' | 'missing-claims' | 'invalid-claims';

const MESSAGES: Readonly<Record<InvalidTokenReason, string>> = {
  malformed: 'token is malformed',
  'bad-signature': 'token signature is not valid',
  expired: 'token has expired',
  'not-yet-valid': 'token is not valid yet',
  'wrong-issuer': 'token was issued by an untrusted issuer',
  'wrong-audience': 'token is not meant for this platform',
  'missing-claims': 'token lacks required claims',
  'invalid-claims': 'token claims are invalid',
};

/** Raised for every token the caller is to blame for; anything else (e.g. an unreachable JWKS) is a server fault. */
export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';

  constructor(
    readonly reason: InvalidTokenReason,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[reason], options);
  }
}
