import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { BoundedText, IsBusinessDate } from '#platform';

export class RatingLevelStatisticsQueryDto {
  @ApiPropertyOptional({
    example: '2026-04-30',
    description:
      'Count each household at the level it held at the end of this business date (Asia/Shanghai); today when absent. Levels are a stock, so a period (`from`/`to`) does not apply.',
  })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;

  @ApiPropertyOptional({ example: 'shengtang', description: 'Only this community.' })
  @IsOptional()
  @BoundedText(1, 64)
  communityCode?: string;

  @ApiPropertyOptional({ example: 'lingbei', description: 'Only the communities of this sub-district.' })
  @IsOptional()
  @BoundedText(1, 64)
  subDistrictCode?: string;
}

export class CommunityRatingLevelsDto {
  @ApiProperty({ example: 'lingbei' })
  subDistrictCode!: string;

  @ApiProperty({ example: '菱北办事处' })
  subDistrictName!: string;

  @ApiProperty({ example: 'shengtang' })
  communityCode!: string;

  @ApiProperty({ example: '盛塘' })
  communityName!: string;

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
