import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { LandPreWorkStepCompleted } from '#contracts';
import { UnitOfWork } from '#messaging';
import { WorkingCalendarService } from '#working-calendar';
import { CalendarYearMissingError } from '#working-calendar/core';
import { clock, decodeCursor, toPage, type AuthUser, type Page, type PageQueryDto } from '#platform';
import { Project } from '../projects/project.entity.js';
import { actorId } from '../shared/actor.js';
import { landProblems } from '../shared/land-problems.js';
import { assertCanEditProject } from '../shared/project-access.js';
import type { AttachDocumentDto, CompleteStepDto, StartStepDto, UpdateStepDto } from './dto/pre-work.dto.js';
import { PreWorkDto, StepDocumentDto } from './dto/pre-work.dto.js';
import { PreWorkStep, recordStep, stepPosition, untouchedStep } from './pre-work-step.entity.js';
import { ProjectMilestone } from './project-milestone.entity.js';
import { StepDocument } from './step-document.entity.js';
import { noticeLastDay, statutoryNoticeOf } from './notice-periods.js';
import {
  checkComplete,
  checkStart,
  currentStep,
  earliestHearingStart,
  isPreWorkComplete,
  PRE_WORK_STEPS,
  type PreWorkStepName,
  type StepState,
} from './pre-work-rules.js';
import { preWorkProblems } from './pre-work-problems.js';

