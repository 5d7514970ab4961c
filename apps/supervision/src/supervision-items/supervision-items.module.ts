import { Module } from '@nestjs/common';
import { SupervisionItemsController } from './supervision-items.controller.js';
import { SupervisionItemsService } from './supervision-items.service.js';

@Module({ controllers: [SupervisionItemsController], providers: [SupervisionItemsService], exports: [SupervisionItemsService] })
export class SupervisionItemsModule {}
