import { describe, expect, it } from '@jest/globals';
import type { ProblemException } from '#platform';
import {
  checkComplete,
  checkStart,
  currentStep,
  earliestHearingStart,
  isPreWorkComplete,
  noticeEndsOn,
  PRE_WORK_STEPS,
  type StepState,
} from './pre-work-rules.js';
import { preWorkProblems } from './pre-work-problems.js';

const fresh = (): StepState[] =>
  PRE_WORK_STEPS.map((step) => ({ step, status: 'pending', startedOn: null, completedOn: null, noticePeriodDays: null, evidenceCount: 0 }));

function withStep(steps: StepState[], step: StepState['step'], patch: Partial<StepState>): StepState[] {
  return steps.map((state) => (state.step === step ? { ...state, ...patch } : state));
}

const done = (startedOn: string, completedOn: string): Partial<StepState> => ({ status: 'completed', startedOn, completedOn, evidenceCount: 1 });

function slugOf(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    const kind = Object.values(preWorkProblems).find((candidate) => candidate.is(error));
    if (kind !== undefined) return kind.slug;
    throw error;
  }
}

describe('pre-work ordering', () => {
  it('lets the survey start first and refuses a later step before its predecessor started', () => {
    expect(slugOf(() => checkStart(fresh(), 'survey', { startedOn: '2026-01-27' }, '2026-01-27'))).toBeUndefined();
    expect(slugOf(() => checkStart(fresh(), 'assessment', { startedOn: '2026-01-27' }, '2026-01-27'))).toBe('predecessor-not-started');
  });

  it('refuses completing a step whose predecessor is not completed, even with evidence', () => {
    let steps = withStep(fresh(), 'survey', { status: 'in-progress', startedOn: '2026-01-27', evidenceCount: 1 });
    steps = withStep(steps, 'assessment', { status: 'in-progress', startedOn: '2026-01-28', evidenceCount: 1 });
    expect(slugOf(() => checkComplete(steps, 'assessment', '2026-02-02', '2026-02-02'))).toBe('predecessor-not-completed');
    steps = withStep(steps, 'survey', done('2026-01-27', '2026-02-03'));
    // Completing before the predecessor completed is refused as well.
    expect(slugOf(() => checkComplete(steps, 'assessment', '2026-02-02', '2026-02-05'))).toBe('before-predecessor');
    expect(slugOf(() => checkComplete(steps, 'assessment', '2026-02-03', '2026-02-05'))).toBeUndefined();
  });

  it('needs evidence attached before completion', () => {
    const steps = withStep(fresh(), 'survey', { status: 'in-progress', startedOn: '2026-01-27' });
    expect(slugOf(() => checkComplete(steps, 'survey', '2026-01-30', '2026-01-30'))).toBe('evidence-missing');
    expect(slugOf(() => checkComplete(withStep(steps, 'survey', { evidenceCount: 2 }), 'survey', '2026-01-30', '2026-01-30'))).toBeUndefined();
  });

  it('refuses dates in the future, before the start, and repeated transitions', () => {
    const steps = withStep(fresh(), 'survey', { status: 'in-progress', startedOn: '2026-01-27', evidenceCount: 1 });
    expect(slugOf(() => checkStart(fresh(), 'survey', { startedOn: '2026-01-28' }, '2026-01-27'))).toBe('date-in-future');
    expect(slugOf(() => checkComplete(steps, 'survey', '2026-01-26', '2026-01-30'))).toBe('completed-before-start');
    expect(slugOf(() => checkStart(steps, 'survey', { startedOn: '2026-01-27' }, '2026-01-30'))).toBe('step-already-started');
    expect(slugOf(() => checkComplete(fresh(), 'survey', '2026-01-27', '2026-01-30'))).toBe('step-not-started');
    expect(slugOf(() => checkComplete(withStep(steps, 'survey', done('2026-01-27', '2026-01-28')), 'survey', '2026-01-29', '2026-01-30'))).toBe(
      'step-already-completed',
    );
  });

  it('reports the current step and completeness', () => {
    let steps = fresh();
    expect(currentStep(steps)).toBe('survey');
    steps = withStep(steps, 'survey', done('2026-01-27', '2026-01-28'));
    expect(currentStep(steps)).toBe('assessment');
    for (const step of PRE_WORK_STEPS) steps = withStep(steps, step, done('2026-01-27', '2026-01-28'));
    expect(isPreWorkComplete(steps)).toBe(true);
    expect(currentStep(steps)).toBeUndefined();
  });
});