@Injectable()
export class PreWorkService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendars: WorkingCalendarService,
  ) {}

  async get(projectId: string): Promise<PreWorkDto> {
    if (!(await this.dataSource.manager.existsBy(Project, { id: projectId }))) throw landProblems.projectNotFound(projectId);
    return this.view(this.dataSource.manager, projectId);
  }

  async start(user: AuthUser | undefined, projectId: string, step: PreWorkStepName, input: StartStepDto): Promise<PreWorkDto> {
    return this.work.run(async (tx) => {
      const steps = await this.lockSteps(tx.manager, user, projectId);
      checkStart(steps, step, input, clock.today());
      await recordStep(tx.manager, projectId, step, {
        status: 'in-progress',
        startedOn: input.startedOn,
        noticePeriodDays: input.noticePeriodDays ?? null,
        ...(input.responsiblePerson !== undefined ? { responsiblePerson: input.responsiblePerson } : {}),
        updatedAt: clock.now(),
      });
      await tx.audit(
        'pre-work.start',
        { type: 'project', id: projectId },
        { step, startedOn: input.startedOn, noticePeriodDays: input.noticePeriodDays ?? null },
      );
      return this.view(tx.manager, projectId);
    });
  }

  async complete(user: AuthUser | undefined, projectId: string, step: PreWorkStepName, input: CompleteStepDto): Promise<PreWorkDto> {
    return this.work.run(async (tx) => {
      const steps = await this.lockSteps(tx.manager, user, projectId);
      checkComplete(steps, step, input.completedOn, clock.today());
      const state = steps.find((candidate) => candidate.step === step)!;
      // Only a started step completes, and starting it stored its row.
      await tx.manager.update(PreWorkStep, { projectId, step }, { status: 'completed', completedOn: input.completedOn, updatedAt: clock.now() });
      await tx.audit('pre-work.complete', { type: 'project', id: projectId }, { step, completedOn: input.completedOn });
      const project = await tx.manager.findOneByOrFail(Project, { id: projectId });
      await tx.publish(LandPreWorkStepCompleted, projectId, {
        projectId,
        projectName: project.name,
        step,
        position: stepPosition(step),
        startedOn: state.startedOn!,
        completedOn: input.completedOn,
        evidenceCount: state.evidenceCount,
        recordedAt: clock.now().toISOString(),
      });
      return this.view(tx.manager, projectId);
    });
  }

  async update(user: AuthUser | undefined, projectId: string, step: PreWorkStepName, input: UpdateStepDto): Promise<PreWorkDto> {
    return this.work.run(async (tx) => {
      await this.lockSteps(tx.manager, user, projectId);
      await recordStep(tx.manager, projectId, step, { responsiblePerson: input.responsiblePerson, updatedAt: clock.now() });
      await tx.audit('pre-work.update', { type: 'project', id: projectId }, { step, responsiblePerson: input.responsiblePerson });
      return this.view(tx.manager, projectId);
    });
  }

  async attach(user: AuthUser | undefined, projectId: string, step: PreWorkStepName, input: AttachDocumentDto): Promise<StepDocumentDto> {
    return this.work.run(async (tx) => {
      const steps = await this.lockSteps(tx.manager, user, projectId);
      if (steps.find((candidate) => candidate.step === step)?.status === 'completed') {
        throw preWorkProblems.evidenceClosed(step);
      }
      const document = tx.manager.create(StepDocument, {
        id: randomUUID(),
        projectId,
        step,
        title: input.title,
        documentNumber: input.documentNumber ?? null,
        reference: input.reference,
        attachedAt: clock.now(),
        attachedBy: actorId(),
      });
      await recordStep(tx.manager, projectId, step, {});
      await tx.manager.insert(StepDocument, document);
      await tx.audit('pre-work.attach-document', { type: 'project', id: projectId }, { step, documentId: document.id, title: document.title });
      return StepDocumentDto.of(document);
    });
  }

  async documents(projectId: string, step: PreWorkStepName, query: PageQueryDto): Promise<Page<StepDocumentDto>> {
    if (!(await this.dataSource.manager.existsBy(Project, { id: projectId }))) throw landProblems.projectNotFound(projectId);
    const builder = this.dataSource.manager
      .createQueryBuilder(StepDocument, 'document')
      .where('document.projectId = :projectId AND document.step = :step', { projectId, step })
      .orderBy('document.attachedAt', 'ASC')
      .addOrderBy('document.id', 'ASC')
      .limit(query.limit + 1);
    if (query.cursor !== undefined) {
      const [attachedAt, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(document.attachedAt, document.id) > (:attachedAt, :id)', { attachedAt, id });
    }
    const rows = await builder.getMany();
    return toPage(rows, query.limit, (row) => [row.attachedAt.toISOString(), row.id], StepDocumentDto.of);
  }

  /** Locks the project row, so a project's step changes run one after another, and checks who may edit it. */
  private async lockSteps(manager: EntityManager, user: AuthUser | undefined, projectId: string): Promise<StepState[]> {
    const project = await manager.findOne(Project, { where: { id: projectId }, lock: { mode: 'pessimistic_write' } });
    if (project === null) throw landProblems.projectNotFound(projectId);
    await assertCanEditProject(manager, user, projectId);
    return loadStepStates(manager, projectId);
  }

  private async view(manager: EntityManager, projectId: string): Promise<PreWorkDto> {
    const stored = new Map((await manager.find(PreWorkStep, { where: { projectId } })).map((row) => [row.step, row]));
    const rows = PRE_WORK_STEPS.map((step) => stored.get(step) ?? untouchedStep(projectId, step));
    const states = await loadStepStates(manager, projectId);
    const milestones = new Map((await manager.find(ProjectMilestone, { where: { projectId } })).map((m) => [m.milestone, m]));
    const current = currentStep(states);
    return {
      projectId,
      currentStep: current ?? null,
      complete: isPreWorkComplete(states),
      earliestHearingStart: earliestHearingStart(states) ?? null,
      steps: rows.map((row) => {
        const state = states.find((candidate) => candidate.step === row.step)!;
        const planned = milestones.get(row.step);
        return {
          step: row.step,
          position: row.position,
          status: row.status,
          responsiblePerson: row.responsiblePerson,
          plannedStart: planned?.plannedStart ?? null,
          plannedEnd: planned?.plannedEnd ?? null,
          startedOn: row.startedOn,
          completedOn: row.completedOn,
          noticePeriodDays: row.noticePeriodDays,
          noticeEndsOn: this.noticeEndsOn(row),
          evidenceCount: state.evidenceCount,
        };
      }),
    };
  }

  /** Last day of the step's notice in its statutory unit; null without a notice, or when the calendar lacks a year it reaches. */
  private noticeEndsOn(row: PreWorkStep): string | null {
    const statutory = statutoryNoticeOf(row.step);
    if (statutory === undefined || row.startedOn === null || row.noticePeriodDays === null) return null;
    try {
      return noticeLastDay(this.calendars.calendar(), row.startedOn, row.noticePeriodDays, statutory.unit);
    } catch (error) {
      if (error instanceof CalendarYearMissingError) return null;
      throw error;
    }
  }
}

/** The rules' view of a project's six steps (a step without a row is pending), evidence counted in SQL. */
export async function loadStepStates(manager: EntityManager, projectId: string): Promise<StepState[]> {
  const rows: {
    step: PreWorkStepName;
    status: StepState['status'];
    started_on: string | null;
    completed_on: string | null;
    notice_period_days: number | null;
    evidence: number;
  }[] = await manager.query(
    `SELECT k.step, coalesce(s.status, 'pending') AS status, s.started_on::text AS started_on, s.completed_on::text AS completed_on, s.notice_period_days,
              (SELECT count(*)::int FROM step_documents d WHERE d.project_id = $1 AND d.step = k.step) AS evidence
         FROM unnest($2::text[]) WITH ORDINALITY AS k (step, position)
         LEFT JOIN pre_work_steps s ON s.project_id = $1 AND s.step = k.step
        ORDER BY k.position`,
    [projectId, PRE_WORK_STEPS],
  );
  return rows.map((row) => ({
    step: row.step,
    status: row.status,
    startedOn: row.started_on,
    completedOn: row.completed_on,
    noticePeriodDays: row.notice_period_days,
    evidenceCount: row.evidence,
  }));
}
