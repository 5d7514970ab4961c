import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { VolunteerActivityRecorded } from '#contracts';
import { UnitOfWork } from '#messaging';
import { clock, decodeCursor, isUniqueViolation, maskIdNumber, maskName, PiiCipher, ProblemException, toPage, type AuthUser, type Page } from '#platform';
import { actorId } from '../surveyed-entities/surveyed-entities.service.js';
import { assertManages, organisationNotFound } from '../organisations/organisations.service.js';
import { assertKnownCommunity } from '../communities/known-communities.js';
import { isCommittee } from '../shared/access.js';
import { normaliseIdNumber } from '#platform';
import type { RecordVolunteerActivityDto, VolunteerActivityDto, VolunteerActivityQueryDto } from './dto/volunteer-activity.dto.js';

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
    if (input.heldOn > clock.today())
      throw ProblemException.of(422, 'activity-date-in-future', 'Activity date in the future', `heldOn ${input.heldOn} has not happened yet.`);
    const participants = input.participants.map((participant) => {
      const idNumber = normaliseIdNumber(participant.idNumber);
      return { id: randomUUID(), idNumber, name: participant.name, hash: this.cipher.lookupHash(idNumber) };
    });
    const repeated = participants.findIndex((participant, index) => participants.findIndex((other) => other.hash === participant.hash) !== index);
    if (repeated >= 0) {
      throw ProblemException.of(
        422,
        'duplicate-participant',
        'Participant listed twice',
        `participants[${repeated}] repeats an earlier resident; list each resident once.`,
      );
    }
    const id = randomUUID();
    try {
      return await this.insert(user, id, input, participants);
    } catch (error) {
      if (isUniqueViolation(error, 'volunteer_activities_natural_key')) {
        throw ProblemException.of(
          409,
          'activity-already-recorded',
          'Activity already recorded',
          `This organisation already recorded "${input.title}" on ${input.heldOn}.`,
        );
      }
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
      const [organisation] = await tx.manager.query(`SELECT id, name, secretary_user_id FROM organisations WHERE id = $1 FOR SHARE`, [input.organisationId]);
      if (organisation === undefined)
        throw ProblemException.of(422, 'organisation-not-found', 'Organisation not found', `No Party organisation has id ${input.organisationId}.`);
      assertManages(user, organisation);
      await assertKnownCommunity(tx.manager, input.communityCode);
      const now = clock.now();
      await tx.manager.query(
        `INSERT INTO volunteer_activities (id, organisation_id, title, category, held_on, community_code, recorded_at, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, organisation.id, input.title, input.category, input.heldOn, input.communityCode, now, actorId()],
      );
      for (const participant of participants) {
        await tx.manager.query(
          `INSERT INTO volunteer_participants (id, activity_id, resident_id_encrypted, resident_id_hash, name_encrypted) VALUES ($1, $2, $3, $4, $5)`,
          [participant.id, id, this.cipher.encrypt(participant.idNumber), participant.hash, this.cipher.encrypt(participant.name)],
        );
      }
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
    const [item] = await this.rows(`WHERE a.id = $1`, [id], db);
    if (item === undefined) throw ProblemException.of(404, 'volunteer-activity-not-found', 'Activity not found', `No volunteer activity has id ${id}.`);
    assertManages(user, { secretary_user_id: item.secretaryUserId });
    return item.dto;
  }

  async list(user: AuthUser, query: VolunteerActivityQueryDto): Promise<Page<VolunteerActivityDto>> {
    const params: unknown[] = [query.limit + 1];
    const where: string[] = [];
    if (!isCommittee(user)) {
      params.push(user.id);
      where.push(`o.secretary_user_id = $${params.length}`);
    }
    if (query.organisationId !== undefined) {
      const [organisation] = await this.dataSource.query(`SELECT id FROM organisations WHERE id = $1`, [query.organisationId]);
      if (organisation === undefined) throw organisationNotFound(query.organisationId);
      params.push(query.organisationId);
      where.push(`a.organisation_id = $${params.length}`);
    }
    if (query.cursor !== undefined) {
      const [recordedAt, id] = decodeCursor(query.cursor, 2);
      params.push(recordedAt, id);
      where.push(`(a.recorded_at, a.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const rows = await this.rows(`${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.recorded_at DESC, a.id DESC LIMIT $1`, params);
    return toPage(
      rows,
      query.limit,
      (row) => [row.dto.recordedAt, row.dto.id],
      (row) => row.dto,
    );
  }

  private async rows(
    tail: string,
    params: unknown[],
    db: EntityManager = this.dataSource.manager,
  ): Promise<{ dto: VolunteerActivityDto; secretaryUserId: string | null }[]> {
    const activities: {
      id: string;
      organisation_id: string;
      organisation_name: string;
      secretary_user_id: string | null;
      title: string;
      category: string;
      held_on: string;
      community_code: string;
      recorded_at: Date;
    }[] = await db.query(
      `SELECT a.id, a.organisation_id, o.name AS organisation_name, o.secretary_user_id, a.title, a.category, to_char(a.held_on, 'YYYY-MM-DD') AS held_on,
         a.community_code, a.recorded_at FROM volunteer_activities a JOIN organisations o ON o.id = a.organisation_id ${tail}`,
      params,
    );
    if (activities.length === 0) return [];
    const participants: { id: string; activity_id: string; resident_id_encrypted: string; name_encrypted: string }[] = await db.query(
      `SELECT id, activity_id, resident_id_encrypted, name_encrypted FROM volunteer_participants WHERE activity_id = ANY($1) ORDER BY id`,
      [activities.map((activity) => activity.id)],
    );
    return activities.map((activity) => ({
      secretaryUserId: activity.secretary_user_id,
      dto: {
        id: activity.id,
        organisationId: activity.organisation_id,
        organisationName: activity.organisation_name,
        title: activity.title,
        category: activity.category,
        heldOn: activity.held_on,
        communityCode: activity.community_code,
        participants: participants
          .filter((participant) => participant.activity_id === activity.id)
          .map((participant) => ({
            id: participant.id,
            maskedName: maskName(this.cipher.decrypt(participant.name_encrypted)),
            maskedIdNumber: maskIdNumber(this.cipher.decrypt(participant.resident_id_encrypted)),
          })),
        recordedAt: activity.recorded_at.toISOString(),
      },
    }));
  }
}
