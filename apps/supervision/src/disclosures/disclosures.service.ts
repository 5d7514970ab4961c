import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { DisclosureCorrected, DisclosurePublished } from '#contracts';
import { appendToOutbox, UnitOfWork } from '#messaging';
import {
  assertUnitAccess,
  changedFields,
  clock,
  decodeCursor,
  groupRows,
  isUniqueViolation,
  loadAuthorised,
  maskIdNumber,
  maskName,
  maskPersonalNumbers,
  PiiCipher,
  recordAudit,
  revealPersonalData,
  toPage,
  type AuthUser,
  type Page,
  type PageQueryDto,
} from '#platform';
import { InvalidPeriodError, parsePeriod } from '../supervision-items/disclosure-period.js';
import { supervisionItemProblems } from '../supervision-items/supervision-item-problems.js';
import { SupervisionItem } from '../supervision-items/supervision-item.entity.js';
import { supervisionProblems } from '../shared/supervision-problems.js';
import { SupervisionUnit } from '../units/supervision-unit.entity.js';
import { isPrivilegedFor } from './disclosure-access.js';
import { disclosureProblems } from './disclosure-problems.js';
import { logPublication } from './publication-log.js';
import { DisclosureTransitionError, mayDecideOn, nextDisclosureStatus, publicationAction, totalsOf, type DisclosureAction } from './disclosure-rules.js';
import { Disclosure, DISCLOSURE_PERIOD_CONSTRAINT, DisclosureRecipient, DisclosureVersion } from './disclosure.entity.js';
import type { CorrectDisclosureDto, CreateDisclosureDto, DisclosureContentDto, DisclosureQueryDto } from './dto/disclosure-input.dto.js';
import type { DisclosureDto, DisclosureListItemDto, DisclosureVersionDto, RecipientDto } from './dto/disclosure.dto.js';

function isSupervisor(user: AuthUser): boolean {
  return user.roles.includes('discipline-supervisor');
}

/** What a new disclosure needs, whether a clerk files it or an event creates it. */
export interface NewDisclosure {
  unit: SupervisionUnit;
  item: SupervisionItem;
  period: string;
  content: DisclosureContentDto;
  sourceRef: string | null;
  createdBy: string;
}

@Injectable()
export class DisclosuresService {
  constructor(
    private readonly work: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
  ) {}

  async create(input: CreateDisclosureDto, user: AuthUser): Promise<DisclosureDto> {
    assertUnitAccess(user, input.unitCode);
    try {
      return await this.work.run(async (tx) => {
        const unit = await tx.manager.findOneBy(SupervisionUnit, { code: input.unitCode });
        if (unit === null) throw supervisionProblems.unitUnknown(input.unitCode);
        const item = await tx.manager.findOneBy(SupervisionItem, { code: input.itemCode });
        if (item === null) throw supervisionProblems.itemUnknown(input.itemCode);
        if (item.retiredAt !== null) throw supervisionItemProblems.retiredTakesNoDisclosures(item.code);
        const { unitCode: _unit, itemCode: _item, period, ...content } = input;
        const disclosure = await this.insert(tx.manager, { unit, item, period, content, sourceRef: null, createdBy: user.id });
        return this.get(disclosure.id, user, tx.manager);
      });
    } catch (error) {
      if (isUniqueViolation(error, DISCLOSURE_PERIOD_CONSTRAINT)) {
        throw disclosureProblems.exists(input.unitCode, input.itemCode, input.period);
      }
      throw error;
    }
  }

  /**
   * Inserts a draft (version 1) with its recipients in the caller's transaction, so an event handler's
   * insert commits with its inbox row.
   */
  async insert(manager: EntityManager, input: NewDisclosure): Promise<Disclosure> {
    const periodic = input.item.disclosureFrequency !== 'per-event';
    try {
      parsePeriod(input.item.disclosureFrequency, input.period);
    } catch (error) {
      if (error instanceof InvalidPeriodError) throw supervisionProblems.invalidPeriod(error.message);
      throw error;
    }
    const now = clock.now();
    const disclosure = manager.create(Disclosure, {
      id: randomUUID(),
      unitCode: input.unit.code,
      itemId: input.item.id,
      period: input.period,
      periodic,
      status: 'draft',
      currentVersion: 1,
      title: input.content.title,
      sourceRef: input.sourceRef,
      firstPublishedAt: null,
      createdAt: now,
      createdBy: input.createdBy,
      updatedAt: now,
    });
    await manager.insert(Disclosure, disclosure);
    await this.writeVersion(manager, disclosure.id, 1, input.content, null, input.createdBy, null);
    await recordAudit(
      manager,
      'disclosure.create',
      { type: 'disclosure', id: disclosure.id },
      { unitCode: input.unit.code, itemCode: input.item.code, period: input.period, sourceRef: input.sourceRef },
    );
    return disclosure;
  }

