import { ApiProperty } from '@nestjs/swagger';
import { CALENDAR_BASES, type CalendarBasis } from '#working-calendar/core';
import { PageDtoOf, ReportingPeriodDto } from '#platform';
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES } from '../complaint-rules.js';
import { ANSWER_OUTCOMES } from '../complaint.entity.js';

const BASIS = {
  enum: CALENDAR_BASES,
  enumName: 'CalendarBasis',
  description: '`provisional` when the count reaches a year whose State Council notice is not entered yet; the deadline is recounted when it is.',
};

export class FiledComplaintDto {
  @ApiProperty({ example: 'TS-7K3M9Q2XPA4R', description: 'Keep it: the only way to follow an anonymous complaint.' })
  trackingCode!: string;

  @ApiProperty({ enum: COMPLAINT_STATUSES, enumName: 'ComplaintStatus', example: 'received' })
  status!: string;

  @ApiProperty({
    format: 'date',
    example: '2026-04-20',
    description: 'Day it was filed or, for one recorded from another channel, received (Asia/Shanghai); working-day deadlines count from it.',
  })
  filedOn!: string;

  @ApiProperty({ format: 'date', example: '2026-04-23', description: 'The department must accept it by this day (working days).' })
  acceptDueOn!: string;

  @ApiProperty({ ...BASIS, example: 'official' })
  acceptDueBasis!: CalendarBasis;

  @ApiProperty({ example: '/api/v1/supervision/complaints/tracking/TS-7K3M9Q2XPA4R' })
  trackingPath!: string;
}

export class ComplaintStepDto {
  @ApiProperty({
    enum: ['status', 'extension', 'routing', 'deadline-revised'],
    example: 'status',
    description: '`deadline-revised`: the calendar year the deadline was counted on was set, and the deadline moved (the note says from and to).',
  })
  kind!: string;

  @ApiProperty({ enum: COMPLAINT_STATUSES, enumName: 'ComplaintStatus', example: 'accepted', description: 'Status after the step.' })
  status!: string;

  @ApiProperty({ example: '已受理', nullable: true, type: String })
  note!: string | null;

  @ApiProperty({ example: 'business-environment-office', description: 'Who acted: the department (never a person), or `complainant`.' })
  actor!: string;

  @ApiProperty({ format: 'date', example: '2026-04-21', description: 'Day of the step (Asia/Shanghai).' })
  actedOn!: string;

  @ApiProperty({ format: 'date', example: '2026-04-23', nullable: true, type: String, description: 'Deadline of the step this one opened.' })
  dueOn!: string | null;
}

export class ComplaintTrackingDto {
  @ApiProperty({ example: 'TS-7K3M9Q2XPA4R' })
  trackingCode!: string;

  @ApiProperty({ enum: COMPLAINT_CATEGORIES, enumName: 'ComplaintCategory', example: 'business-environment' })
  category!: string;

  @ApiProperty({ enum: COMPLAINT_STATUSES, enumName: 'ComplaintStatus', example: 'answered' })
  status!: string;

  @ApiProperty({ format: 'date', example: '2026-05-13', nullable: true, type: String })
  stepDueOn!: string | null;

  @ApiProperty({ ...BASIS, example: 'official', nullable: true })
  stepDueBasis!: CalendarBasis | null;

  @ApiProperty({ example: true })
  overdue!: boolean;

  @ApiProperty({ example: '经核实，已协调供电部门完成报装。', nullable: true, type: String })
  answer!: string | null;

  @ApiProperty({ enum: ANSWER_OUTCOMES, enumName: 'AnswerOutcome', example: 'resolved', nullable: true })
  outcome!: string | null;

  @ApiProperty({ example: null, nullable: true, type: String })
  responsibleBody!: string | null;

  @ApiProperty({ example: null, nullable: true, type: String })
  rejectionReason!: string | null;

  @ApiProperty({
    format: 'date',
    example: '2026-04-20',
    description: 'Day it was filed or, for one recorded from another channel, received (Asia/Shanghai); working-day deadlines count from it.',
  })
  filedOn!: string;

