import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '#working-calendar';
import { ApprovedBatchesController, BatchesController, BatchRecordsController } from './batches.controller.js';
import { BatchesService } from './batches.service.js';
import { LandSupplyController } from './land-supply.controller.js';
import { LandSupplyService } from './land-supply.service.js';

@Module({
  imports: [WorkingCalendarModule],
  controllers: [BatchesController, BatchRecordsController, ApprovedBatchesController, LandSupplyController],
  providers: [BatchesService, LandSupplyService],
})
export class BatchesModule {}
