import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { decodeCursor, toPage, type Page, type PageQueryDto } from '#platform';
import { LandProjectDto } from './dto/land-project.dto.js';
import { LandProject } from './land-project.entity.js';

@Injectable()
export class LandProjectsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: PageQueryDto): Promise<Page<LandProjectDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(LandProject, 'project')
      .orderBy('project.registeredAt', 'DESC')
      .addOrderBy('project.projectId', 'DESC')
      .limit(query.limit + 1);
    if (query.cursor !== undefined) {
      const [registeredAt, projectId] = decodeCursor(query.cursor, 2);
      builder.where('(project.registeredAt, project.projectId) < (:registeredAt, :projectId)', { registeredAt, projectId });
    }
    const rows = await builder.getMany();
    return toPage(rows, query.limit, (row) => [row.registeredAt.toISOString(), row.projectId], LandProjectDto.of);
  }
}
