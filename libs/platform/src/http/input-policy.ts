import { platformProblems } from '../problem/platform-problems.js';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { Transform, type TransformCallback } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { checkRequestToken } from '../auth/request-token.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { PROBLEM_CONTENT_TYPE, problemForStatus, type FieldError } from '../problem/problem-details.js';

/** What one request may cost before any handler runs; the gateway and every service apply the same policy. */
export interface InputLimits {
  /** Largest body from a caller with a valid token (staff imports are the biggest). */
  authenticatedBodyBytes: number;
  /** Largest body from a caller without a token: public forms such as complaints are small. */
  anonymousBodyBytes: number;
  /** Deepest nesting of arrays and objects in a JSON body; no request schema comes close. */
  maxJsonDepth: number;
  /** Longest time a client may take to send its body once the headers are in. */
  bodyTimeoutMs: number;
  /** Longest time for the whole request, headers included (Node's own guard against slow clients). */
  requestTimeoutMs: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  authenticatedBodyBytes: 1024 * 1024,
  anonymousBodyBytes: 64 * 1024,
  maxJsonDepth: 32,
  bodyTimeoutMs: 30_000,
  requestTimeoutMs: 60_000,
};

/** Bodies are read only for methods that carry one. */
const BODILESS_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** C0 controls other than tab, line feed and carriage return, and DEL: never part of text a person typed. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A high surrogate not followed by a low one, or a low one without its high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether JSON text nests arrays/objects deeper than `maxDepth`, decided by one pass over the characters
 * before anything is parsed, so a 1 MiB `[[[[…` costs a scan, not a parse and a recursive validation.
 */
export function exceedsJsonDepth(text: string | Uint8Array, maxDepth: number): boolean {
  // Brackets, quotes and backslashes are ASCII, and UTF-8 never uses ASCII bytes inside a longer character,
  // so raw bytes scan as well as decoded text.
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = typeof text === 'string' ? text.charCodeAt(index) : text[index]!;
    if (inString) {
      if (code === 0x5c)
        index++; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b || code === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (code === 0x5d || code === 0x7d) {
      depth--;
    }
  }
  return false;
}

/** `application/json` and its `+json` kinds, as a content-type parser matches them (the media type alone). */
export const JSON_MEDIA_TYPE = /^application\/([a-z0-9.+-]+\+)?json$/i;

/** Why a piece of text cannot be stored as text, if it cannot. */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode (no lone surrogate halves)';
  if (CONTROL_CHARACTER.test(text)) return 'must not contain control characters';
  return undefined;
}

/**
 * Field errors for every null, every string (keys included) that is not storable text and every number
 * a JSON number cannot carry exactly, walked without recursion. Paths read like class-validator's: `items.0.name`.
 */
export function inputViolations(value: unknown, root = '', options: { nullAllowed?: boolean } = {}): FieldError[] {
  const errors: FieldError[] = [];
  const pending: [unknown, string][] = [[value, root]];
  while (pending.length > 0) {
    const [current, path] = pending.pop()!;
    const field = path === '' ? '(body)' : path;
    if (current === null) {
      if (options.nullAllowed) continue;
      // No request schema declares a nullable field: null would reach a NOT NULL column, or clear a field by accident.
      errors.push({ field, message: `${field} must not be null; leave the field out instead` });
    } else if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem !== undefined) errors.push({ field, message: `${field} ${problem}` });
    } else if (typeof current === 'number') {
      if (!Number.isFinite(current)) {
        errors.push({ field, message: `${field} must be a finite number` });
      } else if (Number.isInteger(current) && !Number.isSafeInteger(current)) {
        errors.push({ field, message: `${field} must be between ${Number.MIN_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}` });
      }
    } else if (typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path === '' ? key : `${path}.${key}`;
        const keyProblem = textProblem(key);
        if (keyProblem !== undefined) errors.push({ field: childPath, message: `field name ${keyProblem}` });
        pending.push([child, childPath]);
      }
    }
  }
  return errors.reverse();
}

function httpError(statusCode: number, message: string): Error & { statusCode: number } {
  return Object.assign(new Error(message), { statusCode });
}

/** Counts body bytes against the caller's limit and cuts off a body that arrives too slowly. */
class BodyGuard extends Transform {
  private received = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly limitBytes: number,
    timeoutMs: number,
    onCutOff: () => void,
  ) {
    super();
    this.timer = setTimeout(() => {
      onCutOff();
      this.destroy(httpError(408, `The request body did not arrive within ${timeoutMs / 1000} s.`));
    }, timeoutMs).unref();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.received += chunk.length;
    if (this.received > this.limitBytes) {
      callback(httpError(413, `The request body is larger than ${this.limitBytes} bytes.`));
      return;
    }
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    clearTimeout(this.timer);
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    clearTimeout(this.timer);
    callback(error);
  }
}