  @ApiProperty({ type: [ComplaintStepDto] })
  steps!: ComplaintStepDto[];
}

export class ComplaintContactViewDto {
  @ApiProperty({ example: '王**' })
  name!: string;

  @ApiProperty({ example: '139****2345' })
  phone!: string;

  @ApiProperty({ example: true, description: 'Masked unless the caller handles the complaint for its department.' })
  masked!: boolean;
}

export class ComplaintDto extends ComplaintTrackingDto {
  @ApiProperty({ format: 'uuid', example: '6a0c3e9b-1f4d-4a7e-9c2b-8d5e1f3a7b60' })
  id!: string;

  @ApiProperty({ example: null, nullable: true, type: String })
  unitCode!: string | null;

  @ApiProperty({ example: null, nullable: true, type: String, format: 'uuid' })
  disclosureId!: string | null;

  @ApiProperty({ example: 'business-environment-office' })
  department!: string;

  @ApiProperty({ example: '企业办理用电报装多次往返，希望说明办理时限。' })
  content!: string;

  @ApiProperty({ example: false })
  anonymous!: boolean;

  @ApiProperty({ enum: ['platform', 'hotline', 'letter', 'visit', 'other'], example: 'platform' })
  channel!: string;

  @ApiProperty({ type: ComplaintContactViewDto, nullable: true })
  contact!: ComplaintContactViewDto | null;
}

export class ComplaintPageDto extends PageDtoOf(ComplaintDto) {}

export class ComplaintCountsDto {
  @ApiProperty({ example: 8, nullable: true, type: Number, description: 'null when suppressed (fewer than 3 publicly).' })
  received!: number | null;

  @ApiProperty({ example: 5, nullable: true, type: Number })
  closed!: number | null;

  @ApiProperty({ example: 0, nullable: true, type: Number })
  rejected!: number | null;

  @ApiProperty({ example: 3, nullable: true, type: Number, description: 'Still being handled.' })
  open!: number | null;
}

export class CategoryStatisticsDto extends ComplaintCountsDto {
  @ApiProperty({ enum: COMPLAINT_CATEGORIES, enumName: 'ComplaintCategory', example: 'business-environment' })
  category!: string;
}

export class UnitCategoryStatisticsDto extends CategoryStatisticsDto {
  @ApiProperty({ example: 'shengtang', nullable: true, type: String, description: 'null for complaints about no particular unit.' })
  unitCode!: string | null;
}

export class SubDistrictStatisticsDto extends ComplaintCountsDto {
  @ApiProperty({
    example: '菱北办事处',
    nullable: true,
    type: String,
    description: "The town or sub-district (镇 / 办事处) of the complaints' units; null for complaints about no unit or a unit without one.",
  })
  township!: string | null;
}

export class ComplaintStatisticsPageDto extends PageDtoOf(UnitCategoryStatisticsDto) {
  @ApiProperty({ example: 2026, nullable: true, type: Number })
  year!: number | null;

  @ApiProperty({ type: ReportingPeriodDto, description: 'Complaints filed on a day of the period, each counted in its status at the end of `to`.' })
  period!: ReportingPeriodDto;

  @ApiProperty({ example: true, description: 'Whether counts below the threshold are suppressed in this response.' })
  suppressed!: boolean;

  @ApiProperty({ example: 3 })
  threshold!: number;

  @ApiProperty({ type: [CategoryStatisticsDto], description: 'Zone-wide totals per category (e.g. 营商环境: 8 received, 5 closed).' })
  byCategory!: CategoryStatisticsDto[];

  @ApiProperty({
    type: [SubDistrictStatisticsDto],
    description:
      'Totals per town or sub-district. In a suppressed answer they are hidden (null) whenever any unit × category cell is hidden, since a total beside a hidden cell would give it back by subtraction.',
  })
  bySubDistrict!: SubDistrictStatisticsDto[];
}
