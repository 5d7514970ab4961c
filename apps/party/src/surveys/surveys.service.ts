import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { UnitOfWork } from '#messaging';
import { clock, decodeCursor, maskName, PiiCipher, revealPersonalData, toPage, type AuthUser, type Page } from '#platform';
import { actorId, entityByCreditCode } from '../surveyed-entities/surveyed-entities.service.js';
import { LedgerService } from '../ledger/ledger.service.js';
import { assertEntityAccess, isCommittee } from '../shared/access.js';
import { InstructorAssignment } from '../instructors/instructor-assignment.entity.js';
import { SurveyedEntity } from '../surveyed-entities/surveyed-entity.entity.js';
import type { CreateSurveyDto, SurveyDto, SurveyQueryDto } from './dto/survey.dto.js';
import { surveyProblems } from './survey-problems.js';
import { Survey } from './survey.entity.js';

/** What a survey's answer carries besides the survey: its entity's code and name, and whether it is the current one. */
interface SurveyContext {
  credit_code: string;
  entity_name: string;
  current: boolean;
}

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
    if (input.surveyedOn > clock.today()) throw surveyProblems.dateInFuture(input.surveyedOn);
    return this.work.run(async (tx) => {
      const entity = await entityByCreditCode(tx.manager, input.creditCode, 422);
      await assertEntityAccess(tx.manager, user, entity.id);
      const id = randomUUID();
      await tx.manager.insert(Survey, {
        id,
        entityId: entity.id,
        surveyedOn: input.surveyedOn,
        ownerNameEncrypted: this.cipher.encrypt(input.ownerName),
        ownerPoliticalStatus: input.ownerPoliticalStatus,
        operatingStatus: input.operatingStatus,
        employeeCount: input.employeeCount,
        partyOrganisation: input.partyOrganisation,
        massOrganisations: input.massOrganisations,
        partyMemberCount: input.partyMemberCount,
        surveyor: input.surveyor,
        notes: input.notes ?? null,
        recordedAt: clock.now(),
        recordedBy: actorId(),
      });
      await tx.audit('survey.record', { type: 'survey', id }, { entityId: entity.id, surveyedOn: input.surveyedOn });
      await this.ledger.recompute(tx, entity.id);
      const [survey] = await this.surveys(user, tx.manager.createQueryBuilder(Survey, 'survey').where('survey.id = :id', { id }));
      return survey!;
    });
  }

  async get(user: AuthUser, id: string): Promise<SurveyDto> {
    const [survey] = await this.surveys(user, this.dataSource.manager.createQueryBuilder(Survey, 'survey').where('survey.id = :id', { id }));
    if (survey === undefined) throw surveyProblems.notFound(id);
    await assertEntityAccess(this.dataSource.manager, user, survey.entityId);
    return survey;
  }

  /** Newest first; with `creditCode`, one entity's history. */
  async list(user: AuthUser, query: SurveyQueryDto): Promise<Page<SurveyDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Survey, 'survey')
      .orderBy('survey.surveyedOn', 'DESC')
      .addOrderBy('survey.recordedAt', 'DESC')
      .addOrderBy('survey.id', 'DESC')
      .limit(query.limit + 1);
    if (!isCommittee(user))
      builder.andWhere(
        (where) =>
          `survey.entityId IN ${where
            .subQuery()
            .select('assignment.entityId')
            .from(InstructorAssignment, 'assignment')
            .where('assignment.instructorUserId = :self', { self: user.id })
            .getQuery()}`,
      );
    if (query.creditCode !== undefined) builder.andWhere('entity.creditCode = :creditCode', { creditCode: query.creditCode });
    if (query.cursor !== undefined) {
      const [surveyedOn, recordedAt, id] = decodeCursor(query.cursor, 3);
      builder.andWhere('(survey.surveyedOn, survey.recordedAt, survey.id) < (:surveyedOn, :recordedAt, :id)', { surveyedOn, recordedAt, id });
    }
    return toPage(
      await this.surveys(user, builder),
      query.limit,
      (survey) => [survey.surveyedOn, survey.recordedAt, survey.id],
      (survey) => survey,
    );
  }

  /** The surveys the builder selects, with their entity and whether each is its entity's current survey. */
  private async surveys(user: AuthUser, builder: SelectQueryBuilder<Survey>): Promise<SurveyDto[]> {
    const { entities, raw } = await builder
      .innerJoin(SurveyedEntity, 'entity', 'entity.id = survey.entityId')
      .addSelect('entity.creditCode', 'credit_code')
      .addSelect('entity.name', 'entity_name')
      .addSelect(
        'survey.id = (SELECT c.id FROM surveys c WHERE c.entity_id = survey.entityId ORDER BY c.surveyed_on DESC, c.recorded_at DESC, c.id DESC LIMIT 1)',
        'current',
      )
      .getRawAndEntities<SurveyContext>();
    return entities.map((survey, index) => this.toDto(user, survey, raw[index]!));
  }

  private toDto(user: AuthUser, survey: Survey, context: SurveyContext): SurveyDto {
    const ownerName = this.cipher.decrypt(survey.ownerNameEncrypted);
    if (isCommittee(user)) revealPersonalData({ recordType: 'entity-survey', recordId: survey.id, recordUnits: ['zone'], fields: ['ownerName'] });
    return {
      id: survey.id,
      entityId: survey.entityId,
      creditCode: context.credit_code,
      entityName: context.entity_name,
      surveyedOn: survey.surveyedOn,
      ownerName: isCommittee(user) ? ownerName : maskName(ownerName),
      ownerPoliticalStatus: survey.ownerPoliticalStatus,
      operatingStatus: survey.operatingStatus,
      employeeCount: survey.employeeCount,
      partyOrganisation: survey.partyOrganisation,
      massOrganisations: survey.massOrganisations,
      partyMemberCount: survey.partyMemberCount,
      surveyor: survey.surveyor,
      notes: survey.notes,
      current: context.current,
      recordedAt: survey.recordedAt.toISOString(),
    };
  }
}
