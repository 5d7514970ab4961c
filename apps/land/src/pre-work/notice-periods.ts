import { addCalendarDays, type BusinessDate, type WorkingCalendar } from '#working-calendar/core';
import type { PreWorkStepName } from './pre-work-rules.js';

export const NOTICE_UNITS = ['calendar-days', 'working-days'] as const;
/** Calendar days count every day; working days follow the platform's working calendar (法定节假日 and 调休 included). */
export type NoticeUnit = (typeof NOTICE_UNITS)[number];

export interface StatutoryNotice {
  /** The public notice the step publishes, in the law's words. */
  notice: string;
  minimum: number;
  unit: NoticeUnit;
  legalBasis: string;
}

/**
 * The statutory minimum public notice period of each pre-work step (the publication day counts as day one);
 * `null` where the law sets none for the step. The one place these minimums live.
 *
 * The hearing has no notice of its own: it is held only when requested, i.e. when most members of the
 * affected collective economic organisation consider the compensation and resettlement plan unlawful
 * (土地管理法 第四十七条第三款；土地管理法实施条例（2021）第二十八条第二款). The hearing step records either the hearing
 * or, as its evidence, that none was requested within the announcement period.
 */
export const STATUTORY_NOTICES: Readonly<Record<PreWorkStepName, StatutoryNotice | null>> = {
  // Published when the survey (现状调查) and risk assessment begin; recording its period on the survey step is optional.
  survey: {
    notice: '征收土地预公告 (pre-announcement of the expropriation)',
    minimum: 10,
    unit: 'working-days',
    legalBasis: '土地管理法实施条例（2021）第二十六条',
  },
  assessment: null,
  // The announcement step is this notice: its period is required.
  announcement: {
    notice: '征地补偿安置方案公告 (compensation and resettlement plan)',
    minimum: 30,
    unit: 'calendar-days',
    legalBasis: '土地管理法 第四十七条第二款；土地管理法实施条例（2021）第二十八条',
  },
  hearing: null,
  registration: null,
  agreement: null,
};

/** The statutory notice of `step`, or `undefined` when the step publishes none. */
export function statutoryNoticeOf(step: PreWorkStepName): StatutoryNotice | undefined {
  return STATUTORY_NOTICES[step] ?? undefined;
}

/** The minimums as one line of text for the API description. */
export function describeStatutoryNotices(): string {
  return Object.entries(STATUTORY_NOTICES)
    .flatMap(([step, notice]) => (notice === null ? [] : [`${step}: ${notice.notice} ≥ ${notice.minimum} ${notice.unit} (${notice.legalBasis})`]))
    .join('; ');
}

/**
 * Last day of a notice published on `startedOn` running `days` in `unit`, the publication day counting as day
 * one; in working days a notice published on a day off starts counting on the next working day.
 */
export function noticeLastDay(calendar: WorkingCalendar, startedOn: string, days: number, unit: NoticeUnit): BusinessDate {
  if (unit === 'calendar-days') return addCalendarDays(startedOn, days - 1);
  return calendar.addWorkingDays(startedOn, calendar.isWorkingDay(startedOn) ? days - 1 : days);
}
