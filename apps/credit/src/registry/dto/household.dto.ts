import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { PageDtoOf, PageQueryDto, BoundedText, MatchesPattern } from '#platform';
import { RATING_LEVELS } from '../../ratings/rating-rules.js';
import type { Household } from '../household.entity.js';

export const HOUSEHOLD_NUMBER = /^[A-Za-z0-9-]{1,32}$/;
export const HOUSEHOLD_NUMBER_RULE = 'householdNumber must be 1-32 letters, digits or dashes';

export class CreateHouseholdDto {
  @ApiProperty({ example: 'shengtang' })
  @BoundedText(1, 64)
  communityCode!: string;

  @ApiProperty({ example: 'ST-0001', description: 'Household number (户号), unique within the community.' })
  @MatchesPattern(HOUSEHOLD_NUMBER, { message: HOUSEHOLD_NUMBER_RULE })
  householdNumber!: string;
}

export class ListHouseholdsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'shengtang' })
  @IsOptional()
  @BoundedText(1, 64)
  communityCode?: string;
}

export class HouseholdDto {
  @ApiProperty({ format: 'uuid', example: '0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4' })
  id!: string;

  @ApiProperty({ example: 'shengtang' })
  communityCode!: string;

  @ApiProperty({ example: 'ST-0001' })
  householdNumber!: string;

  @ApiProperty({ example: 'XY-4827-1934-5561', description: 'Number of the credit service level card (信用服务等级卡); carries no personal data.' })
  cardNumber!: string;

  @ApiProperty({ type: 'integer', example: 72, description: "Household credit score: the sum of its members' credit scores." })
  score!: number;

  @ApiPropertyOptional({
    enum: RATING_LEVELS,
    enumName: 'RatingLevel',
    nullable: true,
    example: 'AA',
    description: 'Rating (信用户评级); null below the lowest threshold.',
  })
  level!: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, example: '2026-04-18T09:30:00.000Z' })
  levelChangedAt!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-01-27T01:00:00.000Z' })
  createdAt!: string;

  static of(household: Household): HouseholdDto {
    return {
      id: household.id,
      communityCode: household.communityCode,
      householdNumber: household.householdNumber,
      cardNumber: household.cardNumber,
      score: household.score,
      level: household.level,
      levelChangedAt: household.levelChangedAt?.toISOString() ?? null,
      createdAt: household.createdAt.toISOString(),
    };
  }
}

export class HouseholdPageDto extends PageDtoOf(HouseholdDto) {}
