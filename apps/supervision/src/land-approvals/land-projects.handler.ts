import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LandProjectRegistered } from '#contracts';
import { defineHandler, EventHandlerRegistry } from '#messaging';
import { clock, recordAudit } from '#platform';
import { LandProject } from './land-project.entity.js';

/** Keeps land_projects in step with the land service: power that is exercised must be disclosed. */
@Injectable()
export class LandProjectsHandler implements OnModuleInit {
  constructor(private readonly registry: EventHandlerRegistry) {}

  onModuleInit(): void {
    this.registry.register(
      defineHandler({
        name: 'land-projects',
        events: [LandProjectRegistered],
        // Only `manager` may write: it is the inbox transaction that makes this run once per event.
        handle: async (envelope, manager) => {
          const { projectId, name, category, requestedAreaMu, registeredAt } = envelope.data;
          await manager.upsert(
            LandProject,
            { projectId, name, category, requestedAreaMu, registeredAt: new Date(registeredAt), lastEventId: envelope.id, receivedAt: clock.now() },
            ['projectId'],
          );
          await recordAudit(manager, 'land-project.record', { type: 'land-project', id: projectId }, { eventId: envelope.id, requestedAreaMu });
        },
      }),
    );
  }
}
