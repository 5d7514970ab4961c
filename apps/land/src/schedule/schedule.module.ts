import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '#working-calendar';
import { ScheduleController } from './schedule.controller.js';
import { ScheduleService } from './schedule.service.js';

@Module({ imports: [WorkingCalendarModule], controllers: [ScheduleController], providers: [ScheduleService] })
export class ScheduleModule {}
