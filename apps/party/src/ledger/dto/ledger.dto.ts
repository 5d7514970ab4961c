import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDtoOf } from '#platform';
import type { SurveyedEntity } from '../../surveyed-entities/surveyed-entity.entity.js';
import type { LedgerColourChange } from '../ledger-colour-change.entity.js';
import type { LedgerEntry } from '../ledger-entry.entity.js';
import { effectiveColour, LEDGER_COLOURS, LEDGER_REASONS, MASS_ORGANISATION_KINDS, type LedgerColour } from '../ledger-rules.js';
import type { LedgerSettings } from '../ledger-settings.entity.js';

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

  /** `today` (Asia/Shanghai) decides whether the override is still active. */
  static of(entry: LedgerEntry, entity: SurveyedEntity, today: string): LedgerEntryDto {
    const override =
      entry.overrideColour === null || entry.overrideExpiresOn === null ? null : { colour: entry.overrideColour, expiresOn: entry.overrideExpiresOn };
    return {
      entityId: entity.id,
      creditCode: entity.creditCode,
      name: entity.name,
      sector: entity.sector,
      park: entity.park,
      managementStatus: entity.managementStatus,
      colour: effectiveColour(entry.derivedColour, override, today),
      derivedColour: entry.derivedColour,
      reason: entry.reason,
      explanation: entry.explanation,
      override: override === null ? null : { ...override, reason: entry.overrideReason!, active: override.expiresOn >= today },
      updatedAt: entry.updatedAt.toISOString(),
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

  static of(change: LedgerColourChange): LedgerChangeDto {
    return {
      id: change.id,
      source: change.source,
      fromColour: change.fromColour,
      toColour: change.toColour,
      reason: change.reason,
      explanation: change.explanation,
      changedAt: change.changedAt.toISOString(),
      changedBy: change.changedBy,
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

  static of(settings: LedgerSettings): LedgerRulesDto {
    return {
      minMembersToForm: settings.minMembersToForm,
      requiredMassOrganisations: settings.requiredMassOrganisations,
      updatedAt: settings.updatedAt.toISOString(),
      updatedBy: settings.updatedBy,
    };
  }
}
