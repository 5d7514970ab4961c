import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { AREA_MU_PATTERN } from '../../shared/land-validation.js';
import { PROJECT_CATEGORIES, type ProjectCategory } from '../project-category.js';
import { IsBusinessDate, BoundedText, MatchesPattern, UuidString } from '#platform';

export { AREA_MU_PATTERN };

export class CreateProjectDto {
  @ApiPropertyOptional({
    format: 'uuid',
    example: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21',
    description: 'Id chosen by the caller, e.g. when importing projects from another system; generated when absent. An id already in use answers 409.',
  })
  @IsOptional()
  @UuidString()
  id?: string;

  @ApiProperty({ example: '安庆长风港二期', description: 'Project name.' })
  @BoundedText(1, 200)
  name!: string;

  @ApiProperty({ enum: PROJECT_CATEGORIES, enumName: 'ProjectCategory', example: 'provincial-key', description: 'e.g. provincial key project (省重点项目).' })
  @IsIn(PROJECT_CATEGORIES)
  category!: ProjectCategory;

  @ApiProperty({ example: '382.54', description: 'Requested area in mu (亩), a decimal string with at most 4 places; never a number.' })
  @IsString()
  @MatchesPattern(AREA_MU_PATTERN, { message: 'requestedAreaMu must be a decimal string with at most 4 decimal places, e.g. "382.54"' })
  requestedAreaMu!: string;

  @ApiPropertyOptional({ example: 'Two 5,000-tonne berths, container yard and customs facilities.' })
  @IsOptional()
  @BoundedText(1, 1000)
  purpose?: string;

  @ApiPropertyOptional({ example: '安庆港华港口有限公司', description: 'The enterprise or body the land is for (项目业主).' })
  @IsOptional()
  @BoundedText(1, 200)
  owner?: string;

  @ApiPropertyOptional({
    example: '2026-01-27',
    format: 'date',
    description: 'Day the approval work started (启动); with targetDate, sets the schedule at registration.',
  })
  @IsOptional()
  @IsBusinessDate()
  startedOn?: string;

  @ApiPropertyOptional({
    example: '2026-04-27',
    format: 'date',
    description: 'Internal target (内部目标); needs startedOn. Milestones are planned backwards from it.',
  })
  @IsOptional()
  @IsBusinessDate()
  targetDate?: string;

  @ApiPropertyOptional({ example: '2026-07-31', format: 'date', description: 'Legal deadline, kept apart from the internal target.' })
  @IsOptional()
  @IsBusinessDate()
  legalDueOn?: string;
}
