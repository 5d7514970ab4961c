import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { SUPERVISION_ITEM_ORIGINS, type SupervisionItemOrigin } from '../supervision-item-origin.js';

const SUPERVISION_ITEM_CODE_PATTERN = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;

export class CreateSupervisionItemDto {
  @ApiProperty({ example: 'L-02', description: 'Item code, unique; upper-case letters and digits in dash-separated groups.', maxLength: 32, pattern: SUPERVISION_ITEM_CODE_PATTERN.source })
  @IsString()
  @Length(1, 32)
  @Matches(SUPERVISION_ITEM_CODE_PATTERN, { message: 'code must be upper-case letters and digits in dash-separated groups, e.g. "L-02"' })
  code!: string;

  @ApiProperty({ example: '孤儿和事实无人抚养儿童生活补贴', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: '经开区社会事业局', description: 'Responsible body (责任主体).', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  responsibleBody!: string;

  @ApiProperty({ example: '经开区纪监工委', description: 'Supervising body (监督机构).', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  supervisingBody!: string;

  @ApiProperty({
    example: '监护人申请 → 村(社区)受理初审并公示 → 镇(办事处)审核 → 社会事业局审批 → 按月发放',
    description: 'How the power runs, step by step (权力运行流程).',
    maxLength: 4000,
  })
  @IsString()
  @Length(1, 4000)
  process!: string;

  @ApiProperty({ example: '《关于进一步加强事实无人抚养儿童保障工作的意见》(民发〔2019〕62号)', description: 'Policy basis (政策依据).', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  policyBasis!: string;

  @ApiProperty({ enum: SUPERVISION_ITEM_ORIGINS, example: 'local', description: '`basic-catalogue` (基本监督事项清单) or `local` (the zone\'s own items).' })
  @IsIn(SUPERVISION_ITEM_ORIGINS)
  origin!: SupervisionItemOrigin;
}
