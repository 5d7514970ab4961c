import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import { PageDtoOf, PageQueryDto, IsBusinessDate, IsIdNumber, BoundedText, MatchesPattern, BoundedArray, UuidString } from '#platform';

/** Credit's indicator categories an activity can count for (志愿活动 / 社会治安 / 公益关爱). */
export const ACTIVITY_CATEGORIES = ['volunteer-activities', 'public-security', 'public-welfare'] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

export class ParticipantInputDto {
  @ApiProperty({ example: '杨国华', description: "Resident's name; stored encrypted, only the masked form leaves the service." })
  @BoundedText(1, 50)
  name!: string;

  @ApiProperty({
    example: '11010519491231002X',
    description: 'Mainland resident ID number (GB 11643 check digit verified); stored encrypted with a keyed look-up hash.',
  })
  @IsIdNumber()
  idNumber!: string;
}

export class RecordVolunteerActivityDto {
  @ApiProperty({ format: 'uuid', example: '16fd2706-8baf-433b-82eb-8c7fada847da', description: 'The Party organisation that ran the activity.' })
  @UuidString()
  organisationId!: string;

  @ApiProperty({ example: '核酸检测志愿服务' })
  @BoundedText(1, 200)
  title!: string;

  @ApiProperty({ enum: ACTIVITY_CATEGORIES, enumName: 'ActivityCategory', example: 'volunteer-activities' })
  @IsIn(ACTIVITY_CATEGORIES)
  category!: ActivityCategory;

  @ApiProperty({ format: 'date', example: '2026-04-18' })
  @IsBusinessDate()
  heldOn!: string;

  @ApiProperty({
    example: 'shengtang',
    maxLength: 64,
    description:
      'Administrative unit code of the community where residents earn credit, e.g. shengtang (盛塘); one the credit service has announced (`zone.credit.community-registered.v1`), else 422 `community-unknown`.',
  })
  @MatchesPattern(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'communityCode must be a unit code like shengtang' })
  communityCode!: string;

  @ApiProperty({ type: [ParticipantInputDto], description: '1 to 500 residents, each once.' })
  @BoundedArray(1, 500)
  @ValidateNested({ each: true })
  @Type(() => ParticipantInputDto)
  participants!: ParticipantInputDto[];
}

export class ParticipantDto {
  @ApiProperty({ format: 'uuid', example: '9b2f4f0e-3c1d-4b8e-a6f7-2d5c8e1a4b90' })
  id!: string;

  @ApiProperty({ example: '杨**' })
  maskedName!: string;

  @ApiProperty({ example: '110105********002X' })
  maskedIdNumber!: string;
}

export class VolunteerActivityDto {
  @ApiProperty({ format: 'uuid', example: '7c9e6679-7425-40de-944b-e07fc1f90ae7' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '16fd2706-8baf-433b-82eb-8c7fada847da' })
  organisationId!: string;

  @ApiProperty({ example: '盛塘社区党支部' })
  organisationName!: string;

  @ApiProperty({ example: '核酸检测志愿服务' })
  title!: string;

  @ApiProperty({ enum: ACTIVITY_CATEGORIES, enumName: 'ActivityCategory', example: 'volunteer-activities' })
  category!: string;

  @ApiProperty({ format: 'date', example: '2026-04-18' })
  heldOn!: string;

  @ApiProperty({ example: 'shengtang' })
  communityCode!: string;

  @ApiProperty({ type: [ParticipantDto] })
  participants!: ParticipantDto[];

  @ApiProperty({ format: 'date-time', example: '2026-04-18T09:30:00.000Z' })
  recordedAt!: string;
}

export class VolunteerActivityPageDto extends PageDtoOf(VolunteerActivityDto) {}

export class VolunteerActivityQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', example: '16fd2706-8baf-433b-82eb-8c7fada847da' })
  @IsOptional()
  @UuidString()
  organisationId?: string;
}
