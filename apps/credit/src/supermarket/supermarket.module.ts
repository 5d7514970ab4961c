import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module.js';
import { ResidentsModule } from '../residents/residents.module.js';
import { SupermarketController } from './supermarket.controller.js';
import { SupermarketService } from './supermarket.service.js';

@Module({ imports: [ResidentsModule, LedgerModule], controllers: [SupermarketController], providers: [SupermarketService] })
export class SupermarketModule {}
