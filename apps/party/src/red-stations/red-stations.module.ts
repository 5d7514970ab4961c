import { Module } from '@nestjs/common';
import { RedStationsController } from './red-stations.controller.js';
import { RedStationsService } from './red-stations.service.js';

@Module({ controllers: [RedStationsController], providers: [RedStationsService] })
export class RedStationsModule {}
