import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '#working-calendar';
import { PreWorkController } from './pre-work.controller.js';
import { PreWorkService } from './pre-work.service.js';

@Module({ imports: [WorkingCalendarModule], controllers: [PreWorkController], providers: [PreWorkService] })
export class PreWorkModule {}
