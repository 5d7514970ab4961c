import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { PageDtoOf, IsBusinessDate, BoundedText, BoundedInt } from '#platform';
import { describeStatutoryNotices } from '../notice-periods.js';
import { PRE_WORK_STEPS, STEP_STATUSES, type PreWorkStepName, type StepStatus } from '../pre-work-rules.js';
import type { StepDocument } from '../step-document.entity.js';

export class StartStepDto {
  @ApiProperty({ example: '2026-02-09', format: 'date', description: 'Day the step started (Asia/Shanghai); not in the future.' })
  @IsBusinessDate()
  startedOn!: string;

  @ApiPropertyOptional({ example: '李工', description: 'Person responsible for the step.' })
  @IsOptional()
  @BoundedText(1, 100)
  responsiblePerson?: string;

  @ApiPropertyOptional({
    example: 30,
    description:
      `The step's public notice period (公告期), the publication day counting as day one, in the unit of its statutory minimum: ${describeStatutoryNotices()}. ` +
      'Required on the announcement, optional on the survey (its 预公告), refused on the other steps; a shorter period is refused with 422 `notice-period-too-short` naming the step, minimum, unit and legal basis.',
  })
  @IsOptional()
  @BoundedInt(1, 365)
  noticePeriodDays?: number;
}

export class CompleteStepDto {
  @ApiProperty({ example: '2026-03-10', format: 'date', description: 'Day the step was completed (Asia/Shanghai); not in the future.' })
  @IsBusinessDate()
  completedOn!: string;
}

export class UpdateStepDto {
  @ApiProperty({ example: '李工', description: 'Person responsible for the step.' })
  @BoundedText(1, 100)
  responsiblePerson!: string;
}

export class AttachDocumentDto {
  @ApiProperty({ example: '征收土地预公告' })
  @BoundedText(1, 200)
  title!: string;

  @ApiPropertyOptional({ example: '宜经开征告〔2026〕3号' })
  @IsOptional()
  @BoundedText(1, 100)
  documentNumber?: string;

  @ApiProperty({ example: 'dms://land/2026/changfeng-ii/announcement-3.pdf', description: 'Where the document is kept (archive reference or URL).' })
  @BoundedText(1, 500)
  reference!: string;
}

export class StepDocumentDto {
  @ApiProperty({ format: 'uuid', example: '5d8f0c1e-8a7b-4f3e-9c1d-2b3a4c5d6e7f' })
  id!: string;

  @ApiProperty({ enum: PRE_WORK_STEPS, enumName: 'PreWorkStep', example: 'announcement' })
  step!: PreWorkStepName;

  @ApiProperty({ example: '征收土地预公告' })
  title!: string;

  @ApiPropertyOptional({ example: '宜经开征告〔2026〕3号', nullable: true, type: String })
  documentNumber!: string | null;

  @ApiProperty({ example: 'dms://land/2026/changfeng-ii/announcement-3.pdf' })
  reference!: string;

  @ApiProperty({ format: 'date-time', example: '2026-02-09T02:00:00.000Z' })
  attachedAt!: string;

  static of(document: StepDocument): StepDocumentDto {
    return {
      id: document.id,
      step: document.step,
      title: document.title,
      documentNumber: document.documentNumber,
      reference: document.reference,
      attachedAt: document.attachedAt.toISOString(),
    };
  }
}

export class StepDocumentPageDto extends PageDtoOf(StepDocumentDto) {}

export class PreWorkStepDto {
  @ApiProperty({
    enum: PRE_WORK_STEPS,
    enumName: 'PreWorkStep',
    example: 'announcement',
    description: '调查 survey, 评估 assessment, 公告 announcement, 听证 hearing, 登记 registration, 协议 agreement.',
  })
  step!: PreWorkStepName;

  @ApiProperty({ example: 3, minimum: 1, maximum: 6 })
  position!: number;

  @ApiProperty({ enum: STEP_STATUSES, enumName: 'StepStatus', example: 'in-progress' })
  status!: StepStatus;

  @ApiPropertyOptional({ example: '李工', nullable: true, type: String })
  responsiblePerson!: string | null;

  @ApiPropertyOptional({
    example: '2026-02-08',
    format: 'date',
    nullable: true,
    type: String,
    description: 'From the schedule planned backwards from the target.',
  })
  plannedStart!: string | null;

  @ApiPropertyOptional({ example: '2026-03-09', format: 'date', nullable: true, type: String })
  plannedEnd!: string | null;

  @ApiPropertyOptional({ example: '2026-02-09', format: 'date', nullable: true, type: String })
  startedOn!: string | null;

  @ApiPropertyOptional({ example: null, format: 'date', nullable: true, type: String })
  completedOn!: string | null;

  @ApiPropertyOptional({
    example: 30,
    nullable: true,
    type: Number,
    description: 'Survey (预公告, working days) and announcement (calendar days) only: the notice period as recorded.',
  })
  noticePeriodDays!: number | null;

  @ApiPropertyOptional({
    example: '2026-03-10',
    format: 'date',
    nullable: true,
    type: String,
    description: 'Survey and announcement only: last day of the notice period (working days counted on the working calendar).',
  })
  noticeEndsOn!: string | null;

  @ApiProperty({ example: 1, description: 'Documents attached as evidence.' })
  evidenceCount!: number;
}

export class PreWorkDto {
  @ApiProperty({ format: 'uuid', example: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21' })
  projectId!: string;

  @ApiPropertyOptional({
    enum: PRE_WORK_STEPS,
    enumName: 'PreWorkStep',
    example: 'announcement',
    nullable: true,
    description: 'First step not completed; null once all six are.',
  })
  currentStep!: PreWorkStepName | null;

  @ApiProperty({ example: false, description: 'All six steps completed: the file may be assembled (组卷).' })
  complete!: boolean;

  @ApiPropertyOptional({
    example: '2026-03-11',
    format: 'date',
    nullable: true,
    type: String,
    description: 'First day the hearing may start (the day after the notice period).',
  })
  earliestHearingStart!: string | null;

  @ApiProperty({ type: [PreWorkStepDto] })
  steps!: PreWorkStepDto[];
}
