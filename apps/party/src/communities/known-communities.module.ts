import { Module } from '@nestjs/common';
import { KnownCommunitiesHandler } from './known-communities.js';

@Module({ providers: [KnownCommunitiesHandler] })
export class KnownCommunitiesModule {}
