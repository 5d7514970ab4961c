import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '#working-calendar';
import { ComplaintRecordsController, ComplaintsController } from './complaints.controller.js';
import { ComplaintsService } from './complaints.service.js';

@Module({ imports: [WorkingCalendarModule], controllers: [ComplaintsController, ComplaintRecordsController], providers: [ComplaintsService] })
export class ComplaintsModule {}
