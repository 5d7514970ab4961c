import { Injectable } from '@nestjs/common';
import type { EventHandler } from './inbox/event-handler.js';

/** Feature modules register their handlers here (in onModuleInit); subscriptions start at bootstrap. */
@Injectable()
export class EventHandlerRegistry {
  private readonly handlers = new Map<string, EventHandler>();

  register(handler: EventHandler): void {
    if (this.handlers.has(handler.name)) throw new Error(`event handler "${handler.name}" is registered twice`);
    this.handlers.set(handler.name, handler as EventHandler);
  }

  all(): EventHandler[] {
    return [...this.handlers.values()];
  }
}
