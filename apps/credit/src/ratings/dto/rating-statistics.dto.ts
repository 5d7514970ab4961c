import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsBusinessDate } from '#platform';
import { CommunityFilterQueryDto, CommunityRowDto } from '../../registry/dto/community-filter.dto.js';

export class RatingLevelStatisticsQueryDto extends CommunityFilterQueryDto {
  @ApiPropertyOptional({
    example: '2026-04-30',
    description:
      'Count each household at the level it held at the end of this business date (Asia/Shanghai); today when absent. Levels are a stock, so a period (`from`/`to`) does not apply.',
  })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;
}

export class CommunityRatingLevelsDto extends CommunityRowDto {
  @ApiProperty({ type: 'integer', example: 12, description: 'Households registered by the end of the day.' })
  households!: number;

  @ApiProperty({ type: 'integer', example: 9, description: 'Households without a level that day (score below A).' })
  unratedHouseholds!: number;

  @ApiProperty({ type: 'integer', example: 2, description: 'Households rated A that day.' })
  levelAHouseholds!: number;

  @ApiProperty({ type: 'integer', example: 1, description: 'Households rated AA that day.' })
  levelAAHouseholds!: number;

  @ApiProperty({ type: 'integer', example: 0, description: 'Households rated AAA that day.' })
  levelAAAHouseholds!: number;
}

export class RatingLevelStatisticsDto {
  @ApiProperty({ format: 'date', example: '2026-04-30', description: 'The business date the levels are counted at (its end).' })
  asOf!: string;

  @ApiProperty({ type: [CommunityRatingLevelsDto], description: 'One row per community (sub-district, then community code).' })
  communities!: CommunityRatingLevelsDto[];
}
