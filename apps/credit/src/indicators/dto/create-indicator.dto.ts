import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, ValidateBy, type ValidationArguments } from 'class-validator';
import { BoundedText, MatchesPattern, BoundedInt } from '#platform';
import { INDICATOR_CATEGORIES, INDICATOR_CATEGORY_DESCRIPTION, type IndicatorCategory } from '../indicator-category.js';
import { indicatorPointsProblem, MAX_INDICATOR_POINTS } from '../indicator-points.js';

const INDICATOR_CODE_PATTERN = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;

function pointsProblemOf(args?: ValidationArguments): string | undefined {
  return args === undefined ? undefined : indicatorPointsProblem((args.object as CreateIndicatorDto).category, args.value as number);
}

/** The sign and size of `points` must fit the category (indicatorPointsProblem); non-integers are IsInt's to report. */
function PointsFitCategory(): PropertyDecorator {
  return ValidateBy({
    name: 'points-fit-category',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => !Number.isInteger(value) || pointsProblemOf(args) === undefined,
      defaultMessage: (args?: ValidationArguments) => pointsProblemOf(args) ?? 'points do not fit the category',
    },
  });
}

export class CreateIndicatorDto {
  @ApiProperty({ example: 'VOL-01', description: 'Catalogue code, unique; upper-case letters and digits in dash-separated groups.' })
  @BoundedText(1, 32)
  @MatchesPattern(INDICATOR_CODE_PATTERN, { message: 'code must be upper-case letters and digits in dash-separated groups, e.g. "VOL-01"' })
  code!: string;

  @ApiProperty({ enum: INDICATOR_CATEGORIES, enumName: 'IndicatorCategory', example: 'volunteer-activities', description: INDICATOR_CATEGORY_DESCRIPTION })
  @IsIn(INDICATOR_CATEGORIES)
  category!: IndicatorCategory;

  @ApiProperty({ example: '参加核酸检测志愿服务' })
  @BoundedText(1, 200)
  name!: string;

  @ApiProperty({
    type: 'integer',
    example: 5,
    minimum: -MAX_INDICATOR_POINTS,
    maximum: MAX_INDICATOR_POINTS,
    description: 'Points per award: positive, or negative for `misconduct` deductions; never zero.',
  })
  @IsInt()
  @PointsFitCategory()
  points!: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    example: 4,
    description: 'How often one resident may receive it per scoring period; unlimited when absent.',
  })
  @IsOptional()
  @BoundedInt(1, 1000)
  limitPerPeriod?: number;

  @ApiPropertyOptional({ default: true, example: true, description: 'Inactive indicators stay in the catalogue but are no longer awarded.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
