import { Module } from '@nestjs/common';
import { PreWorkController } from './pre-work.controller.js';
import { PreWorkService } from './pre-work.service.js';

@Module({ controllers: [PreWorkController], providers: [PreWorkService] })
export class PreWorkModule {}
