import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDtoOf } from '#platform';
import { PROJECT_CATEGORIES } from '../project-category.js';
import type { Project, TaskForceMember } from '../project.entity.js';
import { ResponsibleLeaderDto, TaskForceDto } from './assignment.dto.js';

export class ProjectDto {
  @ApiProperty({ format: 'uuid', example: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21' })
  id!: string;

  @ApiProperty({ example: '安庆长风港二期' })
  name!: string;

  @ApiProperty({ enum: PROJECT_CATEGORIES, enumName: 'ProjectCategory', example: 'provincial-key' })
  category!: string;

  @ApiProperty({ example: '382.5400', description: 'Requested area in mu, exact, 4 decimal places.' })
  requestedAreaMu!: string;

  @ApiPropertyOptional({ example: 'Two 5,000-tonne berths, container yard and customs facilities.', nullable: true, type: String })
  purpose!: string | null;

  @ApiPropertyOptional({ example: '安庆港华港口有限公司', nullable: true, type: String })
  owner!: string | null;

  @ApiPropertyOptional({ type: ResponsibleLeaderDto, nullable: true, description: '包保领导; null until assigned.' })
  responsibleLeader!: ResponsibleLeaderDto | null;

  @ApiPropertyOptional({ type: TaskForceDto, nullable: true, description: '工作专班; null until assigned.' })
  taskForce!: TaskForceDto | null;

  @ApiProperty({ format: 'date-time', example: '2026-01-27T01:00:00.000Z' })
  createdAt!: string;

  static of(project: Project, members: TaskForceMember[] = []): ProjectDto {
    return {
      id: project.id,
      name: project.name,
      category: project.category,
      requestedAreaMu: project.requestedAreaMu,
      purpose: project.purpose,
      owner: project.owner,
      responsibleLeader:
        project.responsibleLeaderId === null
          ? null
          : { userId: project.responsibleLeaderId, name: project.responsibleLeaderName ?? '', position: project.responsibleLeaderPosition ?? '' },
      taskForce:
        project.taskForceName === null
          ? null
          : { name: project.taskForceName, members: members.map(({ userId, name, department, role }) => ({ userId, name, department, role })) },
      createdAt: project.createdAt.toISOString(),
    };
  }
}

export class ProjectPageDto extends PageDtoOf(ProjectDto) {}
