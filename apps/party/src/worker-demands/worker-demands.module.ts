import { Module } from '@nestjs/common';
import { WorkerDemandsController } from './worker-demands.controller.js';
import { WorkerDemandsService } from './worker-demands.service.js';

@Module({ controllers: [WorkerDemandsController], providers: [WorkerDemandsService] })
export class WorkerDemandsModule {}
