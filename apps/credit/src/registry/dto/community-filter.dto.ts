import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { BoundedText } from '#platform';

/** Narrows a per-community answer to one community or to the communities of one sub-district. */
export class CommunityFilterQueryDto {
  @ApiPropertyOptional({ example: 'shengtang', description: 'Only this community.' })
  @IsOptional()
  @BoundedText(1, 64)
  communityCode?: string;

  @ApiPropertyOptional({ example: 'lingbei', description: 'Only the communities of this sub-district.' })
  @IsOptional()
  @BoundedText(1, 64)
  subDistrictCode?: string;
}

/** The community a per-community figure is about, with its sub-district. */
export class CommunityRowDto {
  @ApiProperty({ example: 'lingbei' })
  subDistrictCode!: string;

  @ApiProperty({ example: '菱北办事处' })
  subDistrictName!: string;

  @ApiProperty({ example: 'shengtang' })
  communityCode!: string;

  @ApiProperty({ example: '盛塘' })
  communityName!: string;
}
