import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { BoundedText } from '#platform';

export class ResidentImportDto {
  @ApiProperty({ example: 'shengtang' })
  @BoundedText(1, 64)
  communityCode!: string;

  @ApiProperty({
    example: 'householdNumber,name,idNumber,phone\nST-0003,赵某某,340800198203070024,13900000007\n',
    description: 'CSV text, UTF-8, header `householdNumber,name,idNumber,phone` (phone may be empty); at most 2,000 rows. Missing households are registered.',
    maxLength: 900000,
  })
  @BoundedText(0, 900000)
  csv!: string;

  @ApiPropertyOptional({ default: false, example: false, description: 'Only check the rows; import nothing.' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}

export class ImportRowDto {
  @ApiProperty({ type: 'integer', example: 2, description: 'Line in the file; the header is line 1.' })
  line!: number;

  @ApiProperty({ enum: ['accepted', 'rejected'], example: 'rejected' })
  status!: 'accepted' | 'rejected';

  @ApiPropertyOptional({ example: 'ID number check digit does not match' })
  reason?: string;

  @ApiPropertyOptional({ format: 'uuid', example: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', description: 'The new resident, once imported.' })
  residentId?: string;
}

export class ResidentImportReportDto {
  @ApiProperty({ example: true, description: 'Whether the rows were imported. The file is imported whole or not at all.' })
  imported!: boolean;

  @ApiProperty({ type: 'integer', example: 2 })
  accepted!: number;

  @ApiProperty({ type: 'integer', example: 0 })
  rejected!: number;

  @ApiProperty({ type: 'integer', example: 1 })
  householdsCreated!: number;

  @ApiProperty({ type: [ImportRowDto] })
  rows!: ImportRowDto[];
}
