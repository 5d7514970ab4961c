import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsIn, IsOptional } from 'class-validator';
import { PageQueryDto, IsBusinessDate, BoundedText, BoundedInt, BoundedArray } from '#platform';
import { SECTORS } from '../../surveyed-entities/entity-kinds.js';
import { LEDGER_COLOURS, MASS_ORGANISATION_KINDS, type LedgerColour, type MassOrganisationKind } from '../ledger-rules.js';

export class LedgerQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: LEDGER_COLOURS, enumName: 'LedgerColour', example: 'red', description: 'The colour shown (overrides included).' })
  @IsOptional()
  @IsIn(LEDGER_COLOURS)
  colour?: LedgerColour;

  @ApiPropertyOptional({ enum: SECTORS, enumName: 'Sector', example: 'express-logistics' })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: string;

  @ApiPropertyOptional({ example: '示例产业园一' })
  @IsOptional()
  @BoundedText(1, 120)
  park?: string;
}

export class SetLedgerOverrideDto {
  @ApiProperty({ enum: LEDGER_COLOURS, enumName: 'LedgerColour', example: 'green' })
  @IsIn(LEDGER_COLOURS)
  colour!: LedgerColour;

  @ApiProperty({ example: '联合党支部已批复成立，待正式登记', description: "Why the rules' colour is set aside." })
  @BoundedText(1, 500)
  reason!: string;

  @ApiProperty({ format: 'date', example: '2026-06-30', description: 'Last day (Asia/Shanghai) the override applies; today or later.' })
  @IsBusinessDate()
  expiresOn!: string;
}

export class UpdateLedgerRulesDto {
  @ApiProperty({ example: 3 })
  @BoundedInt(1, 50)
  minMembersToForm!: number;

  @ApiProperty({ enum: MASS_ORGANISATION_KINDS, enumName: 'MassOrganisationKind', isArray: true, example: ['trade-union'] })
  @BoundedArray(0, MASS_ORGANISATION_KINDS.length)
  @ArrayUnique()
  @IsIn(MASS_ORGANISATION_KINDS, { each: true })
  requiredMassOrganisations!: MassOrganisationKind[];
}
