import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDtoOf } from '#platform';
import { LEDGER_COLOURS, LEDGER_REASONS, MASS_ORGANISATION_KINDS, type LedgerColour } from '../ledger-rules.js';

export interface LedgerEntryRow {
  entity_id: string;
  credit_code: string;
  name: string;
  sector: string;
  park: string | null;
  management_status: string;
  colour: LedgerColour;
  derived_colour: LedgerColour;
  reason: string;
  explanation: string;
  override_colour: LedgerColour | null;
  override_reason: string | null;
  override_expires_on: string | null;
  override_active: boolean;
  updated_at: Date;
}

export class LedgerOverrideDto {
  @ApiProperty({ enum: LEDGER_COLOURS, enumName: 'LedgerColour', example: 'green' })
  colour!: string;

  @ApiProperty({ example: '联合党支部已批复成立，待正式登记' })
  reason!: string;

  @ApiProperty({ format: 'date', example: '2026-06-30', description: 'Last day (Asia/Shanghai) the override applies; afterwards the rules decide again.' })
  expiresOn!: string;

  @ApiProperty({ example: true, description: 'False once the expiry date has passed.' })
  active!: boolean;
}

export class LedgerEntryDto {
  @ApiProperty({ format: 'uuid', example: '3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098' })
  entityId!: string;

  @ApiProperty({ example: '91340800MA00000010' })
  creditCode!: string;

  @ApiProperty({ example: '示例快递企业01' })
  name!: string;

  @ApiProperty({ example: 'express-logistics' })
  sector!: string;

  @ApiPropertyOptional({ example: '示例产业园一', nullable: true, type: String })
  park!: string | null;

  @ApiProperty({ example: 'under-management' })
  managementStatus!: string;

  @ApiProperty({
    enum: LEDGER_COLOURS,
    enumName: 'LedgerColour',
    example: 'red',
    description: "The colour shown: an active override, else the rules' verdict.",
  })
  colour!: string;

  @ApiProperty({ enum: LEDGER_COLOURS, enumName: 'LedgerColour', example: 'red', description: 'What the rules derive from the current facts.' })
  derivedColour!: string;

  @ApiProperty({ enum: LEDGER_REASONS, enumName: 'LedgerReason', example: 'qualifies-without-party-organisation' })
  reason!: string;

  @ApiProperty({ example: '4 Party members (at least 3 can form an organisation) but no Party organisation.' })
  explanation!: string;

  @ApiPropertyOptional({ type: LedgerOverrideDto, nullable: true })
  override!: LedgerOverrideDto | null;

  @ApiProperty({ format: 'date-time', example: '2026-04-02T02:00:00.000Z' })
  updatedAt!: string;

  static of(row: LedgerEntryRow): LedgerEntryDto {
    return {
      entityId: row.entity_id,
      creditCode: row.credit_code,
      name: row.name,
      sector: row.sector,
      park: row.park,
      managementStatus: row.management_status,
      colour: row.colour,
      derivedColour: row.derived_colour,
      reason: row.reason,
      explanation: row.explanation,
      override:
        row.override_colour === null
          ? null
          : { colour: row.override_colour, reason: row.override_reason!, expiresOn: row.override_expires_on!, active: row.override_active },
      updatedAt: row.updated_at.toISOString(),
    };
  }
}

export class LedgerEntryPageDto extends PageDtoOf(LedgerEntryDto) {}

export class LedgerChangeDto {
  @ApiProperty({ format: 'uuid', example: '0e7b8c9d-1a2b-4c3d-8e4f-5a6b7c8d9e0f' })
  id!: string;

  @ApiProperty({ enum: ['rules', 'override', 'override-cleared'], example: 'rules' })
  source!: string;

  @ApiPropertyOptional({ enum: LEDGER_COLOURS, enumName: 'LedgerColour', nullable: true, example: 'red' })
  fromColour!: string | null;

  @ApiProperty({ enum: LEDGER_COLOURS, enumName: 'LedgerColour', example: 'yellow' })
  toColour!: string;

  @ApiProperty({ example: 'mass-organisations-missing', description: 'Rule reason code, or the reason given for an override.' })
  reason!: string;

  @ApiProperty({ example: 'Covered by a Party organisation but without: trade-union.' })
  explanation!: string;

  @ApiProperty({ format: 'date-time', example: '2026-04-02T02:00:00.000Z' })
  changedAt!: string;

  @ApiProperty({ example: 'committee-staff-01', description: 'Subject of the user whose change caused it.' })
  changedBy!: string;

  static of(row: {
    id: string;
    source: string;
    from_colour: string | null;
    to_colour: string;
    reason: string;
    explanation: string;
    changed_at: Date;
    changed_by: string;
  }): LedgerChangeDto {
    return {
      id: row.id,
      source: row.source,
      fromColour: row.from_colour,
      toColour: row.to_colour,
      reason: row.reason,
      explanation: row.explanation,
      changedAt: row.changed_at.toISOString(),
      changedBy: row.changed_by,
    };
  }
}

export class LedgerChangePageDto extends PageDtoOf(LedgerChangeDto) {}

export class SectorColourCountsDto {
  @ApiProperty({ example: 'express-logistics' })
  sector!: string;

  @ApiProperty({ example: 12 })
  red!: number;

  @ApiProperty({ example: 30 })
  yellow!: number;

  @ApiProperty({ example: 9 })
  green!: number;

  @ApiProperty({ example: 51 })
  total!: number;
}

export class LedgerCountsDto {
  @ApiProperty({ format: 'date', example: '2026-04-02', description: 'Date (Asia/Shanghai) on which overrides were judged active.' })
  asOf!: string;

  @ApiProperty({ type: [SectorColourCountsDto] })
  bySector!: SectorColourCountsDto[];

  @ApiProperty({ type: SectorColourCountsDto, description: 'All sectors together; `sector` is "all".' })
  total!: SectorColourCountsDto;

  static of(asOf: string, rows: { sector: string; colour: LedgerColour; count: string }[]): LedgerCountsDto {
    const bySector = new Map<string, SectorColourCountsDto>();
    const total: SectorColourCountsDto = { sector: 'all', red: 0, yellow: 0, green: 0, total: 0 };
    for (const row of rows) {
      const counts = bySector.get(row.sector) ?? { sector: row.sector, red: 0, yellow: 0, green: 0, total: 0 };
      const count = Number(row.count);
      counts[row.colour] += count;
      counts.total += count;
      total[row.colour] += count;
      total.total += count;
      bySector.set(row.sector, counts);
    }
    return { asOf, bySector: [...bySector.values()], total };
  }
}

export class LedgerRulesDto {
  @ApiProperty({ example: 3, description: 'Party members needed to form an organisation alone; at or above it without an organisation is red.' })
  minMembersToForm!: number;

  @ApiProperty({
    enum: MASS_ORGANISATION_KINDS,
    enumName: 'MassOrganisationKind',
    isArray: true,
    example: ['trade-union'],
    description: 'Mass organisations a covered entity must also have to be green.',
  })
  requiredMassOrganisations!: string[];

  @ApiProperty({ format: 'date-time', example: '2026-03-01T01:00:00.000Z' })
  updatedAt!: string;

  @ApiProperty({ example: 'committee-staff-01' })
  updatedBy!: string;

  static of(row: { min_members_to_form: number; required_mass_organisations: string[]; updated_at: Date; updated_by: string }): LedgerRulesDto {
    return {
      minMembersToForm: row.min_members_to_form,
      requiredMassOrganisations: row.required_mass_organisations,
      updatedAt: row.updated_at.toISOString(),
      updatedBy: row.updated_by,
    };
  }
}
