import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { BoundedText, BoundedInt } from '../validation/bounds.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** `limit` and `cursor` of every list; extend it with a resource's own filters. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, example: 20, description: 'Items per page.' })
  @IsOptional()
  @Type(() => Number)
  @BoundedInt(1, MAX_PAGE_SIZE)
  limit: number = DEFAULT_PAGE_SIZE;

  @ApiPropertyOptional({
    description: "Opaque cursor from the previous page's `nextCursor`.",
    example: 'eyJrIjpbIjIwMjYtMDEtMjdUMDE6MDA6MDAuMDAwWiIsIjBiN2YiXX0.1oC2p6hXQm0Zb9c4u8yXkA',
  })
  @IsOptional()
  @BoundedText(0, 512)
  cursor?: string;
}
