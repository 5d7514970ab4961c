import { ApiProperty } from '@nestjs/swagger';
import { PageDtoOf, BoundedText, MatchesPattern } from '#platform';
import type { Community } from '../community.entity.js';

const UNIT_CODE = /^[a-z][a-z0-9-]{1,63}$/;

export class CreateCommunityDto {
  @ApiProperty({ example: 'shengtang', description: "Administrative unit code of the community (as in tokens' `units`)." })
  @MatchesPattern(UNIT_CODE, { message: 'code must be lower-case letters, digits and dashes, e.g. "shengtang"' })
  code!: string;

  @ApiProperty({ example: '盛塘社区' })
  @BoundedText(1, 100)
  name!: string;

  @ApiProperty({ example: 'lingbei', description: 'Unit code of the sub-district (办事处) the community belongs to.' })
  @MatchesPattern(UNIT_CODE, { message: 'subDistrictCode must be lower-case letters, digits and dashes, e.g. "lingbei"' })
  subDistrictCode!: string;

  @ApiProperty({ example: '菱北办事处' })
  @BoundedText(1, 100)
  subDistrictName!: string;
}

export class CommunityDto {
  @ApiProperty({ example: 'shengtang' })
  code!: string;

  @ApiProperty({ example: '盛塘社区' })
  name!: string;

  @ApiProperty({ example: 'lingbei' })
  subDistrictCode!: string;

  @ApiProperty({ example: '菱北办事处' })
  subDistrictName!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-27T01:00:00.000Z' })
  createdAt!: string;

  static of(community: Community): CommunityDto {
    return {
      code: community.code,
      name: community.name,
      subDistrictCode: community.subDistrictCode,
      subDistrictName: community.subDistrictName,
      createdAt: community.createdAt.toISOString(),
    };
  }
}

export class CommunityPageDto extends PageDtoOf(CommunityDto) {}
