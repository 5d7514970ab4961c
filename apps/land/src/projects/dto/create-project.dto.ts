import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PROJECT_CATEGORIES, type ProjectCategory } from '../project-category.js';

export const AREA_MU_PATTERN = /^\d{1,10}(\.\d{1,4})?$/;

export class CreateProjectDto {
  @ApiProperty({ example: '安庆长风港二期', description: 'Project name.', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: PROJECT_CATEGORIES, example: 'provincial-key', description: 'e.g. provincial key project (省重点项目).' })
  @IsIn(PROJECT_CATEGORIES)
  category!: ProjectCategory;

  @ApiProperty({ example: '382.54', description: 'Requested area in mu (亩), a decimal string with at most 4 places; never a number.', pattern: AREA_MU_PATTERN.source })
  @IsString()
  @Matches(AREA_MU_PATTERN, { message: 'requestedAreaMu must be a decimal string with at most 4 decimal places, e.g. "382.54"' })
  requestedAreaMu!: string;

  @ApiPropertyOptional({ example: 'Two 5,000-tonne berths, container yard and customs facilities.', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  purpose?: string;
}
