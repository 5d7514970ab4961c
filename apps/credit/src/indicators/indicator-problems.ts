import { defineProblem } from '#platform/problems';

/** The latest version a refused new version was compared with, sent as members of the problem. */
export interface VersionRefusal {
  detail: string;
  latestVersion: number;
  latestEffectiveFrom: string;
}

const refusedVersion = {
  status: 422,
  title: 'Version refused',
  detail: (refusal: VersionRefusal) => refusal.detail,
  extensions: ({ latestVersion, latestEffectiveFrom }: VersionRefusal) => ({ latestVersion, latestEffectiveFrom }),
};

/** Problems of the indicator catalogue and its versions. */
export const indicatorProblems = {
  notFound: defineProblem({
    slug: 'indicator-not-found',
    status: 404,
    title: 'Indicator not found',
    when: 'No such indicator.',
    detail: (id: string) => `No indicator ${id}.`,
  }),
  codeTaken: defineProblem({
    slug: 'indicator-code-taken',
    status: 409,
    title: 'Indicator code taken',
    when: 'An indicator with this code exists.',
    detail: (code: string) => `An indicator with code ${code} already exists.`,
  }),
  retired: defineProblem({
    slug: 'indicator-retired',
    status: 409,
    title: 'Indicator retired',
    when: 'The indicator is retired and gets no new versions.',
    detail: (code: string) => `Indicator ${code} is retired and gets no new versions.`,
  }),
  alreadyRetired: defineProblem({
    slug: 'indicator-retired',
    status: 409,
    title: 'Indicator already retired',
    when: 'The indicator is already retired.',
    detail: (code: string) => `Indicator ${code} is already retired.`,
  }),
  versionUnchanged: defineProblem({
    ...refusedVersion,
    slug: 'indicator-version-unchanged',
    when: "The points are the same as the latest version's (members `latestVersion` and `latestEffectiveFrom` name it).",
  }),
  versionOutOfOrder: defineProblem({
    ...refusedVersion,
    slug: 'indicator-version-out-of-order',
    when: 'The version does not take effect after the latest version (members `latestVersion` and `latestEffectiveFrom` name it).',
  }),
  versionBackdated: defineProblem({
    ...refusedVersion,
    slug: 'indicator-version-backdated',
    when: 'The version takes effect on a past day and no `backdatingReason` says why.',
  }),
};
