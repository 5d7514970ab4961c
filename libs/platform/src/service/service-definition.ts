import type { DynamicModule, Type } from '@nestjs/common';
import type { MixedList } from 'typeorm';
import type { ServiceName } from '#contracts';
import type { Role } from '../auth/roles.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Classes = MixedList<Function> & Function[];

/** What a domain service contributes: its features and its schema. The platform supplies the rest. */
export interface ServiceDefinition {
  name: ServiceName;
  title: string;
  description: string;
  features: (Type<unknown> | DynamicModule)[];
  entities: Classes;
  migrations: Classes;
  /** Loaded through the gateway by `npm start`, in order, into collections that are still empty. */
  demoData?: DemoCollection[];
}

/** Demo records for one collection, created with `POST <path>` by a user holding `role`. */
export interface DemoCollection {
  /** List endpoint (also the create endpoint), e.g. `/api/v1/land/projects`. */
  path: string;
  role: Role;
  items: Record<string, unknown>[];
}

/** A library that needs its own module, tables and migrations in every service (messaging). */
export interface ServicePlugin {
  module: DynamicModule;
  entities: Classes;
  migrations: Classes;
}

/** A library's share of every service's schema (the messaging tables). */
export type SchemaContribution = Pick<ServicePlugin, 'entities' | 'migrations'>;
