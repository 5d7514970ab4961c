import { Module } from '@nestjs/common';
import { WorkingCalendarController } from './working-calendar.controller.js';
import { WorkingCalendarHandler } from './working-calendar.handler.js';
import { WorkingCalendarService } from './working-calendar.service.js';

/** The working-day calendar in a service: import it to inject WorkingCalendarService for deadlines. */
@Module({ controllers: [WorkingCalendarController], providers: [WorkingCalendarService, WorkingCalendarHandler], exports: [WorkingCalendarService] })
export class WorkingCalendarModule {}
