import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { breakingChanges, eventsAsReadApi, reconcile, type BreakingChange } from './contract-evolution.js';

const repo = path.resolve(import.meta.dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests edit deep inside the documents.
type Json = Record<string, any>;
const committed = (name: string): Json => JSON.parse(readFileSync(path.join(repo, 'openapi', name), 'utf8'));
// The land service's share of the merged document: the same operations and schemas, quicker to compare.
const landApi = () => committed('land.json');
const pointers = (changes: BreakingChange[]) => changes.map((change) => change.pointer);
const PROJECT = '/paths/~1api~1v1~1land~1projects~1{id}/get/responses/200/content/application~1json/schema';
const RATING_CHANGED = '/paths/~1zone.credit.households~1zone.credit.rating-changed.v1/get/responses/200/content/application~1cloudevents+json/schema';

describe('contract evolution guard', () => {
  it('finds nothing between a document and itself', () => {
    expect(breakingChanges('zone-gov-platform.json', landApi(), landApi())).toEqual([]);
    expect(breakingChanges('asyncapi.json', eventsAsReadApi(committed('asyncapi.json')), eventsAsReadApi(committed('asyncapi.json')))).toEqual([]);
  });

  it('flags a removed response field and a newly required request field, and lets an added optional field pass', () => {
    const current = landApi();
    const project = current.components.schemas.ProjectDto;
    delete project.properties.requestedAreaMu;
    project.required = project.required.filter((name: string) => name !== 'requestedAreaMu');
    project.properties.note = { type: 'string' };
    current.components.schemas.CreateProjectDto.required.push('purpose');
    const changes = pointers(breakingChanges('zone-gov-platform.json', landApi(), current));
    expect(changes).toContain(`${PROJECT}/properties/requestedAreaMu`);
    expect(changes).toContainEqual(expect.stringMatching(/^\/paths\/~1api~1v1~1land~1projects\/post\/requestBody\/.+\/required\//));
    expect(changes.filter((pointer) => pointer.includes('/note'))).toEqual([]);
  });

  it('reads events as their consumers do: a removed field or a new enum value breaks, a new event type does not', () => {
    const current = committed('asyncapi.json');
    const data = current.components.messages.creditRatingChangedV1.payload.properties.data;
    delete data.properties.score;
    data.required = data.required.filter((name: string) => name !== 'score');
    data.properties.toLevel.anyOf.push({ type: 'string', const: 'AAAA' });
    const released = committed('asyncapi.json');
    delete released.channels.creditHouseholds.messages.creditRatingChangedV1;
    expect(pointers(breakingChanges('asyncapi.json', eventsAsReadApi(released), eventsAsReadApi(current)))).toEqual([]);

    const changes = pointers(breakingChanges('asyncapi.json', eventsAsReadApi(committed('asyncapi.json')), eventsAsReadApi(current)));
    expect(changes).toContain(`${RATING_CHANGED}/properties/data/properties/score`);
    expect(changes).toContainEqual(expect.stringMatching(/\/properties\/data\/properties\/toLevel\/anyOf\//));
    const withoutTopic = committed('asyncapi.json');
    delete withoutTopic.channels.creditHouseholds;
    expect(pointers(breakingChanges('asyncapi.json', eventsAsReadApi(committed('asyncapi.json')), eventsAsReadApi(withoutTopic)))).toEqual([
      '/paths/~1zone.credit.households~1zone.credit.rating-changed.v1/get',
    ]);
  });

  it('lets an acknowledgement cover the changes at and below its pointer, and reports one that covers nothing', () => {
    const change = (pointer: string): BreakingChange => ({ document: 'asyncapi.json', pointer, description: '' });
    const changes = [
      change(`${RATING_CHANGED}/properties/data/properties/score`),
      change(`${RATING_CHANGED}/properties/data/required/4`),
      change('/paths/~1other/get'),
    ];
    const covering = { document: 'asyncapi.json' as const, pointer: `${RATING_CHANGED}/properties/data`, reason: 'score moved to the v2 event' };
    const elsewhere = { document: 'zone-gov-platform.json' as const, pointer: `${RATING_CHANGED}/properties/data`, reason: 'wrong document' };
    expect(reconcile(changes, [covering, elsewhere])).toEqual({ unacknowledged: [change('/paths/~1other/get')], stale: [elsewhere] });
  });
});
