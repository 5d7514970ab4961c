import Type from 'typebox';
import { defineEvent } from '../../event-definition.js';
import { Instant, Uuid } from '../../schema-types.js';

export const RedStationOpened = defineEvent({
  name: 'red-station-opened',
  version: 1,
  producer: 'party',
  topic: 'zone.party.red-stations',
  aggregate: 'red-station',
  description: 'A red station (红色驿站) for couriers and riders opened: water, rest, warmth in cold and shade in heat.',
  schema: Type.Object(
    {
      stationId: Uuid('Red station id; also the record key.'),
      name: Type.String({ minLength: 1, maxLength: 120 }),
      address: Type.String({ minLength: 1, maxLength: 300 }),
      openedAt: Instant('When the station was registered as open.'),
    },
    { additionalProperties: false },
  ),
  example: {
    stationId: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
    name: '新昌大厦红色驿站',
    address: '安庆经开区新昌大厦一楼',
    openedAt: '2026-03-01T08:30:00+08:00',
  },
});
