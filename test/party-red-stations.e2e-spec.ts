import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { distanceMetres } from '../apps/party/src/red-stations/distance.js';
import { dropTestDatabases } from './support/test-env.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

describe('red stations for couriers: public list near a point (through the gateway)', () => {
  let platform: TestPlatform;
  const here = { latitude: '30.500000', longitude: '117.000000' };
  // About 0.5 km north, 2.2 km east, 11 km south of here.
  const stations = [
    { name: '示例驿站-北', latitude: '30.504500', longitude: '117.000000' },
    { name: '示例驿站-东', latitude: '30.500000', longitude: '117.023000' },
    { name: '示例驿站-南', latitude: '30.400000', longitude: '117.000000' },
  ];

  beforeAll(async () => {
    platform = await startTestPlatform({ events: 'in-process', services: ['party'] });
    const committee = await platform.identity.token(['party-committee']);
    for (const station of stations) {
      await request(platform.gatewayUrl)
        .post('/api/v1/party/red-stations')
        .set('authorization', `Bearer ${committee}`)
        .send({ ...station, address: '安庆经开区示例地址', openingHours: '08:00-20:00', amenities: ['water', 'rest'] })
        .expect(201);
    }
    const courier = await platform.identity.token(['resident']);
    await request(platform.gatewayUrl).post('/api/v1/party/red-stations').set('authorization', `Bearer ${courier}`).send({}).expect(403);
  });

  afterAll(async () => {
    await platform?.close();
    await dropTestDatabases();
  });

  const near = (query: string) =>
    request(platform.gatewayUrl).get(`/api/v1/party/red-stations?latitude=${here.latitude}&longitude=${here.longitude}${query}`).expect(200);

  it('lists nearest first without a login, with distances matching the haversine function', async () => {
    const response = await near('');
    expect(response.body.items.map((item: { name: string }) => item.name)).toEqual(['示例驿站-北', '示例驿站-东', '示例驿站-南']);
    for (const item of response.body.items as { latitude: string; longitude: string; distanceMetres: number }[]) {
      const expected = distanceMetres({ latitude: 30.5, longitude: 117 }, { latitude: Number(item.latitude), longitude: Number(item.longitude) });
      expect(Math.abs(item.distanceMetres - expected)).toBeLessThanOrEqual(1);
    }
    expect(response.body.items[0].distanceMetres).toBeGreaterThan(490);
    expect(response.body.items[0].distanceMetres).toBeLessThan(510);
  });

  it('limits to a radius and pages nearest first', async () => {
    const within = await near('&withinMetres=3000');
    expect(within.body.items.map((item: { name: string }) => item.name)).toEqual(['示例驿站-北', '示例驿站-东']);
    const first = await near('&limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await near(`&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((item: { name: string }) => item.name)).toEqual(['示例驿站-南']);
    expect(second.body.nextCursor).toBeUndefined();
  });

  it('keeps the plain list newest first without distances, and refuses half a point or a radius alone', async () => {
    const plain = await request(platform.gatewayUrl).get('/api/v1/party/red-stations').expect(200);
    expect(plain.body.items.map((item: { name: string }) => item.name)).toEqual(['示例驿站-南', '示例驿站-东', '示例驿站-北']);
    expect(plain.body.items[0].distanceMetres).toBeUndefined();
    await request(platform.gatewayUrl).get('/api/v1/party/red-stations?latitude=30.5').expect(400);
    await request(platform.gatewayUrl).get('/api/v1/party/red-stations?withinMetres=100').expect(400);
    await request(platform.gatewayUrl).get('/api/v1/party/red-stations?latitude=95&longitude=117').expect(400);
  });
});
