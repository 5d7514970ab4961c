import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { LandProjectRegistered } from '#contracts';
import { UnitOfWork } from '#messaging';
import { currentRequestContext, decodeCursor, ProblemException, toPage, type Page, type PageQueryDto } from '#platform';
import type { CreateProjectDto } from './dto/create-project.dto.js';
import { ProjectDto } from './dto/project.dto.js';
import { Project } from './project.entity.js';

@Injectable()
export class ProjectsService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async register(input: CreateProjectDto): Promise<ProjectDto> {
    const project = await this.work.run(async (tx) => {
      const created = tx.manager.create(Project, {
        id: randomUUID(),
        name: input.name,
        category: input.category,
        requestedAreaMu: input.requestedAreaMu,
        purpose: input.purpose ?? null,
        createdAt: new Date(),
        createdBy: currentRequestContext()?.user?.id ?? 'system',
      });
      await tx.manager.insert(Project, created);
      // Re-read so the area comes back as PostgreSQL normalised it (scale 4).
      const stored = await tx.manager.findOneByOrFail(Project, { id: created.id });
      await tx.audit('project.register', { type: 'project', id: stored.id }, { name: stored.name, requestedAreaMu: stored.requestedAreaMu });
      await tx.publish(LandProjectRegistered, stored.id, {
        projectId: stored.id,
        name: stored.name,
        category: stored.category,
        requestedAreaMu: stored.requestedAreaMu,
        registeredAt: stored.createdAt.toISOString(),
      });
      return stored;
    });
    return ProjectDto.of(project);
  }

  async get(id: string): Promise<ProjectDto> {
    const project = await this.dataSource.manager.findOneBy(Project, { id });
    if (project === null) throw ProblemException.of(404, 'project-not-found', 'Project not found', `No project has id ${id}.`);
    return ProjectDto.of(project);
  }

  async list(query: PageQueryDto): Promise<Page<ProjectDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Project, 'project')
      .orderBy('project.createdAt', 'DESC')
      .addOrderBy('project.id', 'DESC')
      .limit(query.limit + 1);
    if (query.cursor !== undefined) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      builder.where('(project.createdAt, project.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await builder.getMany();
    return toPage(rows, query.limit, (row) => [row.createdAt.toISOString(), row.id], ProjectDto.of);
  }
}
