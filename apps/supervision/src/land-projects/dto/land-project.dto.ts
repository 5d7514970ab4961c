import { ApiProperty } from '@nestjs/swagger';
import { PageDtoOf } from '#platform';
import type { LandProject } from '../land-project.entity.js';

export class LandProjectDto {
  @ApiProperty({ format: 'uuid', example: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21' })
  projectId!: string;

  @ApiProperty({ example: '安庆长风港二期' })
  name!: string;

  @ApiProperty({ example: 'provincial-key', description: 'As the land service names it, e.g. provincial-key (省重点项目).' })
  category!: string;

  @ApiProperty({ example: '382.5400', description: 'Requested area in mu (亩), exact, 4 decimal places; never a number.' })
  requestedAreaMu!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-27T01:00:00.000Z', description: 'When the land service registered the project.' })
  registeredAt!: string;

  @ApiProperty({ example: '7c4f0e2a-9b1d-4e6f-8a3c-5d2b1e0f9a87', description: 'Id of the last event applied, for tracing back to the land service.' })
  lastEventId!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-27T01:00:02.000Z', description: 'When this service applied that event.' })
  receivedAt!: string;

  static of(project: LandProject): LandProjectDto {
    return {
      projectId: project.projectId,
      name: project.name,
      category: project.category,
      requestedAreaMu: project.requestedAreaMu,
      registeredAt: project.registeredAt.toISOString(),
      lastEventId: project.lastEventId,
      receivedAt: project.receivedAt.toISOString(),
    };
  }
}

export class LandProjectPageDto extends PageDtoOf(LandProjectDto) {}
