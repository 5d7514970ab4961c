import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '#working-calendar';
import { ApprovedBatchesController, BatchesController, BatchRecordsController } from './batches.controller.js';
import { BatchesService } from './batches.service.js';

@Module({ imports: [WorkingCalendarModule], controllers: [BatchesController, BatchRecordsController, ApprovedBatchesController], providers: [BatchesService] })
export class BatchesModule {}