describe('announcement notice period', () => {
  const announced = (startedOn: string, noticePeriodDays: number): StepState[] => {
    let steps = withStep(fresh(), 'survey', done('2026-01-05', '2026-01-09'));
    steps = withStep(steps, 'assessment', done('2026-01-12', '2026-01-16'));
    return withStep(steps, 'announcement', { status: 'in-progress', startedOn, noticePeriodDays, evidenceCount: 1 });
  };

  it('requires the period on the announcement and only there', () => {
    const steps = withStep(withStep(fresh(), 'survey', done('2026-01-05', '2026-01-09')), 'assessment', done('2026-01-12', '2026-01-16'));
    expect(slugOf(() => checkStart(steps, 'announcement', { startedOn: '2026-01-19' }, '2026-01-19'))).toBe('notice-period-required');
    // The survey's pre-announcement period is optional.
    expect(slugOf(() => checkStart(fresh(), 'survey', { startedOn: '2026-01-19' }, '2026-01-19'))).toBeUndefined();
    expect(slugOf(() => checkStart(fresh(), 'survey', { startedOn: '2026-01-19', noticePeriodDays: 10 }, '2026-01-19'))).toBeUndefined();
    expect(
      slugOf(() =>
        checkStart(
          withStep(steps, 'announcement', done('2026-01-19', '2026-02-17')),
          'hearing',
          { startedOn: '2026-02-18', noticePeriodDays: 30 },
          '2026-02-18',
        ),
      ),
    ).toBe('notice-period-not-applicable');
  });

  it('counts calendar days with the publication day as day one, across a month end', () => {
    // 30 days from 19 January: 19 January … 17 February; the hearing may start on 18 February.
    expect(noticeEndsOn({ startedOn: '2026-01-19', noticePeriodDays: 30 })).toBe('2026-02-17');
    expect(earliestHearingStart(announced('2026-01-19', 30))).toBe('2026-02-18');
  });

  it('refuses a notice shorter than the statutory minimum, naming step, minimum, unit and legal basis', () => {
    const steps = withStep(withStep(fresh(), 'survey', done('2026-01-05', '2026-01-09')), 'assessment', done('2026-01-12', '2026-01-16'));
    let refused: unknown;
    try {
      checkStart(steps, 'announcement', { startedOn: '2026-01-19', noticePeriodDays: 29 }, '2026-01-19');
    } catch (error) {
      refused = error;
    }
    expect(preWorkProblems.noticePeriodTooShort.is(refused)).toBe(true);
    const problem = (refused as ProblemException).problem;
    expect(problem).toMatchObject({ status: 422, step: 'announcement', minimum: 30, unit: 'calendar-days' });
    expect(problem['legalBasis']).toContain('第四十七条');
    expect(slugOf(() => checkStart(steps, 'announcement', { startedOn: '2026-01-19', noticePeriodDays: 30 }, '2026-01-19'))).toBeUndefined();
    expect(slugOf(() => checkStart(fresh(), 'survey', { startedOn: '2026-01-19', noticePeriodDays: 9 }, '2026-01-19'))).toBe('notice-period-too-short');
  });

  it('refuses starting the hearing on the last notice day and admits it the day after', () => {
    const steps = withStep(announced('2026-01-19', 30), 'announcement', { status: 'completed', completedOn: '2026-02-17' });
    expect(slugOf(() => checkStart(steps, 'hearing', { startedOn: '2026-02-17' }, '2026-03-01'))).toBe('notice-period-running');
    expect(slugOf(() => checkStart(steps, 'hearing', { startedOn: '2026-02-18' }, '2026-03-01'))).toBeUndefined();
  });

  it('refuses completing the announcement before its notice period has run', () => {
    const steps = announced('2026-01-19', 30);
    expect(slugOf(() => checkComplete(steps, 'announcement', '2026-02-16', '2026-03-01'))).toBe('notice-period-running');
    expect(slugOf(() => checkComplete(steps, 'announcement', '2026-02-17', '2026-03-01'))).toBeUndefined();
  });
});
