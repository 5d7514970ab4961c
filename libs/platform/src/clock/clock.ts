import { shanghaiDateOf, type BusinessDate } from '#working-calendar/core';

/** How the clock reads: the system clock, the system clock moved by a fixed amount, or one instant that never moves. */
type ClockSetting = { kind: 'system' } | { kind: 'offset'; offsetMs: number } | { kind: 'frozen'; at: number };

/** The environment variable that sets the clock for a whole process (and so for the whole embedded platform). */
export const PLATFORM_CLOCK_ENV = 'PLATFORM_CLOCK';

const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Business time: every "now" and "today" (Asia/Shanghai) of the platform comes from here, so that tests and
 * rehearsals can move the whole platform to another date. Timeouts, retry delays and latency measurements keep
 * reading the system clock: they measure elapsed time, not the date business rules run on.
 */
export class Clock {
  private setting: ClockSetting;

  constructor(private readonly configured: ClockSetting = { kind: 'system' }) {
    this.setting = configured;
  }

  now(): Date {
    switch (this.setting.kind) {
      case 'system':
        return new Date();
      case 'offset':
        return new Date(Date.now() + this.setting.offsetMs);
      case 'frozen':
        return new Date(this.setting.at);
    }
  }

  /** Today's date in Asia/Shanghai. */
  today(): BusinessDate {
    return shanghaiDateOf(this.now());
  }

  /** From now on the clock reads `instant` and stays there. */
  freezeAt(instant: string | Date): void {
    this.setting = { kind: 'frozen', at: parseInstant(instant) };
  }

  /** From now on the clock reads `instant` and runs on from it. */
  startAt(instant: string | Date): void {
    this.setting = { kind: 'offset', offsetMs: parseInstant(instant) - Date.now() };
  }

  /** Back to what the process was started with (PLATFORM_CLOCK, or the system clock). */
  reset(): void {
    this.setting = this.configured;
  }
}

/**
 * Reads a PLATFORM_CLOCK value: an ISO 8601 instant with an offset starts the clock there and lets it run;
 * `frozen:` before it stops it there. Empty or absent means the system clock.
 */
export function clockSettingOf(value: string | undefined, now: number = Date.now()): ClockSetting {
  if (value === undefined || value.trim() === '') return { kind: 'system' };
  const frozen = value.startsWith('frozen:');
  const instant = parseInstant(frozen ? value.slice('frozen:'.length) : value);
  return frozen ? { kind: 'frozen', at: instant } : { kind: 'offset', offsetMs: instant - now };
}

function parseInstant(instant: string | Date): number {
  if (instant instanceof Date) return instant.getTime();
  const time = INSTANT_WITH_OFFSET.test(instant.trim()) ? Date.parse(instant.trim()) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new RangeError(
      `${PLATFORM_CLOCK_ENV}: ${JSON.stringify(instant)} is not an ISO 8601 instant with an offset, e.g. 2027-12-29T10:00:00+08:00 or frozen:2027-12-29T10:00:00+08:00`,
    );
  }
  return time;
}

/** The platform's one clock, set for the process by PLATFORM_CLOCK and by tests through freezeAt/startAt. */
export const clock = new Clock(clockSettingOf(process.env[PLATFORM_CLOCK_ENV]));
