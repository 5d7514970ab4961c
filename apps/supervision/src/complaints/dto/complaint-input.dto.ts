import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsOptional, ValidateIf, ValidateNested } from 'class-validator';
import { PageQueryDto, ReportingPeriodQueryDto, IsBusinessDate, IsMobile, BoundedText, BoundedInt, MatchesPattern, UuidString } from '#platform';
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES, type ComplaintCategory, type ComplaintStatus } from '../complaint-rules.js';
import { ANSWER_OUTCOMES, COMPLAINT_CHANNELS, type AnswerOutcome, type ComplaintChannel } from '../complaint.entity.js';

const DEPARTMENT_PATTERN = /^[a-z][a-z0-9-]{1,63}$/;

export class ComplaintContactDto {
  @ApiProperty({ example: '王先生', description: 'Stored encrypted; only the handling department sees it.' })
  @BoundedText(1, 50)
  name!: string;

  @ApiProperty({ example: '13955612345', description: 'Mainland mobile number; stored encrypted, masked for everyone but the handling department.' })
  @IsMobile()
  phone!: string;
}

export class FileComplaintDto {
  @ApiProperty({
    enum: COMPLAINT_CATEGORIES,
    enumName: 'ComplaintCategory',
    example: 'business-environment',
    description: 'business-environment (营商环境), disclosure (about a published record), village-affairs, other.',
  })
  @IsIn(COMPLAINT_CATEGORIES)
  category!: ComplaintCategory;

  @ApiPropertyOptional({ example: 'shengtang', description: 'Village/community the complaint is about.' })
  @IsOptional()
  @BoundedText(1, 64)
  unitCode?: string;

  @ApiPropertyOptional({ format: 'uuid', example: '2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13', description: 'Published disclosure the complaint is about.' })
  @IsOptional()
  @UuidString()
  disclosureId?: string;

  @ApiProperty({ example: '企业办理用电报装多次往返，希望说明办理时限。' })
  @BoundedText(5, 4000)
  content!: string;

  @ApiProperty({ example: false, description: 'Anonymous complaints carry no contact; follow them with the tracking code.' })
  @IsBoolean()
  anonymous!: boolean;

  @ApiPropertyOptional({ type: ComplaintContactDto, description: 'Required unless anonymous; refused when anonymous.' })
  @ValidateIf((complaint: FileComplaintDto) => complaint.anonymous === false || complaint.contact !== undefined)
  @IsDefined({ message: 'contact is required unless the complaint is anonymous' })
  @ValidateNested()
  @Type(() => ComplaintContactDto)
  contact?: ComplaintContactDto;
}

export class StepNoteDto {
  @ApiPropertyOptional({ example: '已受理，转营商环境办核实' })
  @IsOptional()
  @BoundedText(1, 1000)
  note?: string;
}

export class AnswerComplaintDto extends StepNoteDto {
  @ApiProperty({ example: '经核实，已协调供电部门在3个工作日内完成报装。', description: 'The answer the complainant reads with the tracking code.' })
  @BoundedText(1, 4000)
  answer!: string;

  @ApiProperty({
    enum: ANSWER_OUTCOMES,
    enumName: 'AnswerOutcome',
    example: 'resolved',
    description: '`not-our-responsibility` must name the responsible body.',
  })
  @IsIn(ANSWER_OUTCOMES)
  outcome!: AnswerOutcome;

  @ApiPropertyOptional({ example: '国网安庆供电公司', description: 'The body that is responsible; required with outcome `not-our-responsibility`.' })
  @ValidateIf((answer: AnswerComplaintDto) => answer.outcome === 'not-our-responsibility' || answer.responsibleBody !== undefined)
  @BoundedText(1, 200)
  responsibleBody?: string;
}

export class RejectComplaintDto {
  @ApiProperty({ example: '与编号 TS-… 的投诉重复，已合并办理' })
  @BoundedText(1, 1000)
  reason!: string;
}

export class ExtendComplaintDto {
  @ApiProperty({ example: 5, description: "Working days added to the open step's deadline." })
  @BoundedInt(1, 30)
  workingDays!: number;

  @ApiProperty({ example: '需会同区住建局现场核查', description: 'Recorded in the public step log.' })
  @BoundedText(1, 1000)
  reason!: string;
}

export class RouteComplaintDto {
  @ApiProperty({ example: 'business-environment-office', description: "Department code, as in complaint handlers' `units` claim." })
  @MatchesPattern(DEPARTMENT_PATTERN, { message: 'department must be a lower-case code, e.g. "business-environment-office"' })
  department!: string;

  @ApiProperty({ example: '属营商环境事项，转营商环境办' })
  @BoundedText(1, 1000)
  note!: string;
}

export class ComplaintQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES, enumName: 'ComplaintStatus', example: 'received' })
  @IsOptional()
  @IsIn(COMPLAINT_STATUSES)
  status?: ComplaintStatus;

  @ApiPropertyOptional({ enum: COMPLAINT_CATEGORIES, enumName: 'ComplaintCategory', example: 'business-environment' })
  @IsOptional()
  @IsIn(COMPLAINT_CATEGORIES)
  category?: ComplaintCategory;

  @ApiPropertyOptional({ example: 'business-environment-office' })
  @IsOptional()
  @MatchesPattern(DEPARTMENT_PATTERN)
  department?: string;

  @ApiPropertyOptional({ enum: COMPLAINT_CHANNELS, enumName: 'ComplaintChannel', example: 'platform' })
  @IsOptional()
  @IsIn(COMPLAINT_CHANNELS)
  channel?: ComplaintChannel;
}

export class OverdueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '2026-06-01', description: 'Day to judge by (Asia/Shanghai); defaults to today.' })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;
}

export class StatisticsQueryDto extends IntersectionType(PageQueryDto, ReportingPeriodQueryDto) {
  @ApiPropertyOptional({
    example: 2026,
    description: 'Year filed (Asia/Shanghai), within the period: its complaints as of the end of the period or of the year, whichever is earlier.',
  })
  @IsOptional()
  @Type(() => Number)
  @BoundedInt(2000, 2100)
  year?: number;
}

export class RecordComplaintDto {
  @ApiProperty({ enum: COMPLAINT_CATEGORIES, enumName: 'ComplaintCategory', example: 'business-environment' })
  @IsIn(COMPLAINT_CATEGORIES)
  category!: ComplaintCategory;

  @ApiPropertyOptional({ example: 'shengtang' })
  @IsOptional()
  @BoundedText(1, 64)
  unitCode?: string;

  @ApiProperty({ example: '企业反映用电报装办理时间较长' })
  @BoundedText(5, 4000)
  content!: string;

  @ApiProperty({ enum: ['hotline', 'letter', 'visit', 'other'], example: 'hotline', description: 'Channel it came in through (热线 / 来信 / 来访 / 其他).' })
  @IsIn(['hotline', 'letter', 'visit', 'other'])
  channel!: 'hotline' | 'letter' | 'visit' | 'other';

  @ApiProperty({ example: '2026-03-02', description: 'Day it was received (Asia/Shanghai); step deadlines count from it.' })
  @IsBusinessDate()
  receivedOn!: string;

  @ApiPropertyOptional({ example: '2026-03-20', description: 'Day it was closed (办结), when it already was.' })
  @IsOptional()
  @IsBusinessDate()
  closedOn?: string;

  @ApiPropertyOptional({ example: '已协调供电部门完成报装并答复企业。', description: 'Required with closedOn: the answer that closed it.' })
  @ValidateIf((record: RecordComplaintDto) => record.closedOn !== undefined || record.answer !== undefined)
  @BoundedText(1, 4000)
  answer?: string;
}
