import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The documented shape of one page of `item`s; the OpenAPI schema is named `<Item>Page` (e.g. `ProjectPage`). */
export function PageDtoOf<T>(item: Type<T>) {
  class PageDto {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiPropertyOptional({
      description: 'Cursor of the next page; absent on the last page.',
      example: 'eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw',
    })
    nextCursor?: string;
  }
  Object.defineProperty(PageDto, 'name', { value: `${item.name.replace(/Dto$/, '')}Page` });
  return PageDto;
}
