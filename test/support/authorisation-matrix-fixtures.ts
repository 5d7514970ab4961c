import { addCalendarDays } from '#working-calendar/core';
import { clock, type Role } from '#platform';
import { DEMO_YANG_ID_NUMBER, demoIdNumber as idNumber } from '../../apps/credit/src/demo/credit.demo-data.js';
import { creditCodeCheckCharacter } from '../../apps/party/src/surveyed-entities/credit-code.js';
import type { Scope, UnitScope } from './authorisation-matrix.js';
import { exampleValue, type JsonSchema, type OpenApiDocument, type Operation } from './openapi-fuzz.js';
import type { TestPlatform } from './test-platform.js';

/**
 * Real records for the authorisation matrix (on top of the demo data), and the requests and callers built from
 * them: path parameters name these records, bodies are the document's examples with the ids swapped in, and
 * "own unit" means the unit owning them.
 */

/** The unit owning the matrix's records, and a unit that owns none of them, by area. */
const UNITS = {
  // Every demo community (盛塘, 乌岭, 罗冲) is in the 菱北 sub-district.
  credit: { own: 'lingbei', other: 'laofeng' },
  // The department complaints about disclosures are routed to.
  complaints: { own: 'discipline-office', other: 'business-environment-office' },
  supervision: { own: 'shengtang', other: 'wuling' },
  // Land and Party records belong to no unit (their rules name people); the tokens still vary.
  land: { own: 'lingbei', other: 'laofeng' },
  party: { own: 'lingbei', other: 'laofeng' },
  // The gateway's zone-wide audit view (path /api/v1/audit-log): rows belong to the units their writers acted for.
  'audit-log': { own: 'shengtang', other: 'wuling' },
};

/** Who an `assigned` record names, by role (see OWNER_OVERRIDES for the exceptions). */
const OWNERS: Partial<Record<Role, string>> = {
  resident: 'demo-resident-yang',
  merchant: 'demo-merchant-car',
  'task-force': 'matrix-task-force',
  'party-instructor': 'instructor-01',
  'org-secretary': 'matrix-secretary',
};

/** The receiving organisation's secretary accepts a transfer. */
const OWNER_OVERRIDES: Record<string, string> = {
  partyAcceptMemberTransfer: 'matrix-secretary-receiving',
};

/** Writes that would take away what later operations' cases need run last, in this order. */
const LAST_WRITES = ['partyRemoveOrganisationMemberEntity', 'creditRetireIndicator', 'supervisionRetireItem', 'landRemoveBatchParcel'];

export interface MatrixRequest {
  method: string;
  url: string;
  body?: string;
}

export interface MatrixFixtures {
  requestFor(operation: Operation, role?: Role): MatrixRequest;
  callerFor(operation: Operation, role: Role, scope: Scope, unitScope: UnitScope): { units: string[]; subject: string };
  orderWrites(operations: Operation[]): Operation[];
}

function unitsFor(operation: Operation): { own: string; other: string } {
  if (operation.service === 'supervision' && /\/complaint/.test(operation.path)) return UNITS.complaints;
  return UNITS[operation.service as keyof typeof UNITS];
}

type Json = Record<string, unknown>;

