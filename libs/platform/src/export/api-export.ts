import {
  applyDecorators,
  Injectable,
  SetMetadata,
  StreamableFile,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtension, ApiQuery } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { clock } from '../clock/clock.js';
import { isBusinessDate } from '#working-calendar/core';
import { MAX_PAGE_SIZE } from '../pagination/page-query.dto.js';
import { ProblemException } from '../problem/problem.exception.js';
import { attachmentDisposition } from './content-disposition.js';
import type { ExportColumn } from './export-columns.js';
import { EXPORT_FORMATS, EXPORT_MEDIA_TYPES, MAX_EXPORT_ROWS, writeExportFile, type ExportFormat, type FileExportFormat } from './export-file.js';

/** How one list or statistics operation reads as a file. */
export interface ExportDefinition<Row> {
  /** Title above the table and the worksheet's name, e.g. `居民名册`. */
  title: string;
  /** ASCII file name stem for old clients, e.g. `residents`; the Chinese title is the preferred name. */
  fileName: string;
  columns: ExportColumn<Row>[];
  /** The rows of one JSON answer; a page's `items` unless told otherwise. */
  rows?: (answer: never) => Row[];
}

/** Marks an operation's export in the generated document; buildOpenApiDocument turns it into media types. */
export const EXPORT_EXTENSION = 'x-export';
const EXPORT_DEFINITION = Symbol('export-definition');

/** Query parameters that steer paging, not what is exported: left out of the file's filter line. */
const PAGING_PARAMETERS = new Set(['limit', 'cursor', 'format']);

/**
 * `?format=json|csv|xlsx` on a list or statistics operation. The file is built by calling the operation's
 * own handler page after page — the same access checks, masking and personal-data access log entries
 * as the JSON read, because it *is* the JSON read — and written as the pages arrive.
 */
export function ApiExport<Row>(definition: ExportDefinition<Row>): MethodDecorator {
  return applyDecorators(
    SetMetadata(EXPORT_DEFINITION, definition),
    UseInterceptors(ExportInterceptor),
    ApiExtension(EXPORT_EXTENSION, {
      title: definition.title,
      fileName: definition.fileName,
      columns: definition.columns.map((column) => ({ header: column.header, kind: column.kind })),
    }),
    ApiQuery({
      name: 'format',
      required: false,
      enum: EXPORT_FORMATS,
      enumName: 'ExportFormat',
      example: 'csv',
      description: `\`json\` (default) answers as usual; \`csv\` (UTF-8 with BOM, for Excel) and \`xlsx\` download the whole list, every page, as \`${definition.title}\`: a first row with the title, the filters and the "as of" date, then the column headers (${definition.columns.map((column) => column.header).join('、')}). At most ${MAX_EXPORT_ROWS} rows (\`export-too-large\`).`,
    }),
  );
}

/** `format` as given: one of the three, or a 400 naming the field. */
export function exportFormatOf(value: unknown): ExportFormat {
  if (value === undefined) return 'json';
  if (typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value)) return value as ExportFormat;
  throw ProblemException.validation([{ field: 'format', message: `format must be one of: ${EXPORT_FORMATS.join(', ')}` }]);
}

/** The request's filters in words for the file's first row, e.g. `communityCode=C001；asOf=2026-04-30`. */
export function filterText(query: Record<string, unknown>): string {
  const parts = Object.entries(query)
    .filter(([name, value]) => !PAGING_PARAMETERS.has(name) && value !== undefined && value !== '')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${Array.isArray(value) ? value.join(',') : String(value)}`);
  return parts.length === 0 ? '全部' : parts.join('；');
}

/** The date the figures are as of: the request's `asOf` or the end of its period (`to`), else today. */
export function asOfDate(query: Record<string, unknown>): string {
  for (const candidate of [query.asOf, query.to]) if (isBusinessDate(candidate)) return candidate;
  return clock.today();
}

@Injectable()
export class ExportInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const definition = this.reflector.get<ExportDefinition<unknown> | undefined>(EXPORT_DEFINITION, context.getHandler());
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const query = (request.query ?? {}) as Record<string, unknown>;
    const format = exportFormatOf(query.format);
    // The operation's own query DTO knows nothing of `format` (and would refuse it as unknown).
    delete query.format;
    if (format === 'json' || definition === undefined) return next.handle();
    return from(this.exportFile(format, definition, query, next));
  }

  private async exportFile(
    format: FileExportFormat,
    definition: ExportDefinition<unknown>,
    query: Record<string, unknown>,
    next: CallHandler,
  ): Promise<StreamableFile> {
    const asOf = asOfDate(query);
    const sheet = { title: definition.title, filter: filterText(query), asOf, columns: definition.columns };
    const rowsOf = definition.rows ?? ((answer: { items: unknown[] }) => answer.items);
    delete query.cursor;
    // Each subscription runs the handler again (pipes included) with the query as it then is; pages after
    // the first are as large as a list page may be.
    async function* pages(): AsyncGenerator<unknown[]> {
      for (;;) {
        const answer = (await lastValueFrom(next.handle())) as { nextCursor?: unknown };
        yield (rowsOf as (answer: unknown) => unknown[])(answer);
        if (typeof answer.nextCursor !== 'string') return;
        query.cursor = answer.nextCursor;
        query.limit = String(MAX_PAGE_SIZE);
      }
    }
    const file = await writeExportFile(format, sheet, pages());
    return new StreamableFile(file.stream, {
      type: format === 'csv' ? `${EXPORT_MEDIA_TYPES.csv}; charset=utf-8` : EXPORT_MEDIA_TYPES[format],
      length: file.bytes,
      disposition: attachmentDisposition(`${definition.fileName}-${asOf}.${format}`, `${definition.title}-${asOf}.${format}`),
    });
  }
}
