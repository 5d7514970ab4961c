import { Injectable, type OnModuleInit } from '@nestjs/common';
import { WorkingCalendarYearSet } from '#contracts';
import { defineHandler, EventHandlerRegistry, PermanentEventError } from '#messaging';
import { parseCalendarYear, type CalendarYear } from './core/index.js';
import { WorkingCalendarService } from './working-calendar.service.js';

/** Keeps this service's calendar in step with years set in any service, its own included (a no-op there). */
@Injectable()
export class WorkingCalendarHandler implements OnModuleInit {
  constructor(
    private readonly registry: EventHandlerRegistry,
    private readonly calendar: WorkingCalendarService,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      defineHandler({
        name: 'working-calendar',
        events: [WorkingCalendarYearSet],
        // Only `manager` may write: it is the inbox transaction that makes this run once per event.
        handle: async (envelope, manager) => {
          const { setAt, setBy, ...data } = envelope.data;
          let year: CalendarYear;
          try {
            // The schema checks the shape; the calendar's own rules (make-up days on weekends, dates in the year) are checked here.
            year = parseCalendarYear(data);
          } catch (error) {
            throw new PermanentEventError(`${envelope.type} ${envelope.id}: ${(error as Error).message}`);
          }
          await this.calendar.applyYear(manager, year, { setAt: new Date(setAt), setBy, eventId: envelope.id });
        },
      }),
    );
  }
}