  async replaceDraft(id: string, content: DisclosureContentDto, user: AuthUser): Promise<DisclosureDto> {
    return this.work.run(async (tx) => {
      const disclosure = await this.lock(tx.manager, id, user, 'clerk');
      this.advance(disclosure, 'edit');
      const before = await this.auditedContent(tx.manager, disclosure);
      await tx.manager.delete(DisclosureVersion, { disclosureId: id, version: disclosure.currentVersion });
      await this.writeVersion(tx.manager, id, disclosure.currentVersion, content, null, user.id, null);
      disclosure.title = content.title;
      disclosure.updatedAt = clock.now();
      await tx.manager.save(Disclosure, disclosure);
      const changes = changedFields(before, await this.auditedContent(tx.manager, disclosure));
      await tx.audit('disclosure.edit', { type: 'disclosure', id }, { version: disclosure.currentVersion, changes });
      return this.get(id, user, tx.manager);
    });
  }

  async submit(id: string, user: AuthUser): Promise<DisclosureDto> {
    return this.work.run(async (tx) => {
      const disclosure = await this.lock(tx.manager, id, user, 'clerk');
      this.advance(disclosure, 'submit');
      await tx.manager.save(Disclosure, disclosure);
      await tx.audit('disclosure.submit', { type: 'disclosure', id });
      return this.get(id, user, tx.manager);
    });
  }

  async returnToDraft(id: string, note: string, user: AuthUser): Promise<DisclosureDto> {
    return this.work.run(async (tx) => {
      const disclosure = await this.lock(tx.manager, id, user, 'reviewer');
      if (!mayDecideOn(disclosure.status, isSupervisor(user))) throw disclosureProblems.reviewBySupervisor();
      this.advance(disclosure, 'return');
      await tx.manager.save(Disclosure, disclosure);
      await tx.audit('disclosure.return', { type: 'disclosure', id }, { note });
      return this.get(id, user, tx.manager);
    });
  }

  /** Publishes, or, when the item requires review and the caller is not a discipline supervisor, asks for approval. */
  async publish(id: string, user: AuthUser): Promise<DisclosureDto> {
    return this.work.run(async (tx) => {
      const disclosure = await this.lock(tx.manager, id, user, 'reviewer');
      const item = await tx.manager.findOneByOrFail(SupervisionItem, { id: disclosure.itemId });
      const action = publicationAction(item.publicationReview, isSupervisor(user));
      this.advance(disclosure, action);
      if (action === 'publish') {
        await this.publishCurrent(tx.manager, disclosure);
      } else {
        await tx.manager.save(Disclosure, disclosure);
        await tx.audit('disclosure.request-review', { type: 'disclosure', id }, { version: disclosure.currentVersion, itemCode: item.code });
      }
      return this.get(id, user, tx.manager);
    });
  }

  /** A discipline supervisor approves a disclosure waiting for review: it is published. */
  async approve(id: string, user: AuthUser): Promise<DisclosureDto> {
    return this.work.run(async (tx) => {
      const disclosure = await this.lock(tx.manager, id, user, 'reviewer');
      this.advance(disclosure, 'approve');
      await tx.audit('disclosure.approve', { type: 'disclosure', id }, { version: disclosure.currentVersion });
      await this.publishCurrent(tx.manager, disclosure);
      return this.get(id, user, tx.manager);
    });
  }

  /** Publishes the current version (the status is already `published`) and announces it. */
  async publishCurrent(manager: EntityManager, disclosure: Disclosure): Promise<void> {
    const now = clock.now();
    disclosure.status = 'published';
    disclosure.firstPublishedAt = now;
    disclosure.updatedAt = now;
    await manager.save(Disclosure, disclosure);
    await manager.update(DisclosureVersion, { disclosureId: disclosure.id, version: disclosure.currentVersion }, { publishedAt: now });
    await logPublication(manager, { disclosureId: disclosure.id, version: disclosure.currentVersion, change: 'published', publishedAt: now });
    await recordAudit(manager, 'disclosure.publish', { type: 'disclosure', id: disclosure.id }, { version: disclosure.currentVersion });
    await appendToOutbox(manager, DisclosurePublished, disclosure.id, await this.eventSummary(manager, disclosure, now));
  }

