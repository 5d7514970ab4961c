import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module.js';
import { RegistryModule } from '../registry/registry.module.js';
import { SupermarketController } from './supermarket.controller.js';
import { SupermarketService } from './supermarket.service.js';

@Module({ imports: [RegistryModule, LedgerModule], controllers: [SupermarketController], providers: [SupermarketService] })
export class SupermarketModule {}
