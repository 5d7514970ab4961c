import { Module } from '@nestjs/common';
import { PersonalDataAccessModule } from '#platform';
import { RatingsCoreModule } from '../ratings/ratings-core.module.js';
import { CommunitiesController, HouseholdsController, ResidentImportsController, ResidentsController } from './registry.controller.js';
import { RegistryService } from './registry.service.js';

@Module({
  imports: [RatingsCoreModule, PersonalDataAccessModule],
  controllers: [CommunitiesController, HouseholdsController, ResidentsController, ResidentImportsController],
  providers: [RegistryService],
  exports: [RegistryService],
})
export class RegistryModule {}
