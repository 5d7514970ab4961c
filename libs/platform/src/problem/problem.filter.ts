import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { currentRequestContext } from '../context/request-context.js';
import { PROBLEM_CONTENT_TYPE, problemForStatus, type ProblemDetails } from './problem-details.js';
import { CalendarYearMissingError } from '../calendar/calendar-errors.js';
import { calendarYearMissingProblem, ProblemException } from './problem.exception.js';

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
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof ProblemException) return { ...exception.problem };
    if (exception instanceof CalendarYearMissingError) return { ...calendarYearMissingProblem(exception).problem };
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return problemForStatus(status, this.detailOf(exception));
    }
    const status = this.statusOfFrameworkError(exception);
    if (status !== undefined) return problemForStatus(status, (exception as Error).message);
    this.logger.error(exception instanceof Error ? exception : String(exception));
    return problemForStatus(500, 'An unexpected error occurred; it has been logged with the request id.');
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