  /** A published record is never changed in place: the correction becomes the next public version. */
  async correct(id: string, input: CorrectDisclosureDto, user: AuthUser): Promise<DisclosureDto> {
    const { reason, ...content } = input;
    return this.work.run(async (tx) => {
      const disclosure = await this.lock(tx.manager, id, user, 'clerk');
      this.advance(disclosure, 'correct');
      const before = await this.auditedContent(tx.manager, disclosure);
      const now = clock.now();
      disclosure.currentVersion += 1;
      disclosure.title = content.title;
      disclosure.updatedAt = now;
      await this.writeVersion(tx.manager, id, disclosure.currentVersion, content, reason, user.id, now);
      await tx.manager.save(Disclosure, disclosure);
      await logPublication(tx.manager, { disclosureId: id, version: disclosure.currentVersion, change: 'corrected', publishedAt: now });
      const changes = changedFields(before, await this.auditedContent(tx.manager, disclosure));
      await tx.audit('disclosure.correct', { type: 'disclosure', id }, { version: disclosure.currentVersion, reason, changes });
      await tx.publish(DisclosureCorrected, id, { ...(await this.eventSummary(tx.manager, disclosure, now)), reason: maskPersonalNumbers(reason) });
      return this.get(id, user, tx.manager);
    });
  }

  /** Pass the transaction's manager to answer a write from what it is about to commit. */
  async get(id: string, user: AuthUser | undefined, db: EntityManager = this.dataSource.manager): Promise<DisclosureDto> {
    const disclosure = await db.findOneBy(Disclosure, { id });
    const privileged = disclosure !== null && isPrivilegedFor(user, disclosure.unitCode);
    // An unpublished record does not exist for the public, so its id leaks nothing.
    if (disclosure === null || (disclosure.status !== 'published' && !privileged)) throw disclosureProblems.notFound(id);
    const item = await db.findOneByOrFail(SupervisionItem, { id: disclosure.itemId });
    const version = await db.findOneByOrFail(DisclosureVersion, { disclosureId: id, version: disclosure.currentVersion });
    return {
      id: disclosure.id,
      unitCode: disclosure.unitCode,
      itemCode: item.code,
      itemName: item.name,
      period: disclosure.period,
      status: disclosure.status,
      currentVersion: disclosure.currentVersion,
      title: privileged ? disclosure.title : maskPersonalNumbers(disclosure.title),
      firstPublishedAt: disclosure.firstPublishedAt?.toISOString() ?? null,
      createdAt: disclosure.createdAt.toISOString(),
      updatedAt: disclosure.updatedAt.toISOString(),
      personalDataMasked: !privileged,
      content: (await this.versionDtos(db, disclosure, [version], !privileged))[0]!,
    };
  }

  async list(query: DisclosureQueryDto, user: AuthUser | undefined): Promise<Page<DisclosureListItemDto>> {
    const status = query.status ?? 'published';
    if (status !== 'published') {
      const allowed = user?.roles.includes('discipline-supervisor') === true || (query.unitCode !== undefined && isPrivilegedFor(user, query.unitCode));
      if (!allowed) {
        throw disclosureProblems.unpublishedListForbidden();
      }
    }
    const builder = this.dataSource.manager
      .createQueryBuilder(Disclosure, 'disclosure')
      .innerJoin(SupervisionItem, 'item', 'item.id = disclosure.itemId')
      .select([
        'disclosure.id AS id',
        'disclosure.unitCode AS unit_code',
        'item.code AS item_code',
        'disclosure.period AS period',
        'disclosure.status AS status',
      ])
      .addSelect([
        'disclosure.currentVersion AS current_version',
        'disclosure.title AS title',
        'disclosure.firstPublishedAt AS first_published_at',
        'disclosure.createdAt AS created_at',
      ])
      .where('disclosure.status = :status', { status })
      .orderBy('disclosure.createdAt', 'DESC')
      .addOrderBy('disclosure.id', 'DESC')
      .limit(query.limit + 1);
    if (query.unitCode !== undefined) builder.andWhere('disclosure.unitCode = :unitCode', { unitCode: query.unitCode });
    if (query.itemCode !== undefined) builder.andWhere('item.code = :itemCode', { itemCode: query.itemCode });
    if (query.period !== undefined) builder.andWhere('disclosure.period = :period', { period: query.period });
    if (query.cursor !== undefined) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      builder.andWhere('(disclosure.createdAt, disclosure.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows: {
      id: string;
      unit_code: string;
      item_code: string;
      period: string;
      status: string;
      current_version: number;
      title: string;
      first_published_at: Date | null;
      created_at: Date;
    }[] = await builder.getRawMany();
    // Only published rows reach the public; their titles are screened like every public text.
    const publicView = status === 'published';
    return toPage(
      rows,
      query.limit,
      (row) => [new Date(row.created_at).toISOString(), row.id],
      (row) => ({
        id: row.id,
        unitCode: row.unit_code,
        itemCode: row.item_code,
        period: row.period,
        status: row.status,
        currentVersion: row.current_version,
        title: publicView ? maskPersonalNumbers(row.title) : row.title,
        firstPublishedAt: row.first_published_at === null ? null : new Date(row.first_published_at).toISOString(),
        createdAt: new Date(row.created_at).toISOString(),
      }),
    );
  }

