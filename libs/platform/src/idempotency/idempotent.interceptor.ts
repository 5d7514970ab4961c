import { ApiProblems } from '../problem/api-problems.js';
import { platformProblems } from '../problem/platform-problems.js';
import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import { currentRequestContext } from '../context/request-context.js';
import { PiiCipher } from '../pii/pii-cipher.js';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import {
  decideOnReuse,
  IDEMPOTENCY_ABANDONED_AFTER_SECONDS,
  IDEMPOTENCY_KEY_PATTERN,
  IDEMPOTENCY_RETENTION_HOURS,
  requestFingerprint,
  type StoredAttempt,
} from './idempotency.js';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/**
 * Makes a create safe to retry: with an Idempotency-Key header, the first request is handled and its
 * answer stored; a retry with the same key, route and body gets that answer again without running the
 * handler; the same key with another body is refused. Keys belong to the caller (token subject).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const header = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (header === undefined) return next.handle();
    const key = Array.isArray(header) ? header[0]! : header;
    if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
      throw platformProblems.invalidIdempotencyKey();
    }
    const statusCode = (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? (request.method === 'POST' ? 201 : 200);
    return from(this.handle(key, statusCode, request, reply, next));
  }

  private async handle(key: string, statusCode: number, request: FastifyRequest, reply: FastifyReply, next: CallHandler): Promise<unknown> {
    const actorId = currentRequestContext()?.user?.id ?? 'anonymous';
    const route = request.url.split('?')[0]!;
    const requestHash = requestFingerprint(request.method, route, request.body);
    // Expired answers are deleted, not just ignored: they may hold personal data (index on created_at).
    await this.dataSource.query(`DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`, [IDEMPOTENCY_RETENTION_HOURS]);
    // Claiming the key first makes concurrent retries race on the primary key, not on the handler.
    const claimed: { claimed_at: string }[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (actor_id, key, route, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (actor_id, key) DO UPDATE SET route = EXCLUDED.route, request_hash = EXCLUDED.request_hash,
         status_code = NULL, sealed_response = NULL, created_at = now()
       WHERE idempotency_keys.created_at < now() - make_interval(hours => $5)
          OR (idempotency_keys.status_code IS NULL AND idempotency_keys.request_hash = EXCLUDED.request_hash
              AND idempotency_keys.created_at < now() - make_interval(secs => $6))
       RETURNING created_at::text AS claimed_at`,
      [actorId, key, route, requestHash, IDEMPOTENCY_RETENTION_HOURS, IDEMPOTENCY_ABANDONED_AFTER_SECONDS],
    );
    if (claimed.length === 0) return this.answerReuse(actorId, key, route, requestHash, reply);
    const context = currentRequestContext();
    if (context !== undefined) context.idempotency = { actorId, key, claimedAt: claimed[0]!.claimed_at, statusCode, seal: (answer) => this.seal(answer) };
    try {
      const response = await lastValueFrom(next.handle(), { defaultValue: undefined });
      // The unit of work answered the key with what its transaction returned; this stores the exact response body, sealed.
      await this.dataSource.query(
        `UPDATE idempotency_keys SET status_code = $3, sealed_response = $4 WHERE actor_id = $1 AND key = $2 AND created_at = $5::timestamptz`,
        [actorId, key, reply.statusCode, this.seal(response), claimed[0]!.claimed_at],
      );
      return response;
    } catch (error) {
      // A failed attempt changed nothing, so the key is free for the retry (unless a transaction had already answered it).
      await this.dataSource.query(`DELETE FROM idempotency_keys WHERE actor_id = $1 AND key = $2 AND status_code IS NULL AND created_at = $3::timestamptz`, [
        actorId,
        key,
        claimed[0]!.claimed_at,
      ]);
      throw error;
    }
  }

  private seal(answer: unknown): string {
    return this.cipher.encrypt(JSON.stringify(answer ?? null));
  }

  private async answerReuse(actorId: string, key: string, route: string, requestHash: string, reply: FastifyReply): Promise<unknown> {
    const rows: { route: string; request_hash: string; status_code: number | null; sealed_response: string | null }[] = await this.dataSource.query(
      `SELECT route, request_hash, status_code, sealed_response FROM idempotency_keys WHERE actor_id = $1 AND key = $2`,
      [actorId, key],
    );
    const row = rows[0];
    if (row === undefined) throw platformProblems.idempotencyKeyInProgress();
    const response: unknown = row.sealed_response === null ? null : JSON.parse(this.cipher.decrypt(row.sealed_response));
    const stored: StoredAttempt = { route: row.route, requestHash: row.request_hash, statusCode: row.status_code, response };
    const decision = decideOnReuse(stored, route, requestHash);
    if (decision.kind === 'mismatch') throw platformProblems.idempotencyKeyReused();
    if (decision.kind === 'in-progress') {
      throw platformProblems.idempotencyKeyInProgress();
    }
    void reply.status(decision.statusCode).header('idempotent-replayed', 'true');
    return decision.response;
  }
}

/** For creates a client may retry: documents the Idempotency-Key header and applies the interceptor. */
export function IdempotentCreate(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: `Makes the request safe to retry for ${IDEMPOTENCY_RETENTION_HOURS} h: a retry with the same key and body gets the first answer (marked \`Idempotent-Replayed: true\`) instead of creating again.`,
      example: '3f2b7c1e-9a4d-4f5e-8b6a-1c2d3e4f5a6b',
      schema: { type: 'string', minLength: 8, maxLength: 128, pattern: IDEMPOTENCY_KEY_PATTERN.source },
    }),
    ApiProblems(platformProblems.invalidIdempotencyKey, platformProblems.idempotencyKeyInProgress, platformProblems.idempotencyKeyReused),
  );
}
