import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '#working-calendar';
import { UnitsModule } from '../units/units.module.js';
import { CompletenessService } from './completeness.service.js';
import { DisclosureChangesController } from './disclosure-changes.controller.js';
import { DisclosureChangesService } from './disclosure-changes.service.js';
import { DisclosuresController, UnitCompletenessController } from './disclosures.controller.js';
import { DisclosuresService } from './disclosures.service.js';
import { LandBatchesHandler } from './land-batches.handler.js';

@Module({
  imports: [UnitsModule, WorkingCalendarModule],
  controllers: [DisclosureChangesController, DisclosuresController, UnitCompletenessController],
  providers: [DisclosuresService, CompletenessService, DisclosureChangesService, LandBatchesHandler],
  exports: [DisclosuresService],
})
export class DisclosuresModule {}
