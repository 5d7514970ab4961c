import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module.js';
import { RatingsController } from './ratings.controller.js';
import { RatingsCoreModule } from './ratings-core.module.js';
import { RatingsService } from './ratings.service.js';

@Module({ imports: [RatingsCoreModule, RegistryModule], controllers: [RatingsController], providers: [RatingsService], exports: [RatingsService] })
export class RatingsModule {}
