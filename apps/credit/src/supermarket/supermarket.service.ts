import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CreditRedemptionCancelled, CreditRedemptionMade } from '#contracts';
import { UnitOfWork, type Transaction } from '#messaging';
import { shanghaiDayEndExclusive } from '#working-calendar/core';
import {
  clock,
  decodeCursor,
  isUniqueViolation,
  PiiCipher,
  ProblemException,
  toPage,
  reportingPeriodOf,
  type AuthUser,
  type Page,
  type PageQueryDto,
} from '#platform';
import { LedgerEntry } from '../ledger/ledger-entry.entity.js';
import { LedgerWriter } from '../ledger/ledger-writer.js';
import { assertHistoryDate } from '../history/business-dates.js';
import { assertStaffFor, isStaffFor, OWN_RESIDENT_IDS, restrictToCaller } from '../registry/community-access.js';
import { Community } from '../registry/community.entity.js';
import { Resident } from '../registry/resident.entity.js';
import { RegistryService } from '../registry/registry.service.js';
import { creditProblems } from '../shared/credit-problems.js';
import {
  GoodsDto,
  RedemptionOrderDto,
  type CancelRedemptionOrderDto,
  type CreateGoodsDto,
  type CreateRedemptionOrderDto,
  type ListGoodsQueryDto,
  type ListRedemptionOrdersQueryDto,
  type RecordHistoricalRedemptionDto,
  type RedemptionStatisticsDto,
  type RedemptionStatisticsQueryDto,
  type UpdateGoodsDto,
} from './dto/supermarket.dto.js';
import { Goods, GOODS_CODE_CONSTRAINT } from './goods.entity.js';
import { RedemptionOrder } from './redemption-order.entity.js';
import { supermarketProblems } from './supermarket-problems.js';
import { REDEMPTION_STATISTICS, talliedOrCounted, type RedemptionStatisticsRow } from '../shared/tallied-statistics.js';

