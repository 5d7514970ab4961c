import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UnitOfWork } from '#messaging';
import { clock, decodeCursor, maskName, PiiCipher, ProblemException, revealPersonalData, toPage, type AuthUser, type Page } from '#platform';
import { actorId, entityByCreditCode } from '../surveyed-entities/surveyed-entities.service.js';
import { LedgerService } from '../ledger/ledger.service.js';
import { assertEntityAccess, isCommittee } from '../shared/access.js';
import type { CreateSurveyDto, SurveyDto, SurveyQueryDto } from './dto/survey.dto.js';

interface SurveyRow {
  id: string;
  entity_id: string;
  credit_code: string;
  entity_name: string;
  surveyed_on: string;
  owner_name_encrypted: string;
  owner_political_status: string;
  operating_status: string;
  employee_count: number;
  party_organisation: string;
  mass_organisations: string[];
  party_member_count: number;
  surveyor: string;
  notes: string | null;
  recorded_at: Date;
  current: boolean;
}

const SURVEY_SELECT = `
  SELECT s.id, s.entity_id, e.credit_code, e.name AS entity_name, to_char(s.surveyed_on, 'YYYY-MM-DD') AS surveyed_on,
         s.owner_name_encrypted, s.owner_political_status, s.operating_status, s.employee_count, s.party_organisation,
         s.mass_organisations, s.party_member_count, s.surveyor, s.notes, s.recorded_at,
         s.id = (SELECT c.id FROM surveys c WHERE c.entity_id = s.entity_id ORDER BY c.surveyed_on DESC, c.recorded_at DESC, c.id DESC LIMIT 1) AS current
  FROM surveys s JOIN surveyed_entities e ON e.id = s.entity_id`;

/** Five-clears surveys: every survey is kept; the latest (by date, then recording time) is current. */
@Injectable()
export class SurveysService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly ledger: LedgerService,
    private readonly cipher: PiiCipher,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async record(user: AuthUser, input: CreateSurveyDto): Promise<SurveyDto> {
    if (input.surveyedOn > clock.today()) {
      throw ProblemException.of(422, 'survey-date-in-future', 'Survey date in the future', `surveyedOn ${input.surveyedOn} has not happened yet.`);
    }
    return this.work.run(async (tx) => {
      const entity = await entityByCreditCode(tx.manager, input.creditCode, 422);
      await assertEntityAccess(tx.manager, user, entity.id);
      const id = randomUUID();
      await tx.manager.query(
        `INSERT INTO surveys (id, entity_id, surveyed_on, owner_name_encrypted, owner_political_status, operating_status, employee_count,
           party_organisation, mass_organisations, party_member_count, surveyor, notes, recorded_at, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now(), $13)`,
        [
          id,
          entity.id,
          input.surveyedOn,
          this.cipher.encrypt(input.ownerName),
          input.ownerPoliticalStatus,
          input.operatingStatus,
          input.employeeCount,
          input.partyOrganisation,
          input.massOrganisations,
          input.partyMemberCount,
          input.surveyor,
          input.notes ?? null,
          actorId(),
        ],
      );
      await tx.audit('survey.record', { type: 'survey', id }, { entityId: entity.id, surveyedOn: input.surveyedOn });
      await this.ledger.recompute(tx, entity.id);
      const [row]: SurveyRow[] = await tx.manager.query(`${SURVEY_SELECT} WHERE s.id = $1`, [id]);
      return this.toDto(user, row!);
    });
  }

  async get(user: AuthUser, id: string): Promise<SurveyDto> {
    const [row]: SurveyRow[] = await this.dataSource.query(`${SURVEY_SELECT} WHERE s.id = $1`, [id]);
    if (row === undefined) throw ProblemException.of(404, 'survey-not-found', 'Survey not found', `No survey has id ${id}.`);
    await assertEntityAccess(this.dataSource.manager, user, row.entity_id);
    return this.toDto(user, row);
  }

  /** Newest first; with `creditCode`, one entity's history. */
  async list(user: AuthUser, query: SurveyQueryDto): Promise<Page<SurveyDto>> {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: string, ...values: unknown[]) => {
      let text = sql;
      for (const value of values) {
        params.push(value);
        text = text.replace('?', `$${params.length}`);
      }
      where.push(text);
    };
    if (!isCommittee(user)) add('s.entity_id IN (SELECT entity_id FROM instructor_assignments WHERE instructor_user_id = ?)', user.id);
    if (query.creditCode !== undefined) add('e.credit_code = ?', query.creditCode);
    if (query.cursor !== undefined) {
      const [surveyedOn, recordedAt, id] = decodeCursor(query.cursor, 3);
      add('(s.surveyed_on, s.recorded_at, s.id) < (?::date, ?::timestamptz, ?::uuid)', surveyedOn, recordedAt, id);
    }
    params.push(query.limit + 1);
    const rows: SurveyRow[] = await this.dataSource.query(
      `${SURVEY_SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.surveyed_on DESC, s.recorded_at DESC, s.id DESC LIMIT $${params.length}`,
      params,
    );
    return toPage(
      rows,
      query.limit,
      (row) => [row.surveyed_on, row.recorded_at.toISOString(), row.id],
      (row) => this.toDto(user, row),
    );
  }

  private toDto(user: AuthUser, row: SurveyRow): SurveyDto {
    const ownerName = this.cipher.decrypt(row.owner_name_encrypted);
    if (isCommittee(user)) revealPersonalData({ recordType: 'entity-survey', recordId: row.id, recordUnits: ['zone'], fields: ['ownerName'] });
    return {
      id: row.id,
      entityId: row.entity_id,
      creditCode: row.credit_code,
      entityName: row.entity_name,
      surveyedOn: row.surveyed_on,
      ownerName: isCommittee(user) ? ownerName : maskName(ownerName),
      ownerPoliticalStatus: row.owner_political_status,
      operatingStatus: row.operating_status,
      employeeCount: row.employee_count,
      partyOrganisation: row.party_organisation,
      massOrganisations: row.mass_organisations,
      partyMemberCount: row.party_member_count,
      surveyor: row.surveyor,
      notes: row.notes,
      current: row.current,
      recordedAt: row.recorded_at.toISOString(),
    };
  }
}
