import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { LandProjectRegistered } from '#contracts';
import { UnitOfWork } from '#messaging';
import { WorkingCalendarService } from '#working-calendar';
import { changedFields, clock, decodeCursor, isUniqueViolation, toPage, type Page, type PageQueryDto } from '#platform';
import { insertPlan } from '../schedule/project-schedule.js';
import { planBackwards } from '../schedule/schedule-rules.js';
import { actorId } from '../shared/actor.js';
import { landProblems } from '../shared/land-problems.js';
import { projectProblems } from './project-problems.js';
import type { AssignmentDto } from './dto/assignment.dto.js';
import type { CreateProjectDto } from './dto/create-project.dto.js';
import { ProjectDto } from './dto/project.dto.js';
import { Project, TaskForceMember } from './project.entity.js';

@Injectable()
export class ProjectsService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendars: WorkingCalendarService,
  ) {}

  async register(input: CreateProjectDto): Promise<ProjectDto> {
    if ((input.targetDate === undefined) !== (input.startedOn === undefined) || (input.legalDueOn !== undefined && input.targetDate === undefined)) {
      throw projectProblems.scheduleIncomplete();
    }
    if (input.targetDate !== undefined && input.targetDate < input.startedOn!) {
      throw landProblems.targetBeforeStart('targetDate cannot be before startedOn.');
    }
    try {
      const project = await this.work.run(async (tx) => {
        const plan = input.targetDate === undefined ? [] : planBackwards(this.calendars.calendar(), input.targetDate);
        const created = tx.manager.create(Project, {
          id: input.id ?? randomUUID(),
          name: input.name,
          category: input.category,
          requestedAreaMu: input.requestedAreaMu,
          purpose: input.purpose ?? null,
          owner: input.owner ?? null,
          responsibleLeaderId: null,
          responsibleLeaderName: null,
          responsibleLeaderPosition: null,
          taskForceName: null,
          startedOn: input.startedOn ?? null,
          targetDate: input.targetDate ?? null,
          legalDueOn: input.legalDueOn ?? null,
          overdueNotifiedOn: null,
          // Nothing is achieved yet and the plan runs in order. The milestone triggers would write the same; having it
          // here spares the registration a second write of its row.
          earliestOpenMilestoneEnd: plan[0]?.plannedEnd ?? null,
          createdAt: clock.now(),
          createdBy: actorId(),
        });
        await tx.manager.insert(Project, created);
        // Its six pre-work steps need no rows yet: a step is stored when something is first recorded for it.
        if (plan.length > 0) await insertPlan(tx.manager, created.id, plan);
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
    } catch (error) {
      if (isUniqueViolation(error, 'projects_pkey')) {
        throw projectProblems.projectIdTaken(input.id!);
      }
      throw error;
    }
  }

  /** Sets the "four ones" (四个一): the responsible leader and the whole task force, replacing what was there. */
  async assign(id: string, input: AssignmentDto): Promise<ProjectDto> {
    const userIds = input.taskForce.members.map((member) => member.userId);
    if (new Set(userIds).size !== userIds.length) {
      throw projectProblems.duplicateTaskForceMember();
    }
    if (input.taskForce.members.filter((member) => member.role === 'lead').length !== 1) {
      throw projectProblems.taskForceLeadRequired();
    }
    return this.work.run(async (tx) => {
      const project = await tx.manager.findOne(Project, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (project === null) throw landProblems.projectNotFound(id);
      const leader = input.responsibleLeader;
      const sorted = (ids: string[]) => [...ids].sort();
      const before = {
        responsibleLeader: project.responsibleLeaderId,
        taskForce: project.taskForceName,
        members: sorted((await tx.manager.findBy(TaskForceMember, { projectId: id })).map((member) => member.userId)),
      };
      await tx.manager.update(
        Project,
        { id },
        {
          responsibleLeaderId: leader.userId,
          responsibleLeaderName: leader.name,
          responsibleLeaderPosition: leader.position,
          taskForceName: input.taskForce.name,
        },
      );
      await tx.manager.delete(TaskForceMember, { projectId: id });
      await tx.manager.insert(
        TaskForceMember,
        input.taskForce.members.map((member) => ({ projectId: id, ...member })),
      );
      await tx.audit(
        'project.assign',
        { type: 'project', id },
        {
          responsibleLeader: leader.userId,
          taskForce: input.taskForce.name,
          members: userIds,
          changes: changedFields(before, { responsibleLeader: leader.userId, taskForce: input.taskForce.name, members: sorted(userIds) }),
        },
      );
      const stored = await tx.manager.findOneByOrFail(Project, { id });
      return ProjectDto.of(stored, (await this.membersOf(tx.manager, [id])).get(id) ?? []);
    });
  }

  async get(id: string): Promise<ProjectDto> {
    const project = await this.dataSource.manager.findOneBy(Project, { id });
    if (project === null) throw landProblems.projectNotFound(id);
    const members = await this.membersOf(this.dataSource.manager, [id]);
    return ProjectDto.of(project, members.get(id) ?? []);
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
    const members = await this.membersOf(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    return toPage(
      rows,
      query.limit,
      (row) => [row.createdAt.toISOString(), row.id],
      (row) => ProjectDto.of(row, members.get(row.id) ?? []),
    );
  }

  private async membersOf(manager: EntityManager, projectIds: string[]): Promise<Map<string, TaskForceMember[]>> {
    const byProject = new Map<string, TaskForceMember[]>();
    if (projectIds.length === 0) return byProject;
    const members = await manager.find(TaskForceMember, { where: { projectId: In(projectIds) }, order: { role: 'ASC', userId: 'ASC' } });
    for (const member of members) byProject.set(member.projectId, [...(byProject.get(member.projectId) ?? []), member]);
    return byProject;
  }
}
