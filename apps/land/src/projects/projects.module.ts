import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '#working-calendar';
import { ProjectsController } from './projects.controller.js';
import { ProjectsService } from './projects.service.js';

@Module({ imports: [WorkingCalendarModule], controllers: [ProjectsController], providers: [ProjectsService] })
export class ProjectsModule {}
