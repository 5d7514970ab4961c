import { defineProblem } from '#platform/problems';

const invalidCardQr = { status: 422, title: 'Card QR code not valid' };

/** Problems of ratings and the credit service level card. */
export const ratingProblems = {
  invalidThresholds: defineProblem({
    slug: 'invalid-thresholds',
    status: 422,
    title: 'Invalid thresholds',
    when: 'Levels do not rise A < AA < AAA.',
    detail: (problem: string) => problem,
  }),
  cardNotFound: defineProblem({
    slug: 'card-not-found',
    status: 404,
    title: 'Card not found',
    when: 'No credit service level card with this number.',
  }),
  cardQrMalformed: defineProblem({
    ...invalidCardQr,
    slug: 'card-qr-malformed',
    when: 'The QR code is malformed; ask the holder to refresh it.',
  }),
  cardQrBadSignature: defineProblem({
    ...invalidCardQr,
    slug: 'card-qr-bad-signature',
    when: 'The QR code has a bad signature (forged or altered); ask the holder to refresh it.',
  }),
  cardQrExpired: defineProblem({
    ...invalidCardQr,
    slug: 'card-qr-expired',
    when: 'The QR code is expired; ask the holder to refresh it.',
  }),
};
