import { Module } from '@nestjs/common';
import { RatingsCoreModule } from '../ratings/ratings-core.module.js';
import { RegistryModule } from '../registry/registry.module.js';
import { LedgerController } from './ledger.controller.js';
import { VolunteerParticipationsController } from './volunteer-participations.controller.js';
import { LedgerWriter } from './ledger-writer.js';
import { LedgerService } from './ledger.service.js';
import { VolunteerActivityHandler } from './volunteer-activity.handler.js';
import { VolunteerAwards } from './volunteer-awards.js';
import { VolunteerParticipationsService } from './volunteer-participations.service.js';

@Module({
  imports: [RatingsCoreModule, RegistryModule],
  controllers: [LedgerController, VolunteerParticipationsController],
  providers: [LedgerWriter, LedgerService, VolunteerAwards, VolunteerParticipationsService, VolunteerActivityHandler],
  exports: [LedgerWriter],
})
export class LedgerModule {}
