import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { apiCompare } from 'api-smart-diff';

/**
 * The contract evolution guard: the committed contracts against the last released ones (openapi/released/),
 * classified by api-smart-diff from the clients' side. A breaking change fails the check unless
 * openapi/breaking-changes.json acknowledges it with a reason.
 */
export const GUARDED_DOCUMENTS = ['zone-gov-platform.json', 'asyncapi.json'] as const;
export type GuardedDocument = (typeof GUARDED_DOCUMENTS)[number];
export const RELEASED_DIR = 'openapi/released';
export const ACKNOWLEDGEMENTS = 'openapi/breaking-changes.json';

export interface BreakingChange {
  document: GuardedDocument;
  /** JSON pointer into the compared document, e.g. /paths/~1api~1v1~1land~1projects/get/responses/200/…. */
  pointer: string;
  description: string;
}

export interface Acknowledgement {
  document: GuardedDocument;
  /** Acknowledges every breaking change at this pointer or below it. */
  pointer: string;
  reason: string;
}

type JsonObject = Record<string, unknown>;

const pointerOf = (segments: readonly (string | number)[]) =>
  segments.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/**
 * Breaking changes from `released` to `current` (OpenAPI 3.x). Changes inside components are left out: every
 * operation that uses a changed schema reports it, classified by where it is used (request or response).
 */
export function breakingChanges(document: GuardedDocument, released: unknown, current: unknown): BreakingChange[] {
  return apiCompare(released, current)
    .diffs.filter((diff) => diff.type === 'breaking' && diff.path[0] !== 'components')
    .map((diff) => ({ document, pointer: pointerOf(diff.path), description: diff.description ?? `${diff.action} ${pointerOf(diff.path)}` }));
}

/**
 * AsyncAPI 3 seen as the API its consumers read: every message on every channel becomes a GET of
 * /<topic>/<event type> answering the event (envelope schema and Kafka headers) — so a removed topic or
 * event type, a removed or loosened field, a new enum value or a new required header is breaking, exactly as
 * it would be in a response, and adding event types or optional fields is not.
 */
export function eventsAsReadApi(asyncapi: JsonObject): JsonObject {
  const messages = (asyncapi.components as { messages: Record<string, JsonObject> }).messages;
  const paths: Record<string, unknown> = {};
  for (const channel of Object.values(asyncapi.channels as Record<string, { address: string; messages: Record<string, { $ref: string }> }>)) {
    for (const { $ref } of Object.values(channel.messages)) {
      const message = messages[$ref.replace('#/components/messages/', '')];
      if (message === undefined) throw new Error(`${$ref} is not in components.messages`);
      const headers = (message.headers ?? { properties: {}, required: [] }) as { properties: Record<string, unknown>; required?: string[] };
      paths[`/${channel.address}/${String(message.name)}`] = {
        get: {
          responses: {
            '200': {
              description: String(message.summary ?? message.name),
              headers: Object.fromEntries(
                Object.entries(headers.properties).map(([name, schema]) => [name, { required: headers.required?.includes(name) ?? false, schema }]),
              ),
              content: { [String(message.contentType ?? asyncapi.defaultContentType)]: { schema: message.payload } },
            },
          },
        },
      };
    }
  }
  return { openapi: '3.1.0', info: asyncapi.info, paths };
}

/** The breaking changes no acknowledgement covers, and the acknowledgements that cover nothing (stale). */
export function reconcile(changes: BreakingChange[], acknowledgements: Acknowledgement[]): { unacknowledged: BreakingChange[]; stale: Acknowledgement[] } {
  const covers = (ack: Acknowledgement, change: BreakingChange) =>
    ack.document === change.document && (change.pointer === ack.pointer || change.pointer.startsWith(`${ack.pointer}/`));
  return {
    unacknowledged: changes.filter((change) => !acknowledgements.some((ack) => covers(ack, change))),
    stale: acknowledgements.filter((ack) => !changes.some((change) => covers(ack, change))),
  };
}

const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as JsonObject;

/** Every breaking change in the repository's committed contracts since the released ones, with the acknowledgements. */
export async function checkContractEvolution(repo: string): Promise<{ changes: BreakingChange[]; unacknowledged: BreakingChange[]; stale: Acknowledgement[] }> {
  const changes: BreakingChange[] = [];
  for (const document of GUARDED_DOCUMENTS) {
    const [released, current] = await Promise.all([readJson(path.join(repo, RELEASED_DIR, document)), readJson(path.join(repo, 'openapi', document))]);
    changes.push(
      ...(document === 'asyncapi.json'
        ? breakingChanges(document, eventsAsReadApi(released), eventsAsReadApi(current))
        : breakingChanges(document, released, current)),
    );
  }
  const { acknowledged } = (await readJson(path.join(repo, ACKNOWLEDGEMENTS))) as { acknowledged: Acknowledgement[] };
  return { changes, ...reconcile(changes, acknowledged) };
}
