import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '#platform';
import { INDICATOR_CATEGORIES, INDICATOR_CATEGORY_DESCRIPTION, type IndicatorCategory } from '../indicator-category.js';

export class ListIndicatorsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: INDICATOR_CATEGORIES,
    enumName: 'IndicatorCategory',
    example: 'volunteer-activities',
    description: INDICATOR_CATEGORY_DESCRIPTION,
  })
  @IsOptional()
  @IsIn(INDICATOR_CATEGORIES)
  category?: IndicatorCategory;

  @ApiPropertyOptional({ type: Boolean, example: true, description: 'Only active (`true`) or only inactive (`false`) indicators.' })
  @IsOptional()
  // Query strings arrive as text; anything but "true"/"false" is left for IsBoolean to reject.
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}
