import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { UnitOfWork } from '#messaging';
import {
  clock,
  decodeCursor,
  isUniqueViolation,
  maskName,
  PiiCipher,
  revealPersonalData,
  toPage,
  type AuthUser,
  type Page,
  type PageQueryDto,
  ZONE_UNIT,
} from '#platform';
import { BusinessPolicy, PAYOUT_REFERENCE_CONSTRAINT, SubsidyPayout } from './business-policy.entity.js';
import { businessEnvironmentProblems } from './business-environment-problems.js';
import type { BusinessPolicyDto, BusinessPolicyQueryDto, CreateBusinessPolicyDto, PayoutDto, RecordPayoutDto } from './dto/business-environment.dto.js';

@Injectable()
export class BusinessEnvironmentService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
  ) {}

  createPolicy(input: CreateBusinessPolicyDto, user: AuthUser): Promise<BusinessPolicyDto> {
    return this.work.run(async (tx) => {
      const policy = tx.manager.create(BusinessPolicy, { id: randomUUID(), ...input, demo: input.demo ?? false, publishedAt: clock.now(), createdBy: user.id });
      await tx.manager.insert(BusinessPolicy, policy);
      await tx.audit('business-policy.create', { type: 'business-policy', id: policy.id }, { title: policy.title, kind: policy.kind });
      return this.getPolicy(policy.id, tx.manager);
    });
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async getPolicy(id: string, db: EntityManager = this.dataSource.manager): Promise<BusinessPolicyDto> {
    const page = await this.policies({ limit: 1 }, id, db);
    const policy = page.items[0];
    if (policy === undefined) throw businessEnvironmentProblems.policyNotFound(id);
    return policy;
  }

  /** With each policy's payout count and exact total, summed in SQL numeric. */
  async policies(query: BusinessPolicyQueryDto, onlyId?: string, db: EntityManager = this.dataSource.manager): Promise<Page<BusinessPolicyDto>> {
    const params: unknown[] = [query.limit + 1];
    const conditions: string[] = [];
    if (onlyId !== undefined) conditions.push(`policy.id = $${params.push(onlyId)}`);
    if (query.kind !== undefined) conditions.push(`policy.kind = $${params.push(query.kind)}`);
    if (query.cursor !== undefined) {
      const [publishedAt, id] = decodeCursor(query.cursor, 2);
      conditions.push(`(policy.published_at, policy.id) < ($${params.push(publishedAt)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const rows: (Record<string, unknown> & { id: string; published_at: Date; payout_count: string; payout_total: string })[] = await db.query(
      `SELECT policy.*, count(payout.id) AS payout_count, coalesce(sum(payout.amount), 0)::numeric(16, 2)::text AS payout_total
         FROM business_policies policy LEFT JOIN subsidy_payouts payout ON payout.policy_id = policy.id
        ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
        GROUP BY policy.id
        ORDER BY policy.published_at DESC, policy.id DESC
        LIMIT $1`,
      params,
    );
    return toPage(
      rows,
      query.limit,
      (row) => [new Date(row.published_at).toISOString(), row.id],
      (row) => ({
        id: row.id,
        title: row.title as string,
        kind: row.kind as string,
        summary: row.summary as string,
        eligibility: row.eligibility as string,
        howToApply: row.how_to_apply as string,
        department: row.department as string,
        policyBasis: row.policy_basis as string,
        demo: row.demo as boolean,
        payoutCount: Number(row.payout_count),
        payoutTotal: row.payout_total,
        publishedAt: new Date(row.published_at).toISOString(),
      }),
    );
  }

  async recordPayout(policyId: string, input: RecordPayoutDto, user: AuthUser): Promise<PayoutDto> {
    const personal = input.recipientKind === 'individual';
    try {
      const payout = await this.work.run(async (tx) => {
        if ((await tx.manager.findOneBy(BusinessPolicy, { id: policyId })) === null) throw businessEnvironmentProblems.policyNotFound(policyId);
        const created = tx.manager.create(SubsidyPayout, {
          id: randomUUID(),
          policyId,
          recipientKind: input.recipientKind,
          enterpriseName: personal ? null : input.enterpriseName!,
          personNameEncrypted: personal ? this.cipher.encrypt(input.personName!) : null,
          personNameHash: personal ? this.cipher.lookupHash(input.personName!) : null,
          amount: input.amount,
          paidOn: input.paidOn,
          reference: input.reference,
          note: input.note ?? null,
          recordedAt: clock.now(),
          recordedBy: user.id,
        });
        await tx.manager.insert(SubsidyPayout, created);
        await tx.audit('subsidy-payout.record', { type: 'subsidy-payout', id: created.id }, { policyId, amount: input.amount, reference: input.reference });
        return this.payoutDto(await tx.manager.findOneByOrFail(SubsidyPayout, { id: created.id }), true);
      });
      return payout;
    } catch (error) {
      if (isUniqueViolation(error, PAYOUT_REFERENCE_CONSTRAINT)) {
        throw businessEnvironmentProblems.payoutReferenceTaken(input.reference);
      }
      throw error;
    }
  }

  async payouts(policyId: string, query: PageQueryDto, user: AuthUser | undefined): Promise<Page<PayoutDto>> {
    await this.getPolicy(policyId);
    const builder = this.dataSource.manager
      .createQueryBuilder(SubsidyPayout, 'payout')
      .where('payout.policyId = :policyId', { policyId })
      .orderBy('payout.paidOn', 'DESC')
      .addOrderBy('payout.id', 'DESC')
      .limit(query.limit + 1);
    if (query.cursor !== undefined) {
      const [paidOn, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(payout.paidOn, payout.id) < (:paidOn, :id)', { paidOn, id });
    }
    const rows = await builder.getMany();
    const full = user?.roles.includes('zone-admin') === true;
    return toPage(
      rows,
      query.limit,
      (row) => [row.paidOn, row.id],
      (row) => this.payoutDto(row, full),
    );
  }

  private payoutDto(payout: SubsidyPayout, full: boolean): PayoutDto {
    const person = payout.personNameEncrypted === null ? null : this.cipher.decrypt(payout.personNameEncrypted);
    // Subsidies are a zone-wide programme: zone supervisors read who saw the individuals' names.
    if (person !== null && full) revealPersonalData({ recordType: 'subsidy-payout', recordId: payout.id, recordUnits: [ZONE_UNIT], fields: ['recipient'] });
    return {
      id: payout.id,
      recipientKind: payout.recipientKind,
      recipient: person === null ? payout.enterpriseName! : full ? person : maskName(person),
      amount: payout.amount,
      paidOn: payout.paidOn,
      reference: payout.reference,
      note: payout.note,
    };
  }
}
