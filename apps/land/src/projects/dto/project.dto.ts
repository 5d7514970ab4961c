import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDtoOf } from '#platform';
import { PROJECT_CATEGORIES } from '../project-category.js';
import type { Project } from '../project.entity.js';

export class ProjectDto {
  @ApiProperty({ format: 'uuid', example: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21' })
  id!: string;

  @ApiProperty({ example: '安庆长风港二期' })
  name!: string;

  @ApiProperty({ enum: PROJECT_CATEGORIES, example: 'provincial-key' })
  category!: string;

  @ApiProperty({ example: '382.5400', description: 'Requested area in mu, exact, 4 decimal places.' })
  requestedAreaMu!: string;

  @ApiPropertyOptional({ example: 'Two 5,000-tonne berths, container yard and customs facilities.', nullable: true, type: String })
  purpose!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-01-27T01:00:00.000Z' })
  createdAt!: string;

  static of(project: Project): ProjectDto {
    return {
      id: project.id,
      name: project.name,
      category: project.category,
      requestedAreaMu: project.requestedAreaMu,
      purpose: project.purpose,
      createdAt: project.createdAt.toISOString(),
    };
  }
}

export class ProjectPageDto extends PageDtoOf(ProjectDto) {}
