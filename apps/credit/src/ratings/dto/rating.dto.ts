import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDtoOf, BoundedInt, INPUT_LIMITS } from '#platform';
import { RATING_LEVELS } from '../rating-rules.js';
import type { HouseholdRatingChange } from '../household-rating-change.entity.js';

export class RatingThresholdsDto {
  @ApiProperty({ type: 'integer', minimum: 1, example: 30, description: 'Minimum household score for A.' })
  @BoundedInt(1, INPUT_LIMITS.count)
  A!: number;

  @ApiProperty({ type: 'integer', minimum: 1, example: 60, description: 'Minimum household score for AA (信用户 AA级).' })
  @BoundedInt(1, INPUT_LIMITS.count)
  AA!: number;

  @ApiProperty({ type: 'integer', minimum: 1, example: 90, description: 'Minimum household score for AAA.' })
  @BoundedInt(1, INPUT_LIMITS.count)
  AAA!: number;
}

export class IndicatorContributionDto {
  @ApiPropertyOptional({ example: 'VOL-01', nullable: true })
  indicatorCode!: string | null;

  @ApiPropertyOptional({ example: 'volunteer-activities', nullable: true })
  category!: string | null;

  @ApiProperty({ type: 'integer', example: 48, description: 'Net change to the household score from this indicator (reversals included).' })
  points!: number;

  @ApiProperty({ type: 'integer', example: 12, description: 'Entries that made it up.' })
  entries!: number;
}

export class NextLevelDto {
  @ApiProperty({ enum: RATING_LEVELS, enumName: 'RatingLevel', example: 'AAA' })
  level!: string;

  @ApiProperty({ type: 'integer', example: 18 })
  pointsNeeded!: number;
}

export class RatingExplanationDto {
  @ApiProperty({ format: 'uuid', example: '0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4' })
  householdId!: string;

  @ApiProperty({ type: 'integer', example: 72, description: "Household credit score: the sum of its current members' scores." })
  score!: number;

  @ApiPropertyOptional({ enum: RATING_LEVELS, enumName: 'RatingLevel', nullable: true, example: 'AA' })
  level!: string | null;

  @ApiProperty({ type: RatingThresholdsDto })
  thresholds!: RatingThresholdsDto;

  @ApiPropertyOptional({ type: NextLevelDto, nullable: true })
  nextLevel!: NextLevelDto | null;

  @ApiProperty({ type: [IndicatorContributionDto], description: 'Which indicators moved the score, largest effect first.' })
  contributions!: IndicatorContributionDto[];
}

export class RatingChangeDto {
  @ApiProperty({ format: 'uuid', example: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4' })
  householdId!: string;

  @ApiPropertyOptional({ enum: RATING_LEVELS, enumName: 'RatingLevel', nullable: true, example: 'A' })
  fromLevel!: string | null;

  @ApiPropertyOptional({ enum: RATING_LEVELS, enumName: 'RatingLevel', nullable: true, example: 'AA' })
  toLevel!: string | null;

  @ApiProperty({ type: 'integer', example: 72 })
  score!: number;

  @ApiProperty({ enum: ['ledger', 'move', 'thresholds'], example: 'ledger' })
  cause!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, example: '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' })
  causeEntryId!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-04-18T09:31:02.000Z' })
  changedAt!: string;

  static of(change: HouseholdRatingChange): RatingChangeDto {
    return {
      id: change.id,
      householdId: change.householdId,
      fromLevel: change.fromLevel,
      toLevel: change.toLevel,
      score: change.score,
      cause: change.cause,
      causeEntryId: change.causeEntryId,
      changedAt: change.changedAt.toISOString(),
    };
  }
}

export class RatingChangePageDto extends PageDtoOf(RatingChangeDto) {}

export class ServiceCardDto {
  @ApiProperty({ example: 'XY-4827-1934-5561', description: 'Credit service level card (信用服务等级卡) number.' })
  cardNumber!: string;

  @ApiPropertyOptional({ enum: RATING_LEVELS, enumName: 'RatingLevel', nullable: true, example: 'AA' })
  level!: string | null;

  @ApiProperty({
    example: 'XYK1.eyJjIjoiWFktNDgyNy0xOTM0LTU1NjEiLCJlIjoxNzc2NTAzODAwfQ.q3Jw0m2c7f0VbW1Zq0a8Y3nKx9tQe5Rr2sLh4uPj6Io',
    description:
      'Content of the QR code: card number and expiry, signed by the credit service. No personal data, and not the level: merchants get the current level when they verify.',
  })
  qrPayload!: string;

  @ApiProperty({ format: 'date-time', example: '2026-04-18T09:40:00.000Z' })
  expiresAt!: string;
}
