/** Household rating levels (信用户评级), lowest first. */
export const RATING_LEVELS = ['A', 'AA', 'AAA'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** Minimum household credit score per level. */
export type RatingThresholds = Record<RatingLevel, number>;

/** Starting thresholds until zone staff set the zone's own. */
export const DEFAULT_RATING_THRESHOLDS: RatingThresholds = { A: 30, AA: 60, AAA: 90 };

/** Why thresholds are unusable, or undefined: positive integers, strictly rising with the level. */
export function thresholdsProblem(thresholds: RatingThresholds): string | undefined {
  const values = RATING_LEVELS.map((level) => thresholds[level]);
  if (!values.every((value) => Number.isInteger(value) && value > 0)) return 'thresholds must be positive integers';
  for (let i = 1; i < values.length; i += 1) {
    if (values[i]! <= values[i - 1]!) return 'each level needs a higher score than the one below it (A < AA < AAA)';
  }
  return undefined;
}

/** The highest level whose threshold the score reaches; null below A. */
export function ratingLevelFor(score: number, thresholds: RatingThresholds): RatingLevel | null {
  let reached: RatingLevel | null = null;
  for (const level of RATING_LEVELS) if (score >= thresholds[level]) reached = level;
  return reached;
}

/** Whether `level` meets a benefit's minimum level; unrated households meet none. */
export function meetsLevel(level: RatingLevel | null, minimum: RatingLevel): boolean {
  return level !== null && RATING_LEVELS.indexOf(level) >= RATING_LEVELS.indexOf(minimum);
}

/** Points still missing to the next level, or null at the top. */
export function nextLevelGap(score: number, thresholds: RatingThresholds): { level: RatingLevel; pointsNeeded: number } | null {
  for (const level of RATING_LEVELS) if (score < thresholds[level]) return { level, pointsNeeded: thresholds[level] - score };
  return null;
}
