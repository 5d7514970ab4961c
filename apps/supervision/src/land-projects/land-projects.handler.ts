import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LandProjectRegistered } from '#contracts';
import { defineHandler, EventHandlerRegistry } from '#messaging';
import { clock, recordAudit } from '#platform';

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
          const written: unknown[] = await manager.query(
            `INSERT INTO land_projects (project_id, name, category, requested_area_mu, registered_at, last_event_id, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (project_id) DO UPDATE
               SET name = EXCLUDED.name, category = EXCLUDED.category, requested_area_mu = EXCLUDED.requested_area_mu, registered_at = EXCLUDED.registered_at,
                   last_event_id = EXCLUDED.last_event_id, received_at = EXCLUDED.received_at
               WHERE (land_projects.name, land_projects.category, land_projects.requested_area_mu, land_projects.registered_at)
                     IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.category, EXCLUDED.requested_area_mu, EXCLUDED.registered_at)
             RETURNING project_id`,
            [projectId, name, category, requestedAreaMu, new Date(registeredAt), envelope.id, clock.now()],
          );
          // An announcement that changes nothing writes nothing but its inbox row: no audit row for bookkeeping alone.
          if (written.length === 0) return;
          await recordAudit(manager, 'land-project.record', { type: 'land-project', id: projectId }, { eventId: envelope.id, requestedAreaMu });
        },
      }),
    );
  }
}
