import { Module } from '@nestjs/common';
import { RatingsModule } from '../ratings/ratings.module.js';
import { MerchantsController } from './merchants.controller.js';
import { MerchantsService } from './merchants.service.js';

@Module({ imports: [RatingsModule], controllers: [MerchantsController], providers: [MerchantsService] })
export class MerchantsModule {}
