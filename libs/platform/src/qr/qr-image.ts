import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyReply } from 'fastify';
import QRCode from 'qrcode';
import { BoundedInt } from '../validation/bounds.js';

export const QR_FORMATS = ['png', 'svg'] as const;
export type QrFormat = (typeof QR_FORMATS)[number];

/** QR error-correction levels: share of the code that may be dirty or torn and still scan (L 7 %, M 15 %, Q 25 %, H 30 %). */
export const QR_ERROR_CORRECTION_LEVELS = ['L', 'M', 'Q', 'H'] as const;
export type QrErrorCorrection = (typeof QR_ERROR_CORRECTION_LEVELS)[number];

export const QR_MEDIA_TYPES: Record<QrFormat, string> = { png: 'image/png', svg: 'image/svg+xml' };

// Larger prints should use SVG, which scales: a big PNG costs the server a second of work per request.
export const QR_SIZE = { min: 128, max: 1024, default: 512 } as const;

/** How a QR image is asked for: `format`, size in pixels, error correction; every one optional. */
export class QrImageQueryDto {
  @ApiPropertyOptional({
    enum: QR_FORMATS,
    enumName: 'QrFormat',
    default: 'png',
    example: 'svg',
    description: '`png` (image/png, the default) or `svg` (image/svg+xml, scales without blur for printing).',
  })
  @IsOptional()
  @IsIn(QR_FORMATS)
  format: QrFormat = 'png';

  @ApiPropertyOptional({
    default: QR_SIZE.default,
    example: 1024,
    description: 'Width and height in pixels, quiet zone included (for SVG: its declared size; it scales to any print size).',
  })
  @IsOptional()
  @Type(() => Number)
  @BoundedInt(QR_SIZE.min, QR_SIZE.max)
  size: number = QR_SIZE.default;

  @ApiPropertyOptional({
    enum: QR_ERROR_CORRECTION_LEVELS,
    enumName: 'QrErrorCorrection',
    default: 'M',
    example: 'Q',
    description: 'Error correction: how much of the code may be soiled or torn and still scan (L 7 %, M 15 %, Q 25 %, H 30 %); higher is denser. Default `M`.',
  })
  @IsOptional()
  @IsIn(QR_ERROR_CORRECTION_LEVELS)
  errorCorrection: QrErrorCorrection = 'M';
}

export interface QrImage {
  mediaType: string;
  body: Buffer;
}

/** `content` as a caption-free QR image with the standard four-module quiet zone. */
export async function renderQrImage(content: string, options: { format: QrFormat; size: number; errorCorrection: QrErrorCorrection }): Promise<QrImage> {
  const settings = { errorCorrectionLevel: options.errorCorrection, width: options.size, margin: 4 };
  const body =
    options.format === 'png'
      ? await QRCode.toBuffer(content, { ...settings, type: 'png' })
      : Buffer.from(await QRCode.toString(content, { ...settings, type: 'svg' }), 'utf8');
  return { mediaType: QR_MEDIA_TYPES[options.format], body };
}

/** Sends a QR image with its media type and caching rule (`public, max-age=…` for public codes, `no-store` for personal ones). */
export function sendQrImage(reply: FastifyReply, image: QrImage, cacheControl: string): Buffer {
  void reply.header('content-type', image.mediaType).header('cache-control', cacheControl);
  return image.body;
}

const BINARY = { schema: { type: 'string', format: 'binary' } };

/** Documents a QR image answer: both media types as binary, with the caching rule and any extra headers. */
export function ApiQrImageResponse(description: string, cacheControl: string, headers: Record<string, { description: string; schema: object }> = {}) {
  return applyDecorators(
    ApiProduces(...Object.values(QR_MEDIA_TYPES)),
    ApiOkResponse({
      description,
      content: Object.fromEntries(Object.values(QR_MEDIA_TYPES).map((mediaType) => [mediaType, BINARY])),
      headers: { 'Cache-Control': { description: `\`${cacheControl}\``, schema: { type: 'string', example: cacheControl } }, ...headers },
    }),
  );
}
