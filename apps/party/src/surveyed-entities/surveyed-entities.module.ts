import { Module } from '@nestjs/common';
import { SurveyedEntitiesController } from './surveyed-entities.controller.js';
import { SurveyedEntitiesService } from './surveyed-entities.service.js';

@Module({ controllers: [SurveyedEntitiesController], providers: [SurveyedEntitiesService] })
export class SurveyedEntitiesModule {}
