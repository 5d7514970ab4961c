import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { currentRequestContext } from '../context/request-context.js';
import { PROBLEM_CONTENT_TYPE, problemForStatus, problemType, type ProblemDetails } from './problem-details.js';
import { CalendarYearMissingError } from '#working-calendar/core';
import { ProblemException } from './problem.exception.js';
import { platformProblems } from './platform-problems.js';
import { CommitOutcomeUnknownError, TRANSIENT_RETRY_AFTER_SECONDS, transientFailureOf } from '../database/transient-failure.js';

/** Turns every error into RFC 9457 problem details; unexpected errors are logged and never leak internals. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = this.toProblem(exception);
    problem.instance = request.url;
    problem.requestId = currentRequestContext()?.requestId;
    if (problem.status === 503) void reply.header('retry-after', String(TRANSIENT_RETRY_AFTER_SECONDS));
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof ProblemException) return { ...exception.problem };
    if (exception instanceof CalendarYearMissingError) return { ...platformProblems.calendarYearMissing(exception).problem };
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return problemForStatus(status, this.detailOf(exception));
    }
    const transient = this.transientProblem(exception);
    if (transient !== undefined) return transient;
    const status = this.statusOfFrameworkError(exception);
    if (status !== undefined) return problemForStatus(status, (exception as Error).message);
    this.logger.error(exception instanceof Error ? exception : String(exception));
    return problemForStatus(500, 'An unexpected error occurred; it has been logged with the request id.');
  }

  /** Database trouble that passes (lost connection, serialization failure, deadlock) is a 503 to retry, never a 500. */
  private transientProblem(exception: unknown): ProblemDetails | undefined {
    if (exception instanceof CommitOutcomeUnknownError) {
      this.logger.warn(exception.message);
      return {
        ...problemForStatus(503),
        type: problemType('commit-unconfirmed'),
        title: 'Change not confirmed',
        detail: 'The database did not confirm the change; it may have been saved. Read it back, or retry with the same Idempotency-Key, before repeating it.',
      };
    }
    const kind = transientFailureOf(exception);
    if (kind === undefined) return undefined;
    this.logger.warn(`transient database failure (${kind}): ${(exception as Error).message}`);
    return kind === 'connection'
      ? {
          ...problemForStatus(503),
          type: problemType('database-unavailable'),
          title: 'Database unavailable',
          detail: 'The database could not be reached; nothing was changed. Retry shortly.',
        }
      : {
          ...problemForStatus(503),
          type: problemType('transaction-conflict'),
          title: 'Concurrent change',
          detail: 'The change collided with concurrent changes and was not saved. Retry it.',
        };
  }

  private detailOf(exception: HttpException): string | undefined {
    const response = exception.getResponse();
    if (typeof response === 'string') return response;
    const message = (response as { message?: unknown }).message;
    if (Array.isArray(message)) return message.join('; ');
    return typeof message === 'string' ? message : exception.message;
  }

  /** Fastify's own errors (body too large, bad JSON, unsupported media type) carry a 4xx statusCode. */
  private statusOfFrameworkError(exception: unknown): number | undefined {
    const statusCode = (exception as { statusCode?: unknown } | null)?.statusCode;
    return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500 ? statusCode : undefined;
  }
}