@Injectable()
export class SupermarketService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: RegistryService,
    private readonly writer: LedgerWriter,
    private readonly cipher: PiiCipher,
  ) {}

  // ── goods ──

  async createGoods(user: AuthUser, input: CreateGoodsDto): Promise<GoodsDto> {
    assertStaffFor(user, await this.registry.community(input.communityCode));
    try {
      const goods = await this.work.run(async (tx) => {
        const created = tx.manager.create(Goods, { id: randomUUID(), ...input, description: input.description ?? null, active: true, createdAt: clock.now() });
        await tx.manager.insert(Goods, created);
        await tx.audit('goods.create', { type: 'goods', id: created.id }, { code: created.code, pointPrice: created.pointPrice, stock: created.stock });
        return created;
      });
      return GoodsDto.of(goods);
    } catch (error) {
      if (isUniqueViolation(error, GOODS_CODE_CONSTRAINT)) throw supermarketProblems.goodsCodeTaken(input.code);
      throw error;
    }
  }

  async updateGoods(user: AuthUser, id: string, input: UpdateGoodsDto): Promise<GoodsDto> {
    const existing = await this.goods(id);
    assertStaffFor(user, await this.registry.community(existing.communityCode));
    const goods = await this.work.run(async (tx) => {
      // Restocking adds in SQL, so it cannot overwrite a concurrent order's decrement.
      const sets: string[] = [];
      const params: unknown[] = [id];
      if (input.addStock !== undefined) sets.push(`stock = stock + $${params.push(input.addStock)}`);
      if (input.pointPrice !== undefined) sets.push(`point_price = $${params.push(input.pointPrice)}`);
      if (input.active !== undefined) sets.push(`active = $${params.push(input.active)}`);
      if (sets.length > 0) await tx.manager.query(`UPDATE goods SET ${sets.join(', ')} WHERE id = $1`, params);
      await tx.audit('goods.update', { type: 'goods', id }, { ...input });
      return tx.manager.findOneByOrFail(Goods, { id });
    });
    return GoodsDto.of(goods);
  }

  async listGoods(query: ListGoodsQueryDto): Promise<Page<GoodsDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Goods, 'g')
      .orderBy('g.code', 'ASC')
      .limit(query.limit + 1);
    if (query.communityCode !== undefined) builder.andWhere('g.community_code = :communityCode', { communityCode: query.communityCode });
    if (query.active !== undefined) builder.andWhere('g.active = :active', { active: query.active });
    if (query.cursor !== undefined) builder.andWhere('g.code > :code', { code: decodeCursor(query.cursor, 1)[0] });
    return toPage(await builder.getMany(), query.limit, (row) => [row.code], GoodsDto.of);
  }

  async getGoods(id: string): Promise<GoodsDto> {
    return GoodsDto.of(await this.goods(id));
  }

  private async goods(id: string): Promise<Goods> {
    const goods = await this.dataSource.manager.findOneBy(Goods, { id });
    if (goods === null) throw supermarketProblems.goodsNotFound(id);
    return goods;
  }

  // ── orders ──

  /**
   * Takes stock and points in one transaction: a conditional UPDATE takes the stock (so it can never
   * go below zero, however many orders race for the last item), then the ledger takes the points under
   * the resident's row lock (so the balance can never go below zero). Either failure rolls back both.
   * Lock order is always goods, then resident.
   */
  async order(user: AuthUser, input: CreateRedemptionOrderDto): Promise<RedemptionOrderDto> {
    const goods = await this.orderedGoods(input);
    const resident = await this.orderingResident(user, input, 'credit-staff');
    assertSameCommunity(goods, resident);
    const quantity = input.quantity ?? 1;
    const order = await this.work.run(async (tx) => {
      const taken = await tx.manager
        .createQueryBuilder()
        .update(Goods)
        .set({ stock: () => 'stock - :quantity' })
        .where('id = :id AND active AND stock >= :quantity', { id: goods.id, quantity })
        .execute();
      if (taken.affected !== 1) throw supermarketProblems.outOfStock(goods.name);
      const created = await this.record(tx, user, goods, resident, {
        quantity,
        points: goods.pointPrice * quantity,
        occurredOn: clock.today(),
        recordedLate: false,
      });
      await tx.audit(
        'redemption-order.create',
        { type: 'redemption-order', id: created.id },
        { goodsId: goods.id, residentId: resident.id, quantity, points: created.points },
      );
      return created;
    });
    return RedemptionOrderDto.of(order);
  }

  /**
   * An exchange from before the platform, entered by a records clerk: dated on its business day, marked as
   * recorded late and audited with the clerk's reason. The points leave the ledger like any redemption (the entry
   * dated on that day); the goods left the shelf back then, so today's stock is not touched, and goods withdrawn
   * since may be named.
   */
  async recordHistory(user: AuthUser, input: RecordHistoricalRedemptionDto): Promise<RedemptionOrderDto> {
    assertHistoryDate(input.occurredOn, clock.today());
    const goods = await this.orderedGoods(input);
    const resident = await this.orderingResident(user, input, 'records-clerk');
    assertSameCommunity(goods, resident);
    const quantity = input.quantity ?? 1;
    const order = await this.work.run(async (tx) => {
      const created = await this.record(tx, user, goods, resident, {
        quantity,
        points: input.points ?? goods.pointPrice * quantity,
        occurredOn: input.occurredOn,
        recordedLate: true,
      });
      await tx.audit(
        'redemption-order.record-history',
        { type: 'redemption-order', id: created.id },
        {
          goodsId: goods.id,
          residentId: resident.id,
          quantity,
          points: created.points,
          occurredOn: input.occurredOn,
          reason: input.reason,
        },
      );
      return created;
    });
    return RedemptionOrderDto.of(order);
  }

  /** Back-dated orders of the clerk's communities, newest entry first. */
  async listHistory(user: AuthUser, query: PageQueryDto): Promise<Page<RedemptionOrderDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(RedemptionOrder, 'o')
      .where('o.recorded_late')
      .orderBy('o.position', 'DESC')
      .limit(query.limit + 1);
    restrictToCaller(builder, user, 'o.community_code');
    if (query.cursor !== undefined) builder.andWhere('o.position < :position', { position: decodeCursor(query.cursor, 1)[0] });
    return toPage(await builder.getMany(), query.limit, (row) => [row.position], RedemptionOrderDto.of);
  }

  private async orderedGoods(input: CreateRedemptionOrderDto): Promise<Goods> {
    if ((input.goodsId === undefined) === (input.goodsCode === undefined)) {
      throw ProblemException.validation([{ field: 'goodsId', message: 'give exactly one of goodsId and goodsCode' }]);
    }
    const goods =
      input.goodsId !== undefined
        ? await this.dataSource.manager.findOneBy(Goods, { id: input.goodsId })
        : await this.dataSource.manager.findOneBy(Goods, { code: input.goodsCode! });
    if (goods === null) throw supermarketProblems.unknownGoods();
    return goods;
  }

  /** The order row, its ledger entry (dated on the business day) and its event, in the caller's transaction. */
  private async record(
    tx: Transaction,
    user: AuthUser,
    goods: Goods,
    resident: Resident,
    what: { quantity: number; points: number; occurredOn: string; recordedLate: boolean },
  ): Promise<RedemptionOrder> {
    const id = randomUUID();
    const { entry } = await this.writer.append(tx, {
      residentId: resident.id,
      movement: { kind: 'redemption', amount: what.points },
      occurredOn: what.occurredOn,
      reason: `信用超市兑换${what.recordedLate ? '（补录）' : ''}：${goods.name} × ${what.quantity}`,
      evidence: `redemption-order:${id}`,
      source: 'redemption',
      sourceRef: id,
      actorId: user.id,
      idempotencyKey: `redemption-order:${id}`,
    });
    const created = tx.manager.create(RedemptionOrder, {
      id,
      goodsId: goods.id,
      goodsName: goods.name,
      communityCode: goods.communityCode,
      residentId: resident.id,
      householdId: resident.householdId,
      quantity: what.quantity,
      points: what.points,
      status: 'completed',
      ledgerEntryId: entry.id,
      reversalEntryId: null,
      actorId: user.id,
      createdAt: clock.now(),
      occurredOn: what.occurredOn,
      recordedLate: what.recordedLate,
      cancelledAt: null,
      cancelReason: null,
    });
    await tx.manager.insert(RedemptionOrder, created);
    await this.publish(tx, created, entry.balanceAfter, 'made');
    return created;
  }

  /** Returns the points (a reversal entry) and the stock; an order is cancelled once. */
  async cancel(user: AuthUser, id: string, input: CancelRedemptionOrderDto): Promise<RedemptionOrderDto> {
    const existing = await this.orderRow(id);
    assertStaffFor(user, await this.registry.community(existing.communityCode));
    const order = await this.work.run(async (tx) => {
      // Same lock order as ordering: goods first (via the order row and the stock update), then the resident.
      const locked = await tx.manager.findOne(RedemptionOrder, { where: { id }, lock: { mode: 'for_no_key_update' } });
      if (locked === null) throw supermarketProblems.orderNotFound(id);
      if (locked.status === 'cancelled') throw supermarketProblems.orderCancelled(id);
      // A back-dated order took no stock, so its cancellation returns none.
      if (!locked.recordedLate) await tx.manager.query(`UPDATE goods SET stock = stock + $2 WHERE id = $1`, [locked.goodsId, locked.quantity]);
      const original = await tx.manager.findOneByOrFail(LedgerEntry, { id: locked.ledgerEntryId });
      const { entry } = await this.writer.append(tx, {
        residentId: locked.residentId,
        movement: { kind: 'redemption', amount: locked.points },
        reverses: original,
        occurredOn: clock.today(),
        reason: `取消兑换：${input.reason}`,
        evidence: `redemption-order:${id}`,
        source: 'redemption',
        sourceRef: id,
        actorId: user.id,
        idempotencyKey: null,
      });
      locked.status = 'cancelled';
      locked.reversalEntryId = entry.id;
      locked.cancelledAt = clock.now();
      locked.cancelReason = input.reason;
      await tx.manager.update(
        RedemptionOrder,
        { id },
        { status: 'cancelled', reversalEntryId: entry.id, cancelledAt: locked.cancelledAt, cancelReason: input.reason },
      );
      await tx.audit('redemption-order.cancel', { type: 'redemption-order', id }, { reason: input.reason });
      await this.publish(tx, locked, entry.balanceAfter, 'cancelled');
      return locked;
    });
    return RedemptionOrderDto.of(order);
  }

  async getOrder(user: AuthUser, id: string): Promise<RedemptionOrderDto> {
    const order = await this.orderRow(id);
    if (!isStaffFor(user, await this.registry.community(order.communityCode))) {
      const own = await this.dataSource.manager.findOneBy(Resident, { id: order.residentId, accountId: user.id });
      if (own === null || !user.roles.includes('resident')) throw supermarketProblems.orderForbidden();
    }
    return RedemptionOrderDto.of(order);
  }

  async listOrders(user: AuthUser, query: ListRedemptionOrdersQueryDto): Promise<Page<RedemptionOrderDto>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(RedemptionOrder, 'o')
      .innerJoin(Community, 'c', 'c.code = o.community_code')
      .orderBy('o.position', 'DESC')
      .limit(query.limit + 1);
    restrictToCaller(builder, user, 'c.code', `o.resident_id IN ${OWN_RESIDENT_IDS}`);
    if (query.communityCode !== undefined) builder.andWhere('o.community_code = :communityCode', { communityCode: query.communityCode });
    if (query.residentId !== undefined) builder.andWhere('o.resident_id = :residentId', { residentId: query.residentId });
    if (query.status !== undefined) builder.andWhere('o.status = :status', { status: query.status });
    if (query.cursor !== undefined) builder.andWhere('o.position < :position', { position: decodeCursor(query.cursor, 1)[0] });
    return toPage(await builder.getMany(), query.limit, (row) => [row.position], RedemptionOrderDto.of);
  }

  /**
   * Per community, from the orders by business date: those in the period, standing (completed) or cancelled as
   * of its last day — an order cancelled later still stood then. From the start of the records to a day on or after
   * every order and cancellation (as of today, say), the running tallies answer; any other period is counted from
   * the orders. One query either way (two when the tallies do not answer), whatever the number of communities.
   */
  async statistics(query: RedemptionStatisticsQueryDto): Promise<RedemptionStatisticsDto> {
    const period = reportingPeriodOf(query);
    const params = [period.from, period.to, query.communityCode ?? null, query.subDistrictCode ?? null, shanghaiDayEndExclusive(period.to)];
    const rows = await talliedOrCounted<RedemptionStatisticsRow>((sql, values) => this.dataSource.query(sql, values), REDEMPTION_STATISTICS, params);
    return {
      period,
      communities: rows.map((row) => ({
        subDistrictCode: row.sub_district_code,
        subDistrictName: row.sub_district_name,
        communityCode: row.code,
        communityName: row.name,
        redeemingResidents: row.residents,
        completedOrders: row.completed,
        cancelledOrders: row.cancelled,
        recordedLateOrders: row.late,
        itemsRedeemed: row.items,
        pointsRedeemed: row.points,
      })),
    };
  }

  private async orderRow(id: string): Promise<RedemptionOrder> {
    const order = await this.dataSource.manager.findOneBy(RedemptionOrder, { id });
    if (order === null) throw supermarketProblems.orderNotFound(id);
    return order;
  }

  /** Staff (or a records clerk, for history) order for a resident of their community; a resident orders for themselves only. */
  private async orderingResident(user: AuthUser, input: CreateRedemptionOrderDto, staffRole: 'credit-staff' | 'records-clerk'): Promise<Resident> {
    const named = input.residentId !== undefined || input.residentIdNumber !== undefined;
    if (!named) {
      if (!user.roles.includes('resident'))
        throw ProblemException.validation([{ field: 'residentId', message: 'staff must give residentId or residentIdNumber' }]);
      return this.registry.ownResident(user);
    }
    if (input.residentId !== undefined && input.residentIdNumber !== undefined) {
      throw ProblemException.validation([{ field: 'residentId', message: 'give only one of residentId and residentIdNumber' }]);
    }
    const resident =
      input.residentId !== undefined
        ? await this.dataSource.manager.findOneBy(Resident, { id: input.residentId })
        : await this.dataSource.manager.findOneBy(Resident, { idNumberHash: this.cipher.lookupHash(input.residentIdNumber!) });
    if (resident === null || !isStaffFor(user, await this.registry.community(resident.communityCode), staffRole)) {
      throw creditProblems.residentNotFound();
    }
    return resident;
  }

  private async publish(tx: Transaction, order: RedemptionOrder, balanceAfter: number, what: 'made' | 'cancelled'): Promise<void> {
    const data = {
      orderId: order.id,
      residentId: order.residentId,
      householdId: order.householdId,
      communityCode: order.communityCode,
      goodsId: order.goodsId,
      goodsName: order.goodsName,
      quantity: order.quantity,
      points: order.points,
      balanceAfter,
      at: (what === 'made' ? order.createdAt : order.cancelledAt!).toISOString(),
    };
    await tx.publish(what === 'made' ? CreditRedemptionMade : CreditRedemptionCancelled, order.id, data);
  }
}

function assertSameCommunity(goods: Goods, resident: Resident): void {
  if (resident.communityCode !== goods.communityCode) {
    throw supermarketProblems.goodsOfAnotherCommunity();
  }
}
