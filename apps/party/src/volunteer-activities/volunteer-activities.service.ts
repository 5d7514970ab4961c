import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { VolunteerActivityRecorded } from '#contracts';
import { UnitOfWork } from '#messaging';
import { clock, decodeCursor, isUniqueViolation, maskIdNumber, maskName, PiiCipher, toPage, type AuthUser, type Page } from '#platform';
import { actorId } from '../surveyed-entities/surveyed-entities.service.js';
import { assertManages } from '../organisations/organisations.service.js';
import { organisationProblems } from '../organisations/organisation-problems.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { assertKnownCommunity } from '../communities/known-communities.js';
import { isCommittee } from '../shared/access.js';
import { normaliseIdNumber } from '#platform';
import type { RecordVolunteerActivityDto, VolunteerActivityDto, VolunteerActivityQueryDto } from './dto/volunteer-activity.dto.js';
import { volunteerActivityProblems } from './volunteer-activity-problems.js';
import { VolunteerActivity } from './volunteer-activity.entity.js';
import { VolunteerParticipant } from './volunteer-participant.entity.js';

/**
 * Party-led volunteer activities. Recording one writes VolunteerActivityRecorded in the same transaction
 * (outbox): an activity is announced if and only if it was recorded. Delivery is at least once; credit
 * de-duplicates and turns it into points.
 */
@Injectable()
export class VolunteerActivitiesService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly cipher: PiiCipher,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async record(user: AuthUser, input: RecordVolunteerActivityDto): Promise<VolunteerActivityDto> {
    if (input.heldOn > clock.today()) throw volunteerActivityProblems.dateInFuture(input.heldOn);
    const participants = input.participants.map((participant) => {
      const idNumber = normaliseIdNumber(participant.idNumber);
      return { id: randomUUID(), idNumber, name: participant.name, hash: this.cipher.lookupHash(idNumber) };
    });
    const repeated = participants.findIndex((participant, index) => participants.findIndex((other) => other.hash === participant.hash) !== index);
    if (repeated >= 0) throw volunteerActivityProblems.duplicateParticipant(repeated);
    const id = randomUUID();
    try {
      return await this.insert(user, id, input, participants);
    } catch (error) {
      if (isUniqueViolation(error, 'volunteer_activities_natural_key')) throw volunteerActivityProblems.alreadyRecorded(input.title, input.heldOn);
      throw error;
    }
  }

  private insert(
    user: AuthUser,
    id: string,
    input: RecordVolunteerActivityDto,
    participants: { id: string; idNumber: string; name: string; hash: string }[],
  ): Promise<VolunteerActivityDto> {
    return this.work.run(async (tx) => {
      const organisation = await tx.manager.findOne(Organisation, { where: { id: input.organisationId }, lock: { mode: 'pessimistic_read' } });
      if (organisation === null) throw organisationProblems.unknown(input.organisationId);
      assertManages(user, organisation);
      await assertKnownCommunity(tx.manager, input.communityCode);
      const now = clock.now();
      await tx.manager.insert(VolunteerActivity, {
        id,
        organisationId: organisation.id,
        title: input.title,
        category: input.category,
        heldOn: input.heldOn,
        communityCode: input.communityCode,
        recordedAt: now,
        recordedBy: actorId(),
      });
      await tx.manager.insert(
        VolunteerParticipant,
        participants.map((participant) => ({
          id: participant.id,
          activityId: id,
          residentIdEncrypted: this.cipher.encrypt(participant.idNumber),
          residentIdHash: participant.hash,
          nameEncrypted: this.cipher.encrypt(participant.name),
        })),
      );
      await tx.audit('volunteer-activity.record', { type: 'volunteer-activity', id }, { organisationId: organisation.id, participants: participants.length });
      await tx.publish(VolunteerActivityRecorded, id, {
        activityId: id,
        organisationId: organisation.id,
        organisationName: organisation.name,
        title: input.title,
        category: input.category,
        heldOn: input.heldOn,
        communityCode: input.communityCode,
        participants: participants.map((participant) => ({
          participantId: participant.id,
          residentIdHash: participant.hash,
          maskedName: maskName(participant.name),
        })),
        recordedAt: now.toISOString(),
      });
      return this.get(user, id, tx.manager);
    });
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async get(user: AuthUser, id: string, db: EntityManager = this.dataSource.manager): Promise<VolunteerActivityDto> {
    const [item] = await this.rows(this.activities(db).where('activity.id = :id', { id }), db);
    if (item === undefined) throw volunteerActivityProblems.notFound(id);
    assertManages(user, item);
    return item.dto;
  }

  async list(user: AuthUser, query: VolunteerActivityQueryDto): Promise<Page<VolunteerActivityDto>> {
    const builder = this.activities()
      .orderBy('activity.recordedAt', 'DESC')
      .addOrderBy('activity.id', 'DESC')
      .limit(query.limit + 1);
    if (!isCommittee(user)) builder.andWhere('organisation.secretary_user_id = :self', { self: user.id });
    if (query.organisationId !== undefined) {
      if (!(await this.dataSource.manager.existsBy(Organisation, { id: query.organisationId }))) throw organisationProblems.notFound(query.organisationId);
      builder.andWhere('activity.organisationId = :organisationId', { organisationId: query.organisationId });
    }
    if (query.cursor !== undefined) {
      const [recordedAt, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(activity.recordedAt, activity.id) < (:recordedAt, :id)', { recordedAt, id });
    }
    return toPage(
      await this.rows(builder),
      query.limit,
      (row) => [row.dto.recordedAt, row.dto.id],
      (row) => row.dto,
    );
  }

  /** Activities with the name and secretary of their organisation, which the answer and the access rule need. */
  private activities(db: EntityManager = this.dataSource.manager): SelectQueryBuilder<VolunteerActivity> {
    return db
      .createQueryBuilder(VolunteerActivity, 'activity')
      .innerJoin(Organisation, 'organisation', 'organisation.id = activity.organisationId')
      .addSelect('organisation.name', 'organisation_name')
      .addSelect('organisation.secretaryUserId', 'organisation_secretary_user_id');
  }

  private async rows(
    activities: SelectQueryBuilder<VolunteerActivity>,
    db: EntityManager = this.dataSource.manager,
  ): Promise<{ dto: VolunteerActivityDto; secretaryUserId: string | null }[]> {
    const { entities, raw } = await activities.getRawAndEntities<{ organisation_name: string; organisation_secretary_user_id: string | null }>();
    if (entities.length === 0) return [];
    const participants = await db.find(VolunteerParticipant, {
      where: { activityId: In(entities.map((activity) => activity.id)) },
      order: { id: 'ASC' },
    });
    return entities.map((activity, index) => ({
      secretaryUserId: raw[index]!.organisation_secretary_user_id,
      dto: {
        id: activity.id,
        organisationId: activity.organisationId,
        organisationName: raw[index]!.organisation_name,
        title: activity.title,
        category: activity.category,
        heldOn: activity.heldOn,
        communityCode: activity.communityCode,
        participants: participants
          .filter((participant) => participant.activityId === activity.id)
          .map((participant) => ({
            id: participant.id,
            maskedName: maskName(this.cipher.decrypt(participant.nameEncrypted)),
            maskedIdNumber: maskIdNumber(this.cipher.decrypt(participant.residentIdEncrypted)),
          })),
        recordedAt: activity.recordedAt.toISOString(),
      },
    }));
  }
}