/**
 * Whether a request carries a token the verifier accepts (the guard, reusing this verification, still decides
 * what it may do). A verifier that cannot answer (JWKS unreachable) fails the request rather than shrinking its limit.
 */
export async function carriesValidToken(verifier: TokenVerifier, request: FastifyRequest): Promise<boolean> {
  const check = await checkRequestToken(verifier, request, request.headers.authorization);
  return check !== undefined && 'user' in check;
}

export interface InputPolicyOptions {
  limits: InputLimits;
  /** Whether the request carries a valid token, decided before its body is read. */
  isAuthenticated: (request: FastifyRequest) => Promise<boolean> | boolean;
}

/**
 * Size and time limits on every body, decided before it is read: the limit depends on whether the
 * caller is authenticated, `Content-Length` beyond it is refused at once, a body that grows past it or
 * arrives too slowly is cut off, and the connection is closed after the answer.
 */
export function installBodyLimits(fastify: FastifyInstance, options: InputPolicyOptions): void {
  fastify.addHook('preParsing', async (request: FastifyRequest, reply: FastifyReply, payload) => {
    const declaresBody = request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
    if (BODILESS_METHODS.has(request.method) || !declaresBody) return payload;
    const limit = (await options.isAuthenticated(request)) ? options.limits.authenticatedBodyBytes : options.limits.anonymousBodyBytes;
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      void reply.header('connection', 'close');
      throw httpError(413, `The request body is larger than ${limit} bytes.`);
    }
    const guard = new BodyGuard(limit, options.limits.bodyTimeoutMs, () => void reply.header('connection', 'close'));
    // An answer given without reading the body (415, 401) ends the guard and its timer with it.
    reply.raw.once('close', () => guard.destroy());
    guard.on('error', () => {
      // The client's remaining bytes are not wanted; the answer closes the connection.
      payload.unpipe(guard);
      void reply.header('connection', 'close');
    });
    return payload.pipe(guard);
  });
}

/** Parses JSON bodies only after a depth check, keeping Fastify's protection against prototype poisoning. */
export function installJsonParser(fastify: FastifyInstance, limits: InputLimits): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  // Fastify's defaults (JSON without the depth check, and text/plain) go: anything but JSON is a 415.
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(JSON_MEDIA_TYPE, { parseAs: 'string', bodyLimit: limits.authenticatedBodyBytes }, (request, body, done) => {
    if (exceedsJsonDepth(body as string, limits.maxJsonDepth)) {
      done(platformProblems.bodyTooDeep(limits.maxJsonDepth), undefined);
      return;
    }
    void parse(request, body as string, done);
  });
}

/** Absolute-form targets (`GET http://host/path`) are routed like their path, as RFC 9112 asks of servers. */
export function originFormUrl(url: string): string {
  if (url.startsWith('/')) return url;
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

/** Errors Node's HTTP parser meets before Fastify sees a request (oversized headers, garbage, timeouts), as problem details. */
export function problemClientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const detail =
    status === 408 ? 'The request did not arrive in time.' : status === 431 ? 'The request line or headers are too large.' : 'The request is not valid HTTP.';
  const body = JSON.stringify(problemForStatus(status, detail));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Fastify server options shared by the gateway and the services: timeouts, URL handling, low-level errors. */
export function hardenedServerOptions(
  limits: InputLimits,
): Pick<FastifyServerOptions, 'requestTimeout' | 'rewriteUrl' | 'clientErrorHandler' | 'frameworkErrors'> {
  return {
    requestTimeout: limits.requestTimeoutMs,
    rewriteUrl: (request) => originFormUrl(request.url ?? '/'),
    clientErrorHandler: problemClientErrorHandler,
    // The router's own refusals (malformed percent-encoding 400, over-long path segment 414) come before any hook.
    frameworkErrors: (error, _request, reply) => {
      const status = error.statusCode === 414 ? 414 : 400;
      const detail = status === 414 ? 'A path segment is too long.' : 'The request path is not valid (bad percent-encoding?).';
      void (reply as FastifyReply).status(status).header('content-type', PROBLEM_CONTENT_TYPE).send(problemForStatus(status, detail));
    },
  };
}
