import { Controller, Get, Post, type INestApplication } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { currentRequestContext, runWithRequestContext } from '../context/request-context.js';
import { ProblemFilter } from '../problem/problem.filter.js';
import { ApiAuth, ApiPublic } from './api-auth.decorator.js';
import { AuthGuard, TOKEN_VERIFIER } from './auth.guard.js';
import type { AuthUser } from './auth-user.js';
import { CurrentUser } from './current-user.decorator.js';
import { generateDevKeyPair, signDevToken } from './dev-keys.js';
import { Public } from './public.decorator.js';
import { Roles } from './roles.decorator.js';
import type { Role } from './roles.js';
import { TokenVerifier } from './token-verifier.js';

const ISSUER = 'zone-gov-test';
const AUDIENCE = 'zone-gov-platform';

@Controller('notices')
class NoticesController {
  @Get()
  @Public()
  list(@CurrentUser() user: AuthUser | undefined) {
    return { viewer: user?.id ?? null };
  }

  @Post()
  @Roles('village-clerk')
  publish(@CurrentUser() user: AuthUser) {
    return { publisher: user.id, contextUser: currentRequestContext()?.user?.id };
  }

  @Get('mine')
  mine(@CurrentUser() user: AuthUser) {
    return user;
  }
}

@Controller('progress')
@ApiPublic()
class ProgressController {
  @Get()
  overview() {
    return { ok: true };
  }

  @Get('escalations')
  @ApiAuth('leadership')
  escalations() {
    return { ok: true };
  }

  @Post('targets')
  @ApiAuth({ units: 'zone' }, 'leadership')
  setTargets() {
    return { ok: true };
  }
}

describe('AuthGuard', () => {
  let app: INestApplication;
  let privateKeyPem: string;

  const tokenFor = (roles: Role[], sub = 'u-1', units = ['菱北办事处']) =>
    signDevToken(privateKeyPem, { sub, roles, units, issuer: ISSUER, audience: AUDIENCE, expiresIn: '5m' });
  const bearer = async (roles: Role[], sub?: string, units?: string[]) => `Bearer ${await tokenFor(roles, sub, units)}`;
  const api = () => request(app.getHttpServer());

  beforeAll(async () => {
    const keys = await generateDevKeyPair();
    privateKeyPem = keys.privateKeyPem;
    const moduleRef = await Test.createTestingModule({
      controllers: [NoticesController, ProgressController],
      providers: [
        {
          provide: TOKEN_VERIFIER,
          useValue: new TokenVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKeyPem: keys.publicKeyPem }),
        },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    app.useGlobalFilters(new ProblemFilter());
    // Stands in for the platform's request-context middleware.
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onRequest', (_request: unknown, _reply: unknown, done: () => void) => runWithRequestContext({ requestId: 'r-1' }, done));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app.close();
  });

  describe('on a public route', () => {
    it('serves anonymous callers', async () => {
      await api().get('/notices').expect(200, { viewer: null });
    });

    it('still uses a valid token', async () => {
      await api()
        .get('/notices')
        .set('Authorization', await bearer(['resident'], 'u-7'))
        .expect(200, { viewer: 'u-7' });
    });

    it('refuses a bad token instead of treating the caller as anonymous', async () => {
      const response = await api().get('/notices').set('Authorization', 'Bearer not-a-jwt').expect(401);
      expect(response.body.detail).toBe('Invalid bearer token: token is malformed');
      expect(response.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    });

    it('refuses a non-bearer Authorization header', async () => {
      await api().get('/notices').set('Authorization', 'Basic dTpw').expect(401);
    });
  });

  describe('on a protected route', () => {
    it('requires a token', async () => {
      const response = await api().post('/notices').expect(401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
    });

    it('refuses a caller without any of the roles', async () => {
      const response = await api()
        .post('/notices')
        .set('Authorization', await bearer(['resident']))
        .expect(403);
      expect(response.body.detail).toBe('Requires one of the roles: village-clerk');
    });

    it('admits a caller with the role and shares the user with the request context', async () => {
      await api()
        .post('/notices')
        .set('Authorization', await bearer(['resident', 'village-clerk'], 'u-9'))
        .expect(201, { publisher: 'u-9', contextUser: 'u-9' });
    });

    it('admits any authenticated caller when no role is named, handing over the verified user', async () => {
      await api().get('/notices/mine').expect(401);
      await api()
        .get('/notices/mine')
        .set('Authorization', await bearer(['merchant'], 'm-1'))
        .expect(200, { id: 'm-1', roles: ['merchant'], units: ['菱北办事处'], kind: 'user' });
    });
  });

  it('lets a handler policy override its controller policy', async () => {
    await api().get('/progress').expect(200);
    await api().get('/progress/escalations').expect(401);
    await api()
      .get('/progress/escalations')
      .set('Authorization', await bearer(['land-staff']))
      .expect(403);
    await api()
      .get('/progress/escalations')
      .set('Authorization', await bearer(['leadership']))
      .expect(200);
  });

  it('keeps a zone-wide setting to callers whose units include `zone`, after the role check', async () => {
    await api()
      .post('/progress/targets')
      .set('Authorization', await bearer(['land-staff'], 'u-1', ['zone']))
      .expect(403);
    const refused = await api()
      .post('/progress/targets')
      .set('Authorization', await bearer(['leadership'], 'u-1', ['菱北办事处']))
      .expect(403);
    expect(refused.body).toMatchObject({ type: 'urn:zone-gov:problem:zone-scope-required', status: 403 });
    await api()
      .post('/progress/targets')
      .set('Authorization', await bearer(['leadership'], 'u-1', ['菱北办事处', 'zone']))
      .expect(201);
  });
});
