import { Module } from '@nestjs/common';
import { WorkingCalendarModule } from '#working-calendar';
import { MembersController } from './members.controller.js';
import { MembersService } from './members.service.js';
import { TransfersService } from './transfers.service.js';

@Module({ imports: [WorkingCalendarModule], controllers: [MembersController], providers: [MembersService, TransfersService] })
export class MembersModule {}
