import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayUnique, IsOptional } from 'class-validator';
import { PageDtoOf, PageQueryDto, IsBusinessDate, BoundedText, BoundedArray } from '#platform';
import { normaliseCreditCode } from '../../surveyed-entities/credit-code.js';
import { IsCreditCode } from '../../shared/validators.js';

const normaliseCodes = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? normaliseCreditCode(item) : item)) : value;

export class CreateInstructorDto {
  @ApiProperty({ example: 'instructor-01', description: 'Token subject (`sub`) the instructor signs in with.' })
  @BoundedText(1, 128)
  userId!: string;

  @ApiProperty({ example: '示例指导员甲', description: 'Stored encrypted; masked except to the committee and the instructor.' })
  @BoundedText(1, 50)
  name!: string;

  @ApiProperty({ type: [String], example: ['91340800MA00000010'], description: 'Entities assigned to the instructor (党建工作指导员).' })
  @Transform(normaliseCodes)
  @BoundedArray(0, 500)
  @ArrayUnique()
  @IsCreditCode({ each: true })
  entityCreditCodes!: string[];
}

export class AssignEntityDto {
  @ApiProperty({ example: '91340800MA00000010' })
  @Transform(({ value }) => (typeof value === 'string' ? normaliseCreditCode(value) : value))
  @IsCreditCode()
  creditCode!: string;
}

export class InstructorDto {
  @ApiProperty({ example: 'instructor-01' })
  userId!: string;

  @ApiProperty({ example: '示例指导员甲' })
  name!: string;

  @ApiProperty({ type: [String], example: ['91340800MA00000010'] })
  entityCreditCodes!: string[];

  @ApiProperty({ format: 'date-time', example: '2026-03-01T01:00:00.000Z' })
  createdAt!: string;
}

export class InstructorPageDto extends PageDtoOf(InstructorDto) {}

export class CreateVisitDto {
  @ApiProperty({ example: '91340800MA00000010' })
  @Transform(({ value }) => (typeof value === 'string' ? normaliseCreditCode(value) : value))
  @IsCreditCode()
  creditCode!: string;

  @ApiProperty({ format: 'date', example: '2026-03-18' })
  @IsBusinessDate()
  visitedOn!: string;

  @ApiProperty({ example: '走访企业，宣讲组建工会流程，约定下月复访。' })
  @BoundedText(1, 2000)
  summary!: string;
}

export class VisitQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '91340800MA00000010' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? normaliseCreditCode(value) : value))
  @IsCreditCode()
  creditCode?: string;
}

export class VisitDto {
  @ApiProperty({ format: 'uuid', example: '2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901' })
  id!: string;

  @ApiProperty({ example: 'instructor-01' })
  instructorUserId!: string;

  @ApiProperty({ format: 'uuid', example: '3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098' })
  entityId!: string;

  @ApiProperty({ example: '91340800MA00000010' })
  creditCode!: string;

  @ApiProperty({ format: 'date', example: '2026-03-18' })
  visitedOn!: string;

  @ApiProperty({ example: '走访企业，宣讲组建工会流程，约定下月复访。' })
  summary!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-18T08:00:00.000Z' })
  recordedAt!: string;
}

export class VisitPageDto extends PageDtoOf(VisitDto) {}