export async function matrixFixtures(platform: TestPlatform, document: OpenApiDocument): Promise<MatrixFixtures> {
  /** A zone-level caller with one role, through the gateway as a client would. */
  async function call<T = Json>(method: string, url: string, role: Role, body?: unknown, subject = `matrix-fixtures-${role}`): Promise<T> {
    const token = await platform.identity.token([role], ['zone'], subject);
    const response = await fetch(`${platform.gatewayUrl}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`matrix fixture: ${method} ${url} answered ${response.status}: ${text.slice(0, 400)}`);
    return (text === '' ? {} : JSON.parse(text)) as T;
  }
  /** The document's example body of an operation. */
  function bodyExample(operationId: string): Json {
    const operation = Object.values(document.paths)
      .flatMap((item) => Object.values(item))
      .find((candidate) => candidate.operationId === operationId)!;
    return exampleValue(document, operation.requestBody!.content['application/json']!.schema) as Json;
  }
  const items = async (url: string, role: Role): Promise<Json[]> => (await call<{ items: Json[] }>('GET', url, role)).items;
  const today = clock.today();
  const yesterday = addCalendarDays(today, -1);

  // ── credit ──
  const yang = await call('POST', '/api/v1/credit/residents/lookups', 'credit-staff', { idNumber: DEMO_YANG_ID_NUMBER });
  const yangHousehold = String(yang.householdId);
  const [yangEntry] = await items(`/api/v1/credit/ledger-entries?residentId=${String(yang.id)}&limit=1`, 'credit-staff');
  const deduction = (reason: string) =>
    call('POST', '/api/v1/credit/ledger-entries', 'credit-staff', {
      residentId: yang.id,
      indicatorCode: 'MIS-02',
      occurredOn: today,
      reason,
      evidence: '网格员记录',
    });
  const appealed = await deduction('违规燃放烟花爆竹（申诉样例）');
  const appealable = await deduction('违规燃放烟花爆竹（待申诉）');
  const appeal = await call('POST', '/api/v1/credit/appeals', 'credit-staff', { entryId: appealed.id, reason: '当日本人不在社区，扣分有误' });
  const reversible = await call('POST', '/api/v1/credit/ledger-entries', 'credit-staff', {
    residentId: yang.id,
    indicatorCode: 'ENV-02',
    occurredOn: today,
    reason: '垃圾分类',
    evidence: '检查记录',
  });
  const [goods] = await items('/api/v1/credit/goods?communityCode=shengtang&limit=1', 'credit-staff');
  const [order] = await items(`/api/v1/credit/redemption-orders?residentId=${String(yang.id)}&limit=1`, 'credit-staff');
  const indicators = await items('/api/v1/credit/indicators?limit=100', 'credit-staff');
  const retirable = indicators.find((indicator) => indicator.code === 'AID-04')!;
  const benefits = await items('/api/v1/credit/benefits?limit=100', 'credit-staff');
  const benefit = benefits.find((candidate) => candidate.code === 'LB-CAR-01-SERVICE')!;
  const card = await call('GET', `/api/v1/credit/households/${yangHousehold}/cards`, 'credit-staff');
  const [mover] = (await items('/api/v1/credit/residents?communityCode=shengtang&limit=100', 'credit-staff')).filter(
    (resident) => resident.householdId !== yangHousehold,
  );

  // ── supervision ──
  const supervisionItems = await items('/api/v1/supervision/supervision-items?limit=100', 'discipline-supervisor');
  const itemId = (code: string) => String(supervisionItems.find((item) => item.code === code)!.id);
  const disclosureBody = (period: string) => ({ ...bodyExample('supervisionCreateDisclosure'), period });
  const draft = await call('POST', '/api/v1/supervision/disclosures', 'village-clerk', disclosureBody('2026-05'));
  const published = await call('POST', '/api/v1/supervision/disclosures', 'village-clerk', disclosureBody('2026-04'));
  await call('POST', `/api/v1/supervision/disclosures/${String(published.id)}/submission`, 'village-clerk');
  await call('POST', `/api/v1/supervision/disclosures/${String(published.id)}/publication`, 'discipline-supervisor');
  const spotCheck = await call('POST', '/api/v1/supervision/spot-checks', 'discipline-supervisor', {
    seed: 'matrix',
    sampleSize: 5,
    unitCode: 'shengtang',
    itemCode: 'L-02',
    period: '2026-04',
  });
  const finding = await call('POST', `/api/v1/supervision/spot-checks/${String(spotCheck.id)}/findings`, 'discipline-supervisor', {
    disclosureId: published.id,
    kind: 'omission',
    description: '花名册漏报1名儿童',
    rectificationWorkingDays: 5,
  });
  const filed = await call('POST', '/api/v1/supervision/complaints', 'discipline-supervisor', {
    category: 'disclosure',
    unitCode: 'shengtang',
    content: '公示内容与实际发放不符。',
    anonymous: false,
    contact: { name: '王先生', phone: '13955612345' },
  });
  // The complainant's answer carries the tracking code only; the record's id is for staff.
  const complaint = (await items('/api/v1/supervision/complaints?limit=100', 'discipline-supervisor')).find(
    (candidate) => candidate.trackingCode === filed.trackingCode,
  )!;
  const policy = await call('POST', '/api/v1/supervision/business-policies', 'zone-admin', bodyExample('supervisionCreateBusinessPolicy'));

  // ── land ──
  const [project, otherProject] = await items('/api/v1/land/projects?limit=2', 'land-staff');
  const member = { userId: OWNERS['task-force'], name: '矩阵测试专班成员', department: '自然资源和规划分局', role: 'lead' };
  await call('PUT', `/api/v1/land/projects/${String(project!.id)}/assignment`, 'land-staff', {
    responsibleLeader: { userId: 'leader-wang', name: '王主任', position: '经开区管委会副主任' },
    taskForce: { name: '矩阵测试专班', members: [member] },
  });
  const batch = await call('POST', '/api/v1/land/batches', 'land-staff', {
    name: '矩阵测试批次',
    openedOn: '2026-02-02',
    targetDate: '2026-04-27',
    legalDueOn: '2026-06-30',
    parcels: [
      { projectId: project!.id, parcelCode: 'MX-01', areaMu: '10', description: '矩阵测试地块一' },
      { projectId: project!.id, parcelCode: 'MX-02', areaMu: '12', description: '矩阵测试地块二' },
    ],
  });
  const [approvedBatch] = await items('/api/v1/land/approved-batches?limit=1', 'land-staff');
  const [meeting] = await items('/api/v1/land/meetings?limit=1', 'land-staff');
  const actionItem = await call('POST', `/api/v1/land/meetings/${String(meeting!.id)}/action-items`, 'land-staff', {
    ...bodyExample('landAddActionItem'),
    projectId: project!.id,
  });

  // ── party ──
  const instructor = await call('GET', `/api/v1/party/instructors/${OWNERS['party-instructor']}`, 'party-committee');
  // The first five are already in the demo's joint branch; an entity belongs to one organisation.
  const assignedCode = (instructor.entityCreditCodes as string[]).at(-1)!;
  const entity = (await items(`/api/v1/party/entities?creditCode=${assignedCode}`, 'party-committee'))[0]!;
  const organisation = await call('POST', '/api/v1/party/organisations', 'party-committee', {
    name: '矩阵测试党支部',
    type: 'branch',
    formationMode: 'standalone',
    memberEntityCreditCodes: [entity.creditCode],
    secretaryUserId: OWNERS['org-secretary'],
    secretaryName: '矩阵书记',
  });
  const receiving = await call('POST', '/api/v1/party/organisations', 'party-committee', {
    name: '矩阵测试接收党支部',
    type: 'branch',
    formationMode: 'standalone',
    memberEntityCreditCodes: [],
    secretaryUserId: OWNER_OVERRIDES.partyAcceptMemberTransfer,
    secretaryName: '接收书记',
  });
  const memberBody = (sequence: number) => ({
    organisationId: organisation.id,
    name: '张某某',
    idNumber: idNumber('19850101', sequence),
    phone: '13955612345',
    status: 'floating',
  });
  const partyMember = await call('POST', '/api/v1/party/members', 'party-committee', memberBody(801));
  const movingMember = await call('POST', '/api/v1/party/members', 'party-committee', memberBody(802));
  const transfer = await call('POST', `/api/v1/party/members/${String(movingMember.id)}/transfers`, 'party-committee', {
    toOrganisationId: receiving.id,
    reason: '工作调动',
    on: today,
  });
  const survey = await call('POST', '/api/v1/party/surveys', 'party-committee', {
    ...bodyExample('partyRecordSurvey'),
    creditCode: entity.creditCode,
    surveyedOn: today,
  });
  const activity = await call('POST', '/api/v1/party/volunteer-activities', 'party-committee', {
    ...bodyExample('partyRecordVolunteerActivity'),
    organisationId: organisation.id,
  });
  const [campaign] = await items('/api/v1/party/survey-campaigns?limit=1', 'party-committee');
  const [station] = await items('/api/v1/party/red-stations?limit=1', 'party-committee');
  const [demand] = await items('/api/v1/party/worker-demands?limit=1', 'party-committee');

  /** Path parameter values by `<service>:<segment before the parameter>`. */
  const pathValues: Record<string, string> = {
    'credit:indicators': String(retirable.id),
    'credit:households': yangHousehold,
    'credit:residents': String(yang.id),
    'credit:ledger-entries': String(yangEntry!.id),
    'credit:goods': String(goods!.id),
    'credit:redemption-orders': String(order!.id),
    'credit:appeals': String(appeal.id),
    'supervision:supervision-items': itemId('L-02'),
    'supervision:disclosures': String(draft.id),
    'supervision:complaints': String(complaint.id),
    'supervision:tracking': String(complaint.trackingCode),
    'supervision:spot-checks': String(spotCheck.id),
    'supervision:findings': String(finding.id),
    'supervision:business-policies': String(policy.id),
    'land:projects': String(project!.id),
    'land:batches': String(batch.id),
    'land:parcels': String((batch.parcels as Json[])[1]!.id),
    'land:approved-batches': String(approvedBatch!.id),
    'land:meetings': String(meeting!.id),
    'land:action-items': String(actionItem.id),
    'party:entities': String(entity.id),
    'party:member-entities': String(entity.id),
    'party:organisations': String(organisation.id),
    'party:members': String(partyMember.id),
    'party:member-transfers': String(transfer.id),
    'party:instructors': OWNERS['party-instructor']!,
    'party:volunteer-activities': String(activity.id),
    'party:red-stations': String(station!.id),
    'party:worker-demands': String(demand!.id),
    'party:survey-campaigns': String(campaign!.id),
    'party:surveys': String(survey.id),
  };
  const pathOverrides: Record<string, Record<string, string>> = {
    creditMoveResident: { id: String(mover!.id) },
    creditReverseLedgerEntry: { id: String(reversible.id) },
    supervisionRetireItem: { id: itemId('L-04') },
    // A draft is nobody's business but its unit's: public reads get the published one.
    supervisionGetDisclosure: { id: String(published.id) },
    supervisionListDisclosureVersions: { id: String(published.id) },
    landAssignProject: { id: String(otherProject!.id) },
    partyGetLedgerEntry: { entityId: String(entity.id) },
    partyListLedgerColourChanges: { entityId: String(entity.id) },
    partySetLedgerOverride: { entityId: String(entity.id) },
    partyClearLedgerOverride: { entityId: String(entity.id) },
  };
  /** Body fields for one role only: a resident orders for themselves and names nobody. */
  const roleBodyOverrides: Record<string, Json> = {
    'creditCreateRedemptionOrder:resident': { residentId: undefined },
  };
  /**
   * Query parameters beyond the required ones. QR codes come as SVG: who may fetch one does not depend on the format,
   * and PNG encoding runs tens of times slower inside Jest's module sandbox than in a service process.
   */
  const queryOverrides: Record<string, Record<string, string>> = {
    supervisionListFindings: { unitCode: UNITS.supervision.own },
    supervisionGetUnitEntryQr: { format: 'svg' },
    creditGetServiceCardQr: { format: 'svg' },
  };
  /** Body fields replacing the examples' (undefined removes a field): ids of the records above, fresh codes. */
  const bodyOverrides: Record<string, Json> = {
    creditCreateIndicator: { code: 'MX-01' },
    creditCreateIndicatorVersion: { effectiveFrom: `${Number(today.slice(0, 4)) + 1}-01-01` },
    creditCreateCommunity: { code: 'matrix-community', subDistrictCode: UNITS.credit.own },
    creditCreateHousehold: { householdNumber: 'ST-9001' },
    creditCreateResident: { householdNumber: 'ST-0002', idNumber: idNumber('19900101', 901), phone: '13900009901', accountId: undefined },
    creditUpdateResident: { accountId: undefined },
    creditImportResidents: { csv: `householdNumber,name,idNumber,phone\nST-0002,赵某某,${idNumber('19820307', 902)},13900009902\n` },
    creditCreateLedgerEntry: { residentId: yang.id, residentIdNumber: undefined, occurredOn: today },
    creditCreateGoods: { code: 'ST-MX-01' },
    creditCreateRedemptionOrder: { goodsId: goods!.id, goodsCode: undefined, residentId: yang.id, residentIdNumber: undefined },
    creditRecordHistoricalRedemption: {
      goodsId: goods!.id,
      goodsCode: undefined,
      residentId: yang.id,
      residentIdNumber: undefined,
      occurredOn: yesterday,
      points: 1,
    },
    creditRecordHistoricalBenefitUse: { occurredOn: yesterday },
    creditCreateMerchant: { code: 'LB-MX-01', unitCode: UNITS.credit.own, accountId: 'matrix-merchant' },
    creditCreateBenefit: { code: 'LB-MX-01-SERVICE' },
    creditVerifyServiceCard: { benefitId: benefit.id, cardNumber: undefined, qrPayload: card.qrPayload },
    creditRecordBenefitUse: { benefitId: benefit.id, cardNumber: undefined, qrPayload: card.qrPayload },
    creditFileAppeal: { entryId: appealable.id },
    supervisionCreateDisclosure: { period: '2026-06' },
    supervisionCreateUnit: { code: 'matrix-unit' },
    supervisionCreateItem: { code: 'MX-01', sourceEvent: undefined },
    supervisionFileComplaint: { disclosureId: published.id },
    supervisionRecordComplaint: { category: 'disclosure' },
    supervisionRouteComplaint: { department: UNITS.complaints.own },
    supervisionRaiseFinding: { disclosureId: published.id },
    landRegisterProject: { id: undefined },
    landCreateBatch: { parcels: [{ projectId: project!.id, parcelCode: 'MX-10', areaMu: '5' }] },
    landAddBatchParcel: { projectId: project!.id, parcelCode: 'MX-11' },
    landRecordApprovedBatch: { parcels: [{ projectId: project!.id, parcelCode: 'MX-20', areaMu: '5' }] },
    landCreateDispatchMeeting: {
      projectIds: [project!.id],
      actionItems: [{ projectId: project!.id, description: '矩阵测试事项', owner: '国土规划建设局', dueOn: '2026-02-20' }],
    },
    landAddActionItem: { projectId: project!.id },
    partyRegisterEntity: { creditCode: `91340800MAMX00001${creditCodeCheckCharacter('91340800MAMX00001')}` },
    partyRecordSurvey: { creditCode: entity.creditCode, surveyedOn: today },
    partyEstablishOrganisation: { parentId: undefined, memberEntityCreditCodes: [], secretaryUserId: undefined, secretaryName: undefined },
    // Only the committee appoints secretaries; the example's would also replace the matrix's.
    partyUpdateOrganisation: { secretaryUserId: undefined, secretaryName: undefined },
    partyAddOrganisationMemberEntity: { creditCode: entity.creditCode },
    partyEstablishMassOrganisation: { creditCode: entity.creditCode },
    partyRegisterMember: { organisationId: organisation.id, externalOrganisation: undefined, idNumber: idNumber('19850101', 803) },
    partyRequestMemberTransfer: { toOrganisationId: receiving.id, on: today },
    partyApproveMemberTransfer: { on: today },
    partyAcceptMemberTransfer: { on: today },
    partyRejectMemberTransfer: { on: today },
    partySetLedgerOverride: { expiresOn: `${Number(today.slice(0, 4)) + 1}-06-30` },
    partyRecordInstructorVisit: { creditCode: entity.creditCode },
    partyRegisterInstructor: { userId: 'matrix-instructor', entityCreditCodes: [entity.creditCode] },
    partyAssignInstructorEntity: { creditCode: entity.creditCode },
    partyRecordVolunteerActivity: { organisationId: organisation.id },
    partyCollectWorkerDemand: { redStationId: station!.id },
  };

  function parameterExample(operation: Operation, name: string): string {
    const raw = document.paths[operation.path]![operation.method.toLowerCase()]!.parameters?.find((parameter) => parameter.name === name) as
      { example?: unknown; schema?: JsonSchema } | undefined;
    return String(raw?.example ?? exampleValue(document, raw?.schema ?? { type: 'string' }));
  }

  return {
    requestFor(operation, role) {
      let url = operation.path;
      for (const parameter of operation.pathParameters) {
        const segment = operation.path
          .slice(0, operation.path.indexOf(`/{${parameter.name}}`))
          .split('/')
          .pop()!;
        const value =
          pathOverrides[operation.id]?.[parameter.name] ?? pathValues[`${operation.service}:${segment}`] ?? parameterExample(operation, parameter.name);
        url = url.replace(`{${parameter.name}}`, encodeURIComponent(value));
      }
      const query = new URLSearchParams();
      for (const parameter of operation.queryParameters.filter((candidate) => candidate.required))
        query.set(parameter.name, parameterExample(operation, parameter.name));
      for (const [name, value] of Object.entries(queryOverrides[operation.id] ?? {})) query.set(name, value);
      const search = query.toString();
      let body: string | undefined;
      if (operation.body !== undefined) {
        const base = exampleValue(document, operation.body);
        body = JSON.stringify(
          base !== null && typeof base === 'object' && !Array.isArray(base)
            ? { ...base, ...bodyOverrides[operation.id], ...roleBodyOverrides[`${operation.id}:${role}`] }
            : base,
        );
      }
      return { method: operation.method, url: search === '' ? url : `${url}?${search}`, body };
    },
    callerFor(operation, role, scope, unitScope) {
      const units = unitsFor(operation);
      const owner = OWNER_OVERRIDES[operation.id] ?? OWNERS[role] ?? `matrix-${role}`;
      if (scope === 'zone') return { units: { own: ['zone'], other: [units.own], none: [] }[unitScope], subject: `matrix-${role}` };
      const subject = scope === 'assigned' ? (unitScope === 'own' ? owner : `matrix-stranger-${role}`) : `matrix-${role}`;
      return { units: { own: [units.own], other: [units.other], none: [] }[unitScope], subject };
    },
    orderWrites(operations) {
      const rank = (operation: Operation) => LAST_WRITES.indexOf(operation.id);
      return [...operations].sort((a, b) => rank(a) - rank(b));
    },
  };
}
