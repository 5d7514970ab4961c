import { Module } from '@nestjs/common';
import { HouseholdRatings } from './household-ratings.js';

/** The rating recomputation every writer of scores shares (ledger, moves, thresholds). */
@Module({ providers: [HouseholdRatings], exports: [HouseholdRatings] })
export class RatingsCoreModule {}
