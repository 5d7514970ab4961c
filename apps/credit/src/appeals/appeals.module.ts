import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '#working-calendar';
import { LedgerModule } from '../ledger/ledger.module.js';
import { RegistryModule } from '../registry/registry.module.js';
import { AppealsController } from './appeals.controller.js';
import { AppealsService } from './appeals.service.js';

@Module({ imports: [RegistryModule, LedgerModule, WorkingCalendarModule], controllers: [AppealsController], providers: [AppealsService] })
export class AppealsModule {}
