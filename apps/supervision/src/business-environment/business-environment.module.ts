import { Module } from '@nestjs/common';
import { BusinessEnvironmentController } from './business-environment.controller.js';
import { BusinessEnvironmentService } from './business-environment.service.js';

@Module({ controllers: [BusinessEnvironmentController], providers: [BusinessEnvironmentService] })
export class BusinessEnvironmentModule {}
