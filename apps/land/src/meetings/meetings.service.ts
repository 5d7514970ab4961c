import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { UnitOfWork } from '#messaging';
import {
  assertDateOrder,
  assertNotInFuture,
  clock,
  decodeCursor,
  loadAuthorised,
  toPage,
  type AuthUser,
  type NamedDate,
  type Page,
  type PageQueryDto,
} from '#platform';
import { Project } from '../projects/project.entity.js';
import { actorId } from '../shared/actor.js';
import { landProblems } from '../shared/land-problems.js';
import { meetingProblems } from './meeting-problems.js';
import { assertCanEditProject } from '../shared/project-access.js';
import type { ActionItemDto, ActionItemInputDto, ActionItemQueryDto, CompleteActionItemDto, CreateMeetingDto, MeetingDto } from './dto/meeting.dto.js';
import { ActionItem } from './action-item.entity.js';
import { DispatchMeeting } from './dispatch-meeting.entity.js';

@Injectable()
export class MeetingsService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async create(input: CreateMeetingDto): Promise<MeetingDto> {
    return this.work.run(async (tx) => {
      const projectIds = [
        ...new Set([...input.projectIds, ...(input.actionItems ?? []).flatMap((item) => (item.projectId === undefined ? [] : [item.projectId]))]),
      ];
      await assertProjectsExist(tx.manager, projectIds);
      for (const [index, item] of (input.actionItems ?? []).entries())
        assertDateOrder([
          { name: 'heldOn', date: input.heldOn },
          { name: `actionItems.${index}.dueOn`, date: item.dueOn },
        ]);
      const meeting: DispatchMeeting = {
        id: randomUUID(),
        title: input.title,
        heldOn: input.heldOn,
        departments: input.departments,
        issues: input.issues.map(({ category, description }) => ({ category, description })),
        decisions: input.decisions,
        projectIds: [...new Set(input.projectIds)],
        createdAt: clock.now(),
        createdBy: actorId(),
      };
      await tx.manager.insert(DispatchMeeting, meeting);
      for (const item of input.actionItems ?? []) await this.insertItem(tx.manager, meeting.id, item);
      await tx.audit(
        'meeting.create',
        { type: 'dispatch-meeting', id: meeting.id },
        { title: meeting.title, heldOn: meeting.heldOn, actionItems: input.actionItems?.length ?? 0 },
      );
      return this.view(tx.manager, meeting.id);
    });
  }

  async addItem(meetingId: string, input: ActionItemInputDto): Promise<ActionItemDto> {
    return this.work.run(async (tx) => {
      const meeting = await tx.manager.findOne(DispatchMeeting, { where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
      if (meeting === null) throw meetingProblems.meetingNotFound(meetingId);
      assertDateOrder([heldOnOf(meeting), { name: 'dueOn', date: input.dueOn }]);
      if (input.projectId !== undefined) await assertProjectsExist(tx.manager, [input.projectId]);
      const id = await this.insertItem(tx.manager, meetingId, input);
      await tx.audit('action-item.create', { type: 'action-item', id }, { meetingId, owner: input.owner, dueOn: input.dueOn });
      return itemView(await tx.manager.findOneByOrFail(ActionItem, { id }));
    });
  }

  /** Closes an item; the project's task force may close its own project's items. */
  async complete(user: AuthUser | undefined, itemId: string, input: CompleteActionItemDto): Promise<ActionItemDto> {
    assertNotInFuture('doneOn', input.doneOn);
    return this.work.run(async (tx) => {
      const item = await loadAuthorised(
        () => tx.manager.findOne(ActionItem, { where: { id: itemId }, lock: { mode: 'pessimistic_write' } }),
        () => meetingProblems.actionItemNotFound(itemId),
        async (found) => {
          if (found.projectId !== null) await assertCanEditProject(tx.manager, user, found.projectId);
          else if (!user?.roles.includes('land-staff')) throw meetingProblems.closeWithoutProjectForbidden();
        },
      );
      if (item.status === 'done') throw meetingProblems.actionItemDone(itemId, item.doneOn);
      assertDateOrder([heldOnOf(await tx.manager.findOneByOrFail(DispatchMeeting, { id: item.meetingId })), { name: 'doneOn', date: input.doneOn }]);
      await tx.manager.update(ActionItem, { id: itemId }, { status: 'done', doneOn: input.doneOn });
      await tx.audit('action-item.complete', { type: 'action-item', id: itemId }, { doneOn: input.doneOn });
      return itemView(await tx.manager.findOneByOrFail(ActionItem, { id: itemId }));
    });
  }

  async get(id: string): Promise<MeetingDto> {
    if (!(await this.dataSource.manager.existsBy(DispatchMeeting, { id }))) throw meetingProblems.meetingNotFound(id);
    return this.view(this.dataSource.manager, id);
  }

  async list(query: PageQueryDto): Promise<Page<MeetingDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(DispatchMeeting, 'meeting')
      .orderBy('meeting.heldOn', 'DESC')
      .addOrderBy('meeting.id', 'DESC')
      .limit(query.limit + 1);
    if (query.cursor !== undefined) {
      const [heldOn, id] = decodeCursor(query.cursor, 2);
      builder.where('(meeting.heldOn, meeting.id) < (:heldOn, :id)', { heldOn, id });
    }
    const rows = await builder.getMany();
    const items = await this.itemsOf(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    return toPage(
      rows,
      query.limit,
      (row) => [row.heldOn, row.id],
      (row) => meetingView(row, items.get(row.id) ?? []),
    );
  }

  /** A project's action items, soonest due first. */
  async projectItems(projectId: string, query: ActionItemQueryDto): Promise<Page<ActionItemDto>> {
    if (!(await this.dataSource.manager.existsBy(Project, { id: projectId }))) throw landProblems.projectNotFound(projectId);
    const builder = this.dataSource.manager
      .createQueryBuilder(ActionItem, 'item')
      .where('item.projectId = :projectId', { projectId })
      .orderBy('item.dueOn', 'ASC')
      .addOrderBy('item.id', 'ASC')
      .limit(query.limit + 1);
    if (query.status !== undefined) builder.andWhere('item.status = :status', { status: query.status });
    if (query.cursor !== undefined) {
      const [dueOn, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(item.dueOn, item.id) > (:dueOn, :id)', { dueOn, id });
    }
    const rows = await builder.getMany();
    return toPage(rows, query.limit, (row) => [row.dueOn, row.id], itemView);
  }

  private async insertItem(manager: EntityManager, meetingId: string, input: ActionItemInputDto): Promise<string> {
    const id = randomUUID();
    await manager.insert(ActionItem, {
      id,
      meetingId,
      projectId: input.projectId ?? null,
      description: input.description,
      owner: input.owner,
      dueOn: input.dueOn,
      status: 'open',
      doneOn: null,
      createdAt: clock.now(),
    });
    return id;
  }

  private async view(manager: EntityManager, id: string): Promise<MeetingDto> {
    const meeting = await manager.findOneByOrFail(DispatchMeeting, { id });
    return meetingView(meeting, (await this.itemsOf(manager, [id])).get(id) ?? []);
  }

  private async itemsOf(manager: EntityManager, meetingIds: string[]): Promise<Map<string, ActionItem[]>> {
    const byMeeting = new Map<string, ActionItem[]>();
    if (meetingIds.length === 0) return byMeeting;
    for (const item of await manager.find(ActionItem, { where: { meetingId: In(meetingIds) }, order: { dueOn: 'ASC', id: 'ASC' } })) {
      byMeeting.set(item.meetingId, [...(byMeeting.get(item.meetingId) ?? []), item]);
    }
    return byMeeting;
  }
}

async function assertProjectsExist(manager: EntityManager, projectIds: string[]): Promise<void> {
  if (projectIds.length === 0) return;
  const found = await manager.find(Project, { where: { id: In(projectIds) }, select: { id: true } });
  const missing = projectIds.find((id) => !found.some((project) => project.id === id));
  if (missing !== undefined) throw landProblems.projectNotFound(missing);
}

/** The meeting's date as the earlier end of a date-order check: its action items fall due and are done on or after it. */
function heldOnOf(meeting: DispatchMeeting): NamedDate {
  return { name: 'meeting.heldOn', date: meeting.heldOn, label: 'the meeting held on' };
}

function meetingView(meeting: DispatchMeeting, items: ActionItem[]): MeetingDto {
  return {
    id: meeting.id,
    title: meeting.title,
    heldOn: meeting.heldOn,
    departments: meeting.departments,
    issues: meeting.issues,
    decisions: meeting.decisions,
    projectIds: meeting.projectIds,
    actionItems: items.map(itemView),
  };
}

function itemView(item: ActionItem): ActionItemDto {
  return {
    id: item.id,
    meetingId: item.meetingId,
    projectId: item.projectId,
    description: item.description,
    owner: item.owner,
    dueOn: item.dueOn,
    status: item.status,
    doneOn: item.doneOn,
    overdue: item.status === 'open' && item.dueOn < clock.today(),
  };
}
