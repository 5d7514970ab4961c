import { ApiProperty } from '@nestjs/swagger';
import { PageDtoOf } from '#platform';
import { SUPERVISION_ITEM_ORIGINS } from '../supervision-item-origin.js';
import type { SupervisionItem } from '../supervision-item.entity.js';

export class SupervisionItemDto {
  @ApiProperty({ format: 'uuid', example: '8e2b6f1c-7d3a-4c95-b1e4-0a9f5d3c2e71' })
  id!: string;

  @ApiProperty({ example: 'L-02' })
  code!: string;

  @ApiProperty({ example: '孤儿和事实无人抚养儿童生活补贴' })
  name!: string;

  @ApiProperty({ example: '经开区社会事业局' })
  responsibleBody!: string;

  @ApiProperty({ example: '经开区纪监工委' })
  supervisingBody!: string;

  @ApiProperty({ example: '监护人申请 → 村(社区)受理初审并公示 → 镇(办事处)审核 → 社会事业局审批 → 按月发放' })
  process!: string;

  @ApiProperty({ example: '《关于进一步加强事实无人抚养儿童保障工作的意见》(民发〔2019〕62号)' })
  policyBasis!: string;

  @ApiProperty({ enum: SUPERVISION_ITEM_ORIGINS, example: 'local' })
  origin!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-27T01:00:00.000Z' })
  createdAt!: string;

  static of(item: SupervisionItem): SupervisionItemDto {
    return {
      id: item.id,
      code: item.code,
      name: item.name,
      responsibleBody: item.responsibleBody,
      supervisingBody: item.supervisingBody,
      process: item.process,
      policyBasis: item.policyBasis,
      origin: item.origin,
      createdAt: item.createdAt.toISOString(),
    };
  }
}

export class SupervisionItemPageDto extends PageDtoOf(SupervisionItemDto) {}
