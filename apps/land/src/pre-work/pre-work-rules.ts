import { addCalendarDays, businessDate, type BusinessDate } from '#working-calendar/core';
import { statutoryNoticeOf } from './notice-periods.js';
import { preWorkProblems } from './pre-work-problems.js';

/** The six steps before an application (调查、评估、公告、听证、登记、协议), in the order they depend on each other. */
export const PRE_WORK_STEPS = ['survey', 'assessment', 'announcement', 'hearing', 'registration', 'agreement'] as const;
export type PreWorkStepName = (typeof PRE_WORK_STEPS)[number];

export const STEP_STATUSES = ['pending', 'in-progress', 'completed'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** What the rules need to know about one step. */
export interface StepState {
  step: PreWorkStepName;
  status: StepStatus;
  startedOn: string | null;
  completedOn: string | null;
  /** The step's public notice period (公告期) in its statutory unit (see STATUTORY_NOTICES); null when none. */
  noticePeriodDays: number | null;
  /** Documents attached as evidence. */
  evidenceCount: number;
}

export function isPreWorkStep(value: string): value is PreWorkStepName {
  return (PRE_WORK_STEPS as readonly string[]).includes(value);
}

export function predecessorOf(step: PreWorkStepName): PreWorkStepName | undefined {
  const index = PRE_WORK_STEPS.indexOf(step);
  return index > 0 ? PRE_WORK_STEPS[index - 1] : undefined;
}

/** Last day of the announcement's notice period, in calendar days (STATUTORY_NOTICES): a notice published on D for N days runs D … D+N-1. */
export function noticeEndsOn(announcement: Pick<StepState, 'startedOn' | 'noticePeriodDays'>): BusinessDate | undefined {
  if (announcement.startedOn === null || announcement.noticePeriodDays === null) return undefined;
  return addCalendarDays(announcement.startedOn, announcement.noticePeriodDays - 1);
}

/** The first day a hearing may start: the day after the notice period ends. */
export function earliestHearingStart(steps: readonly StepState[]): BusinessDate | undefined {
  const end = noticeEndsOn(find(steps, 'announcement'));
  return end === undefined ? undefined : addCalendarDays(end, 1);
}

export interface StartInput {
  startedOn: string;
  noticePeriodDays?: number;
}

/** Throws a pre-work problem unless `step` may start on `input.startedOn`. */
export function checkStart(steps: readonly StepState[], step: PreWorkStepName, input: StartInput, today: string): void {
  const state = find(steps, step);
  const startedOn = businessDate(input.startedOn);
  if (state.status !== 'pending') throw preWorkProblems.stepAlreadyStarted(`The ${step} step has already started.`);
  if (startedOn > businessDate(today)) throw preWorkProblems.dateInFuture(`startedOn ${startedOn} is after today (${today}).`);
  const before = predecessorOf(step);
  if (before !== undefined) {
    const previous = find(steps, before);
    if (previous.startedOn === null) throw preWorkProblems.predecessorNotStarted(`The ${step} step cannot start before the ${before} step has started.`);
    if (startedOn < previous.startedOn) {
      throw preWorkProblems.beforePredecessor(`The ${step} step cannot start (${startedOn}) before the ${before} step started (${previous.startedOn}).`);
    }
  }
  checkNoticePeriod(step, input.noticePeriodDays);
  if (step === 'hearing') {
    const earliest = earliestHearingStart(steps);
    if (earliest === undefined || startedOn < earliest) {
      throw preWorkProblems.noticePeriodRunning(
        `The hearing cannot start before the announcement's notice period has ended; earliest start ${earliest ?? 'unknown'}.`,
      );
    }
  }
}

/**
 * The notice period given for `step` against its statutory minimum: required on the announcement, optional on
 * the survey (its pre-announcement), refused on steps that publish no notice.
 */
export function checkNoticePeriod(step: PreWorkStepName, noticePeriodDays: number | undefined): void {
  const statutory = statutoryNoticeOf(step);
  if (statutory === undefined) {
    if (noticePeriodDays !== undefined)
      throw preWorkProblems.noticePeriodNotApplicable(
        `The ${step} step publishes no notice; only the survey (预公告) and the announcement have a notice period.`,
      );
    return;
  }
  if (noticePeriodDays === undefined) {
    if (step === 'announcement') throw preWorkProblems.noticePeriodRequired('An announcement needs its public notice period (noticePeriodDays).');
    return;
  }
  if (noticePeriodDays < statutory.minimum) {
    const unit = statutory.unit.replace('-', ' ');
    throw preWorkProblems.noticePeriodTooShort({
      message: `The ${step} step's notice (${statutory.notice}) must run at least ${statutory.minimum} ${unit} (${statutory.legalBasis}); ${noticePeriodDays} given.`,
      step,
      minimum: statutory.minimum,
      unit: statutory.unit,
      legalBasis: statutory.legalBasis,
    });
  }
}

/** Throws a pre-work problem unless `step` may be completed on `completedOn`. */
export function checkComplete(steps: readonly StepState[], step: PreWorkStepName, completedOn: string, today: string): void {
  const state = find(steps, step);
  const on = businessDate(completedOn);
  if (state.status === 'completed') throw preWorkProblems.stepAlreadyCompleted(`The ${step} step is already completed.`);
  if (state.status === 'pending' || state.startedOn === null) throw preWorkProblems.stepNotStarted(`The ${step} step has not started.`);
  if (on > businessDate(today)) throw preWorkProblems.dateInFuture(`completedOn ${on} is after today (${today}).`);
  if (on < state.startedOn) throw preWorkProblems.completedBeforeStart(`completedOn ${on} is before the step started (${state.startedOn}).`);
  const before = predecessorOf(step);
  if (before !== undefined) {
    const previous = find(steps, before);
    if (previous.status !== 'completed' || previous.completedOn === null) {
      throw preWorkProblems.predecessorNotCompleted(`The ${step} step cannot complete before the ${before} step is completed.`);
    }
    if (on < previous.completedOn) {
      throw preWorkProblems.beforePredecessor(`The ${step} step cannot complete (${on}) before the ${before} step completed (${previous.completedOn}).`);
    }
  }
  if (state.evidenceCount === 0) throw preWorkProblems.evidenceMissing(`The ${step} step cannot complete without evidence; attach a document first.`);
  if (step === 'announcement') {
    const end = noticeEndsOn(state);
    if (end !== undefined && on < end) throw preWorkProblems.noticePeriodRunning(`The announcement's notice period runs until ${end}.`);
  }
}

/** Every step completed: the file may be assembled (组卷). */
export function isPreWorkComplete(steps: readonly StepState[]): boolean {
  return PRE_WORK_STEPS.every((step) => steps.find((state) => state.step === step)?.status === 'completed');
}

/** The step being worked on: the first one not completed, or `undefined` once all six are done. */
export function currentStep(steps: readonly StepState[]): PreWorkStepName | undefined {
  return PRE_WORK_STEPS.find((step) => steps.find((state) => state.step === step)?.status !== 'completed');
}

function find(steps: readonly StepState[], step: PreWorkStepName): StepState {
  const state = steps.find((candidate) => candidate.step === step);
  if (state === undefined) throw new Error(`step ${step} missing from the procedure`);
  return state;
}
