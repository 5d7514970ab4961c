import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module.js';
import { SurveysController } from './surveys.controller.js';
import { SurveysService } from './surveys.service.js';

@Module({ imports: [LedgerModule], controllers: [SurveysController], providers: [SurveysService] })
export class SurveysModule {}
