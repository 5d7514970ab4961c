import { Module } from '@nestjs/common';
import { VolunteerActivitiesController } from './volunteer-activities.controller.js';
import { VolunteerActivitiesService } from './volunteer-activities.service.js';

@Module({ controllers: [VolunteerActivitiesController], providers: [VolunteerActivitiesService] })
export class VolunteerActivitiesModule {}
