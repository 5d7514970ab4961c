import { Controller, Get, type INestApplication } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiAuth, ApiPublic, BEARER_SECURITY_SCHEME } from './api-auth.decorator.js';
import { Public } from './public.decorator.js';
import { Roles } from './roles.decorator.js';

@Controller('cases')
class CasesController {
  @Get()
  @ApiPublic()
  list() {}

  @Get('mine')
  @ApiAuth()
  mine() {}

  @Get('overdue')
  @ApiAuth('land-staff', 'task-force')
  overdue() {}

  @Get('unit')
  @ApiAuth({ units: "the case's village, or `zone`" }, 'village-clerk')
  unit() {}

  @Get('rules')
  @ApiAuth({ units: 'zone' }, 'land-staff')
  rules() {}
}

describe('ApiAuth and ApiPublic', () => {
  let app: INestApplication;
  let document: OpenAPIObject;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [CasesController] }).compile();
    app = moduleRef.createNestApplication(new FastifyAdapter());
    await app.init();
    document = SwaggerModule.createDocument(app, new DocumentBuilder().addBearerAuth(undefined, BEARER_SECURITY_SCHEME).build());
  });

  afterAll(async () => {
    await app.close();
  });

  it('gives every operation a security statement', () => {
    expect(document.paths['/cases']?.get?.security).toEqual([{}, { bearer: [] }]);
    expect(document.paths['/cases/mine']?.get?.security).toEqual([{ bearer: [] }]);
    expect(document.paths['/cases/overdue']?.get?.security).toEqual([{ bearer: [] }]);
  });

  it('names the required roles in the 403 response', () => {
    const forbidden = document.paths['/cases/overdue']?.get?.responses['403'];
    expect(forbidden).toMatchObject({ description: expect.stringContaining('`land-staff` (Land-bureau staff') });
    expect(forbidden).toMatchObject({ description: expect.stringContaining('`task-force`') });
    expect(document.paths['/cases']?.get?.responses['401']).toMatchObject({ description: 'A bearer token was sent but is invalid.' });
    expect(document.paths['/cases/mine']?.get?.responses['401']).toMatchObject({ description: 'Bearer token missing or invalid.' });
  });

  it('declares the roles and the unit rule as extensions', () => {
    expect(document.paths['/cases/overdue']?.get).toMatchObject({ 'x-roles': ['land-staff', 'task-force'] });
    expect(document.paths['/cases/overdue']?.get).not.toHaveProperty('x-unit-rule');
    expect(document.paths['/cases/mine']?.get).toMatchObject({ 'x-roles': [] });
    expect(document.paths['/cases/unit']?.get).toMatchObject({ 'x-roles': ['village-clerk'], 'x-unit-rule': "the case's village, or `zone`" });
    expect(document.paths['/cases/rules']?.get).toMatchObject({ 'x-roles': ['land-staff'], 'x-unit-rule': 'zone' });
    expect(document.paths['/cases/rules']?.get?.responses['403']).toMatchObject({
      description: expect.stringContaining("the token's units must include `zone`"),
    });
    expect(document.paths['/cases/unit']?.get?.responses['403']).not.toMatchObject({ description: expect.stringContaining('must include') });
    expect(document.paths['/cases']?.get).not.toHaveProperty('x-roles');
  });

  it('refuses two access decorators on the same target', () => {
    expect(() => {
      class Conflicting {
        @Public()
        @Roles('zone-admin')
        settings() {}
      }
      return Conflicting;
    }).toThrow('settings has more than one access decorator');
  });
});
