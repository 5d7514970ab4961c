import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const IMPORT_ROW_STATUSES = ['created', 'would-create', 'invalid', 'duplicate-in-file', 'already-registered'] as const;

export class ImportRowDto {
  @ApiProperty({ example: 2, description: 'Line of the file on which the row starts (the header is line 1).' })
  line!: number;

  @ApiPropertyOptional({ example: '91340800MA0000001P', nullable: true, type: String })
  creditCode!: string | null;

  @ApiProperty({ enum: IMPORT_ROW_STATUSES, enumName: 'ImportRowStatus', example: 'created' })
  status!: (typeof IMPORT_ROW_STATUSES)[number];

  @ApiPropertyOptional({ format: 'uuid', example: '3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098', description: 'The new entity, for created rows.' })
  entityId?: string;

  @ApiProperty({ type: [String], example: [] })
  errors!: string[];
}

export class ImportReportDto {
  @ApiProperty({ example: false })
  dryRun!: boolean;

  @ApiProperty({ example: 2 })
  rows!: number;

  @ApiProperty({ example: 1, description: 'Rows created (or that would be, in a dry run).' })
  accepted!: number;

  @ApiProperty({ example: 1 })
  rejected!: number;

  @ApiProperty({ type: [ImportRowDto] })
  report!: ImportRowDto[];
}