  /** Public history: every published version, oldest first; the unit's staff and supervisors also see the unpublished one. */
  async versions(id: string, query: PageQueryDto, user: AuthUser | undefined): Promise<Page<DisclosureVersionDto>> {
    const disclosure = await this.dataSource.manager.findOneBy(Disclosure, { id });
    const privileged = disclosure !== null && isPrivilegedFor(user, disclosure.unitCode);
    if (disclosure === null || (disclosure.status !== 'published' && !privileged)) throw disclosureProblems.notFound(id);
    const builder = this.dataSource.manager
      .createQueryBuilder(DisclosureVersion, 'version')
      .where('version.disclosureId = :id', { id })
      .orderBy('version.version', 'ASC')
      .limit(query.limit + 1);
    if (!privileged) builder.andWhere('version.publishedAt IS NOT NULL');
    if (query.cursor !== undefined) {
      const [after] = decodeCursor(query.cursor, 1);
      builder.andWhere('version.version > :after', { after: Number(after) });
    }
    const rows = await builder.getMany();
    const page = toPage(
      rows,
      query.limit,
      (row) => [row.version],
      (row) => row,
    );
    return { ...page, items: await this.versionDtos(this.dataSource.manager, disclosure, page.items, !privileged) };
  }

  private advance(disclosure: Disclosure, action: DisclosureAction): void {
    try {
      disclosure.status = nextDisclosureStatus(disclosure.status, action);
      disclosure.updatedAt = clock.now();
    } catch (error) {
      if (error instanceof DisclosureTransitionError) throw disclosureProblems.invalidTransition(error);
      throw error;
    }
  }

  /** Row lock first, so concurrent transitions of one record run one after the other. */
  private async lock(manager: EntityManager, id: string, user: AuthUser, as: 'clerk' | 'reviewer'): Promise<Disclosure> {
    return loadAuthorised(
      () => manager.findOne(Disclosure, { where: { id }, lock: { mode: 'pessimistic_write' } }),
      () => disclosureProblems.notFound(id),
      (disclosure) => {
        if (!isPrivilegedFor(user, disclosure.unitCode)) {
          // Someone else's draft does not exist for this caller; a published record is public, so say no plainly.
          if (disclosure.status !== 'published') throw disclosureProblems.notFound(id);
          assertUnitAccess(user, disclosure.unitCode);
        }
        // Supervisors review (publish, return) but a unit's own records are entered by its clerks.
        if (as === 'clerk') assertUnitAccess(user, disclosure.unitCode);
      },
    );
  }

  private async writeVersion(
    manager: EntityManager,
    disclosureId: string,
    version: number,
    content: DisclosureContentDto,
    correctionReason: string | null,
    createdBy: string,
    publishedAt: Date | null,
  ): Promise<void> {
    const lines = content.lines.map((line) => ({ label: line.label, quantity: line.quantity, unit: line.unit }));
    let totals;
    try {
      totals = totalsOf(lines);
    } catch (error) {
      throw disclosureProblems.invalidQuantity((error as Error).message);
    }
    const row = manager.create(DisclosureVersion, {
      disclosureId,
      version,
      title: content.title,
      summary: content.summary,
      lines,
      totals,
      attachments: content.attachments.map((attachment) => ({ name: attachment.name, reference: attachment.reference })),
      correctionReason,
      createdAt: clock.now(),
      createdBy,
      publishedAt,
    });
    await manager.save(DisclosureVersion, row);
    const recipients = content.recipients.map((recipient, position) =>
      manager.create(DisclosureRecipient, {
        disclosureId,
        version,
        position,
        nameEncrypted: this.cipher.encrypt(recipient.name),
        nameHash: this.cipher.lookupHash(recipient.name),
        idNumberEncrypted: recipient.idNumber === undefined ? null : this.cipher.encrypt(recipient.idNumber.toUpperCase()),
        idNumberHash: recipient.idNumber === undefined ? null : this.cipher.lookupHash(recipient.idNumber),
        amount: recipient.amount ?? null,
        note: recipient.note ?? null,
      }),
    );
    if (recipients.length > 0) await manager.insert(DisclosureRecipient, recipients);
  }

