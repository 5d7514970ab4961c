import { Logger } from '@nestjs/common';
import type { ConsumerLag, DeadLetter, EventTransport, InboundRecord, OutboundRecord, Subscription, TransportHealth } from '../transport/event-transport.js';
import { errorHeaders } from '../transport/event-transport.js';

interface Member {
  subscription: Subscription;
  /** Deliveries to one group run one at a time, in publication order, like one Kafka partition. */
  queue: Promise<void>;
  pending: number;
}

/**
 * The embedded mode's bus: every service in the process shares one instance. Delivery is asynchronous
 * and ordered per group; a delivery that rejects is retried, as a broker would redeliver it.
 */
export class InProcessEventTransport implements EventTransport {
  readonly kind = 'in-process';
  private readonly logger = new Logger('InProcessEventTransport');
  private readonly members = new Map<string, Member>();
  private offset = 0;

  async start(): Promise<void> {}

  async publish(records: OutboundRecord[]): Promise<void> {
    for (const record of records) {
      const inbound: InboundRecord = {
        topic: record.topic,
        key: record.key,
        value: Buffer.from(JSON.stringify(record.envelope)),
        headers: { 'content-type': 'application/cloudevents+json', ce_type: record.envelope.type, ce_id: record.envelope.id },
        position: `offset ${this.offset++}`,
      };
      for (const member of this.members.values()) {
        if (member.subscription.topics.includes(record.topic)) this.enqueue(member, inbound);
      }
    }
  }

  async subscribe(subscription: Subscription): Promise<void> {
    if (this.members.has(subscription.group)) throw new Error(`group ${subscription.group} is already subscribed`);
    this.members.set(subscription.group, { subscription, queue: Promise.resolve(), pending: 0 });
  }

  /** The embedded mode has no broker to hold dead letters: the log line is the record, with the headers Kafka would carry. */
  async deadLetter(letter: DeadLetter): Promise<void> {
    this.logger.error({ msg: `event dead-lettered by ${letter.group}: ${letter.error.message}`, headers: errorHeaders(letter) });
  }

  health(): TransportHealth {
    return { ready: true, detail: { transport: this.kind, groups: this.members.size } };
  }

  async consumerLag(): Promise<ConsumerLag[]> {
    return [...this.members.entries()].map(([group, member]) => ({ group, topic: '*', partition: 0, lag: member.pending }));
  }

  async stop(): Promise<void> {
    await Promise.all([...this.members.values()].map((member) => member.queue));
  }

  private enqueue(member: Member, record: InboundRecord): void {
    member.pending++;
    member.queue = member.queue.then(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          await member.subscription.deliver(record, { heartbeat: async () => {} });
          break;
        } catch (error) {
          this.logger.warn(`redelivering to ${member.subscription.group} after: ${(error as Error).message}`);
          await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 100 * 2 ** attempt)));
        }
      }
      member.pending--;
    });
  }
}
