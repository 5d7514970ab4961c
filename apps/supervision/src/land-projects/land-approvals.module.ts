import { Module } from '@nestjs/common';
import { LandProjectsController } from './land-projects.controller.js';
import { LandProjectsHandler } from './land-projects.handler.js';
import { LandProjectsService } from './land-projects.service.js';

@Module({ controllers: [LandProjectsController], providers: [LandProjectsService, LandProjectsHandler] })
export class LandApprovalsModule {}