  /**
   * What the trail compares across an edit or a correction: recipients masked, free text as typed — the public's
   * masked copy would hide a correction that only fixes the digits it masks.
   */
  private async auditedContent(manager: EntityManager, disclosure: Disclosure): Promise<Record<string, unknown>> {
    const row = await manager.findOneByOrFail(DisclosureVersion, { disclosureId: disclosure.id, version: disclosure.currentVersion });
    const { recipients } = (await this.versionDtos(manager, disclosure, [row], true))[0]!;
    return { title: row.title, summary: row.summary, lines: row.lines, totals: row.totals, recipients, attachments: row.attachments };
  }

  /** Views of versions of one disclosure, their recipients read in one query; recipients shown in full are recorded as revealed. */
  private async versionDtos(
    manager: EntityManager,
    disclosure: Pick<Disclosure, 'id' | 'unitCode'>,
    versions: DisclosureVersion[],
    masked: boolean,
  ): Promise<DisclosureVersionDto[]> {
    if (versions.length === 0) return [];
    const recipients = await manager.find(DisclosureRecipient, {
      where: { disclosureId: disclosure.id, version: In(versions.map((version) => version.version)) },
      order: { version: 'ASC', position: 'ASC' },
    });
    if (!masked && recipients.length > 0) {
      revealPersonalData({
        recordType: 'disclosure',
        recordId: disclosure.id,
        recordUnits: [disclosure.unitCode],
        fields: recipients.some((recipient) => recipient.idNumberEncrypted !== null) ? ['recipients.name', 'recipients.idNumber'] : ['recipients.name'],
      });
    }
    const byVersion = groupRows(recipients, (recipient) => recipient.version);
    // Free text typed by clerks may hold an ID or phone number: the public sees it masked, the unit's staff as stored.
    const text = (value: string) => (masked ? maskPersonalNumbers(value) : value);
    return versions.map((version) => ({
      version: version.version,
      title: text(version.title),
      summary: text(version.summary),
      lines: version.lines.map((line) => ({ ...line, label: text(line.label) })),
      totals: version.totals,
      recipients: (byVersion.get(version.version) ?? []).map((recipient) => this.recipientDto(recipient, masked)),
      attachments: version.attachments.map((attachment) => ({ ...attachment, name: text(attachment.name), reference: text(attachment.reference) })),
      correctionReason: version.correctionReason === null ? null : text(version.correctionReason),
      publishedAt: version.publishedAt?.toISOString() ?? null,
      createdAt: version.createdAt.toISOString(),
    }));
  }

  private recipientDto(recipient: DisclosureRecipient, masked: boolean): RecipientDto {
    const name = this.cipher.decrypt(recipient.nameEncrypted);
    const idNumber = recipient.idNumberEncrypted === null ? null : this.cipher.decrypt(recipient.idNumberEncrypted);
    return {
      name: masked ? maskName(name) : name,
      idNumber: idNumber === null ? null : masked ? maskIdNumber(idNumber) : idNumber,
      amount: recipient.amount,
      note: recipient.note === null || !masked ? recipient.note : maskPersonalNumbers(recipient.note),
    };
  }

  private async eventSummary(manager: EntityManager, disclosure: Disclosure, publishedAt: Date) {
    const item = await manager.findOneByOrFail(SupervisionItem, { id: disclosure.itemId });
    const recipientCount = await manager.countBy(DisclosureRecipient, { disclosureId: disclosure.id, version: disclosure.currentVersion });
    return {
      disclosureId: disclosure.id,
      unitCode: disclosure.unitCode,
      itemCode: item.code,
      period: disclosure.period,
      title: maskPersonalNumbers(disclosure.title),
      version: disclosure.currentVersion,
      recipientCount,
      publishedAt: publishedAt.toISOString(),
    };
  }
}
