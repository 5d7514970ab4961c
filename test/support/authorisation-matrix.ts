import type { Role } from '#platform';

/**
 * Who may call every operation of openapi/zone-gov-platform.json, written down once. The authorisation matrix
 * test (test/authorisation-matrix.e2e-spec.ts) calls each operation as anonymous, as every role and, for the
 * roles allowed, with a token for the record's own unit, for another unit and for no unit at all; it fails on an
 * operation of the document without a row here, and on a row whose operation no longer exists.
 *
 * `access`: `public` (no token needed) or the roles the route accepts (everyone else: 403).
 * `scope` (for the roles allowed; default `any`), per operation or per role:
 * - `any`: the role's rights do not depend on units (lists may still narrow their rows to the caller's units);
 * - `own-unit`: only for the unit owning the record or named in the body (or `zone`); others get 403 or 404;
 * - `zone`: binds the whole zone, so only callers holding the `zone` unit; a sub-district's staff get 403;
 * - `assigned`: only the person the record names (the resident themselves, the merchant's account, a member of
 *   the project's task force, the instructor assigned to the entity, the organisation's secretary); anyone else
 *   with the role gets 403 or 404, whatever their units.
 * The document must say so too: an operation that scopes any role other than `any` states its rule in `x-unit-rule`
 * (`@ApiAuth({ units })`), and `x-unit-rule: zone` (enforced by the guard) only where every role's scope is `zone`.
 */
export type Scope = 'any' | 'own-unit' | 'zone' | 'assigned';

export interface AccessRule {
  access: 'public' | readonly [Role, ...Role[]];
  scope?: Scope | Partial<Record<Role, Scope>>;
}

/** The scope one role has on an operation (public operations: `any`). */
export function scopeOf(rule: AccessRule, role: Role): Scope {
  if (rule.scope === undefined) return 'any';
  return typeof rule.scope === 'string' ? rule.scope : (rule.scope[role] ?? 'any');
}

/** The unit scopes a token is minted with: the record's own unit, another unit, no unit at all. */
export const UNIT_SCOPES = ['own', 'other', 'none'] as const;
export type UnitScope = (typeof UNIT_SCOPES)[number];

export const AUTHORISATION_MATRIX: Readonly<Record<string, AccessRule>> = {
  // ── the gateway's zone-wide views ──
  zoneListAuditLog: { access: ['discipline-supervisor', 'zone-admin'] },
  // ── credit ──
  creditCreateIndicator: { access: ['credit-staff'], scope: 'zone' },
  creditListIndicators: { access: 'public' },
  creditGetIndicator: { access: 'public' },
  creditRetireIndicator: { access: ['credit-staff'], scope: 'zone' },
  creditCreateIndicatorVersion: { access: ['credit-staff'], scope: 'zone' },
  creditListIndicatorVersions: { access: 'public' },
  creditCreateCommunity: { access: ['credit-staff'], scope: 'own-unit' },
  creditListCommunities: { access: 'public' },
  creditCreateHousehold: { access: ['credit-staff'], scope: 'own-unit' },
  creditListHouseholds: { access: ['credit-staff', 'resident'] },
  creditGetHousehold: { access: ['credit-staff', 'resident'], scope: { 'credit-staff': 'own-unit', resident: 'assigned' } },
  creditCreateResident: { access: ['credit-staff'], scope: 'own-unit' },
  creditListResidents: { access: ['credit-staff', 'resident'] },
  creditLookUpResident: { access: ['credit-staff'], scope: 'own-unit' },
  creditGetResident: { access: ['credit-staff', 'resident'], scope: { 'credit-staff': 'own-unit', resident: 'assigned' } },
  creditUpdateResident: { access: ['credit-staff'], scope: 'own-unit' },
  creditMoveResident: { access: ['credit-staff'], scope: 'own-unit' },
  creditImportResidents: { access: ['credit-staff'], scope: 'own-unit' },
  creditCreateLedgerEntry: { access: ['credit-staff'], scope: 'own-unit' },
  creditListLedgerEntries: { access: ['credit-staff', 'resident'] },
  creditGetLedgerEntry: { access: ['credit-staff', 'resident'], scope: { 'credit-staff': 'own-unit', resident: 'assigned' } },
  creditReverseLedgerEntry: { access: ['credit-staff'], scope: 'own-unit' },
  creditListVolunteerParticipations: { access: ['credit-staff'] },
  // The unit check runs on the resident named in the body (404 outside the caller's units); the fixtures hold no unmatched participation.
  creditApplyVolunteerParticipation: { access: ['credit-staff'] },
  creditGetRatingThresholds: { access: 'public' },
  creditSetRatingThresholds: { access: ['credit-staff'], scope: 'zone' },
  creditExplainHouseholdRating: { access: ['credit-staff', 'resident'], scope: { 'credit-staff': 'own-unit', resident: 'assigned' } },
  creditGetRatingLevelStatistics: { access: ['credit-staff', 'leadership', 'integrator'] },
  creditListHouseholdRatingChanges: { access: ['credit-staff', 'resident'], scope: { 'credit-staff': 'own-unit', resident: 'assigned' } },
  creditGetServiceCard: { access: ['credit-staff', 'resident'], scope: { 'credit-staff': 'own-unit', resident: 'assigned' } },
  creditGetServiceCardQr: { access: ['credit-staff', 'resident'], scope: { 'credit-staff': 'own-unit', resident: 'assigned' } },
  creditCreateGoods: { access: ['credit-staff'], scope: 'own-unit' },
  creditListGoods: { access: 'public' },
  creditGetGoods: { access: 'public' },
  creditUpdateGoods: { access: ['credit-staff'], scope: 'own-unit' },
  creditCreateRedemptionOrder: { access: ['credit-staff', 'resident'], scope: { 'credit-staff': 'own-unit', resident: 'assigned' } },
  creditListRedemptionOrders: { access: ['credit-staff', 'resident'] },
  creditGetRedemptionOrder: { access: ['credit-staff', 'resident'], scope: { 'credit-staff': 'own-unit', resident: 'assigned' } },
  creditCancelRedemptionOrder: { access: ['credit-staff'], scope: 'own-unit' },
  creditGetRedemptionStatistics: { access: ['credit-staff', 'leadership', 'integrator'] },
  creditRecordHistoricalRedemption: { access: ['records-clerk'], scope: 'own-unit' },
  creditListHistoricalRedemptions: { access: ['records-clerk'] },
  creditCreateMerchant: { access: ['credit-staff'], scope: 'own-unit' },
  creditListMerchants: { access: 'public' },
  creditCreateBenefit: { access: ['credit-staff'], scope: 'own-unit' },
  creditListBenefits: { access: 'public' },
  creditVerifyServiceCard: { access: ['merchant'], scope: 'assigned' },
  creditRecordBenefitUse: { access: ['merchant'], scope: 'assigned' },
  creditListBenefitUses: { access: ['credit-staff', 'merchant'] },
  creditGetBenefitStatistics: { access: ['credit-staff', 'leadership', 'integrator'] },
  creditRecordHistoricalBenefitUse: { access: ['records-clerk'], scope: 'own-unit' },
  creditListHistoricalBenefitUses: { access: ['records-clerk'] },
  creditFileAppeal: { access: ['resident', 'credit-staff'], scope: { resident: 'assigned', 'credit-staff': 'own-unit' } },
  creditListAppeals: { access: ['resident', 'credit-staff'] },
  creditGetAppeal: { access: ['resident', 'credit-staff'], scope: { resident: 'assigned', 'credit-staff': 'own-unit' } },
  creditDecideAppeal: { access: ['credit-staff'], scope: 'own-unit' },
  creditListAuditLog: { access: ['discipline-supervisor', 'zone-admin'] },
  creditListPersonalDataAccess: { access: ['discipline-supervisor', 'zone-admin'] },
  creditListOwnRecordAccess: { access: ['resident'], scope: 'assigned' },
  creditListWorkingCalendarYears: { access: 'public' },
  creditGetWorkingCalendarYear: { access: 'public' },
  creditSetWorkingCalendarYear: { access: ['zone-admin'] },
  creditListDeadlineChanges: {
    access: ['zone-admin', 'integrator', 'discipline-supervisor', 'complaint-handler', 'credit-staff', 'land-staff', 'leadership', 'party-committee'],
  },
  creditAddWorkingDays: { access: 'public' },
  creditCountWorkingDays: { access: 'public' },
  // ── supervision ──
  supervisionCreateUnit: { access: ['discipline-supervisor'], scope: 'zone' },
  supervisionListUnits: { access: 'public' },
  supervisionGetUnit: { access: 'public' },
  supervisionGetUnitOverview: { access: 'public' },
  supervisionGetUnitEntryQr: { access: 'public' },
  supervisionCreateItem: { access: ['discipline-supervisor'], scope: 'zone' },
  supervisionListItems: { access: 'public' },
  supervisionGetItem: { access: 'public' },
  supervisionUpdateItem: { access: ['discipline-supervisor'], scope: 'zone' },
  supervisionRetireItem: { access: ['discipline-supervisor'], scope: 'zone' },
  supervisionListItemHistory: { access: 'public' },
  supervisionCreateDisclosure: { access: ['village-clerk'], scope: 'own-unit' },
  supervisionListDisclosures: { access: 'public' },
  supervisionGetDisclosure: { access: 'public' },
  supervisionListDisclosureVersions: { access: 'public' },
  supervisionReplaceDisclosureDraft: { access: ['village-clerk'], scope: 'own-unit' },
  supervisionSubmitDisclosure: { access: ['village-clerk'], scope: 'own-unit' },
  supervisionReturnDisclosure: { access: ['village-clerk', 'discipline-supervisor'], scope: { 'village-clerk': 'own-unit', 'discipline-supervisor': 'any' } },
  // The matrix's disclosure is not waiting for review: an allowed caller gets 409, the others 403.
  supervisionApproveDisclosure: { access: ['discipline-supervisor'] },
  supervisionPublishDisclosure: { access: ['village-clerk', 'discipline-supervisor'], scope: { 'village-clerk': 'own-unit', 'discipline-supervisor': 'any' } },
  supervisionCorrectDisclosure: { access: ['village-clerk'], scope: 'own-unit' },
  supervisionGetUnitCompleteness: { access: 'public' },
  supervisionGetZoneCompleteness: { access: ['discipline-supervisor', 'leadership', 'zone-admin'] },
  supervisionListOverdueWork: { access: ['discipline-supervisor'] },
  supervisionListDisclosureChanges: { access: 'public' },
  supervisionListAuditLog: { access: ['discipline-supervisor', 'zone-admin'] },
  supervisionListPersonalDataAccess: { access: ['discipline-supervisor', 'zone-admin'] },
  supervisionGrantDueDateExtension: { access: ['discipline-supervisor'] },
  supervisionListDueDateExtensions: { access: 'public' },
  supervisionListWorkingCalendarYears: { access: 'public' },
  supervisionGetWorkingCalendarYear: { access: 'public' },
  supervisionSetWorkingCalendarYear: { access: ['zone-admin'] },
  supervisionListDeadlineChanges: {
    access: ['zone-admin', 'integrator', 'discipline-supervisor', 'complaint-handler', 'credit-staff', 'land-staff', 'leadership', 'party-committee'],
  },
  supervisionAddWorkingDays: { access: 'public' },
  supervisionCountWorkingDays: { access: 'public' },
  supervisionFileComplaint: { access: 'public' },
  supervisionListComplaints: { access: ['complaint-handler', 'discipline-supervisor'] },
  supervisionTrackComplaint: { access: 'public' },
  supervisionComplaintStatistics: { access: 'public' },
  supervisionListOverdueComplaints: { access: ['complaint-handler', 'discipline-supervisor'] },
  supervisionGetComplaint: {
    access: ['complaint-handler', 'discipline-supervisor'],
    scope: { 'complaint-handler': 'own-unit', 'discipline-supervisor': 'any' },
  },
  supervisionAcceptComplaint: { access: ['complaint-handler'], scope: 'own-unit' },
  supervisionStartComplaintHandling: { access: ['complaint-handler'], scope: 'own-unit' },
  supervisionAnswerComplaint: { access: ['complaint-handler'], scope: 'own-unit' },
  supervisionCloseComplaint: { access: ['complaint-handler'], scope: 'own-unit' },
  supervisionRejectComplaint: { access: ['complaint-handler'], scope: 'own-unit' },
  supervisionExtendComplaintDeadline: { access: ['complaint-handler'], scope: 'own-unit' },
  supervisionRouteComplaint: { access: ['discipline-supervisor'] },
  supervisionRecordComplaint: { access: ['complaint-handler'], scope: 'own-unit' },
  supervisionListComplaintRecords: { access: ['complaint-handler', 'discipline-supervisor'] },
  supervisionDrawSpotCheck: { access: ['discipline-supervisor'] },
  supervisionListSpotChecks: { access: ['discipline-supervisor'] },
  supervisionGetSpotCheck: { access: ['discipline-supervisor'] },
  supervisionVerifySpotCheck: { access: ['discipline-supervisor'] },
  supervisionRaiseFinding: { access: ['discipline-supervisor'] },
  supervisionListFindings: { access: ['discipline-supervisor', 'village-clerk'], scope: { 'discipline-supervisor': 'any', 'village-clerk': 'own-unit' } },
  supervisionListOverdueRectifications: { access: ['discipline-supervisor'] },
  supervisionGetFinding: { access: ['discipline-supervisor', 'village-clerk'], scope: { 'discipline-supervisor': 'any', 'village-clerk': 'own-unit' } },
  supervisionExtendRectificationDeadline: { access: ['discipline-supervisor'] },
  supervisionSubmitRectification: { access: ['village-clerk'], scope: 'own-unit' },
  supervisionAcceptRectification: { access: ['discipline-supervisor'] },
  supervisionReturnRectification: { access: ['discipline-supervisor'] },
  supervisionCreateBusinessPolicy: { access: ['zone-admin'] },
  supervisionListBusinessPolicies: { access: 'public' },
  supervisionGetBusinessPolicy: { access: 'public' },
  supervisionRecordSubsidyPayout: { access: ['zone-admin'] },
  supervisionListSubsidyPayouts: { access: 'public' },
  supervisionListSupervisedLandProjects: { access: ['discipline-supervisor'] },
  // ── land ──
  landListAuditLog: { access: ['discipline-supervisor', 'zone-admin'] },
  landRegisterProject: { access: ['land-staff'] },
  landListProjects: { access: ['land-staff', 'leadership', 'task-force'] },
  landGetProject: { access: ['land-staff', 'leadership', 'task-force'] },
  landAssignProject: { access: ['land-staff'] },
  landListWorkingCalendarYears: { access: 'public' },
  landGetWorkingCalendarYear: { access: 'public' },
  landSetWorkingCalendarYear: { access: ['zone-admin'] },
  landListDeadlineChanges: {
    access: ['zone-admin', 'integrator', 'discipline-supervisor', 'complaint-handler', 'credit-staff', 'land-staff', 'leadership', 'party-committee'],
  },
  landAddWorkingDays: { access: 'public' },
  landCountWorkingDays: { access: 'public' },
  landGetPreWork: { access: ['land-staff', 'leadership', 'task-force'] },
  landUpdatePreWorkStep: { access: ['land-staff', 'task-force'], scope: { 'land-staff': 'any', 'task-force': 'assigned' } },
  landStartPreWorkStep: { access: ['land-staff', 'task-force'], scope: { 'land-staff': 'any', 'task-force': 'assigned' } },
  landCompletePreWorkStep: { access: ['land-staff', 'task-force'], scope: { 'land-staff': 'any', 'task-force': 'assigned' } },
  landAttachPreWorkDocument: { access: ['land-staff', 'task-force'], scope: { 'land-staff': 'any', 'task-force': 'assigned' } },
  landListPreWorkDocuments: { access: ['land-staff', 'leadership', 'task-force'] },
  landCreateBatch: { access: ['land-staff'] },
  landListBatches: { access: ['land-staff', 'leadership', 'task-force', 'integrator'] },
  landGetBatch: { access: ['land-staff', 'leadership', 'task-force', 'integrator'] },
  landSetBatchSchedule: { access: ['land-staff'] },
  landAddBatchParcel: { access: ['land-staff'] },
  landRemoveBatchParcel: { access: ['land-staff'] },
  landAssembleBatchFile: { access: ['land-staff'] },
  landSubmitBatch: { access: ['land-staff'] },
  landRequestBatchSupplement: { access: ['land-staff'] },
  landResubmitBatch: { access: ['land-staff'] },
  landApproveBatch: { access: ['land-staff'] },
  landRejectBatch: { access: ['land-staff'] },
  landRecordApprovedBatch: { access: ['land-staff'] },
  landListRecordedBatches: { access: ['land-staff', 'leadership', 'integrator'] },
  landListApprovedBatches: { access: 'public' },
  landGetApprovedBatch: { access: 'public' },
  landSetProjectSchedule: { access: ['land-staff', 'task-force'], scope: { 'land-staff': 'any', 'task-force': 'assigned' } },
  landGetProjectSchedule: { access: ['land-staff', 'leadership', 'task-force'] },
  landGetDashboard: { access: ['leadership', 'land-staff'] },
  landGetApprovalStatistics: { access: 'public' },
  landGetMeetingStatistics: { access: ['land-staff', 'leadership', 'task-force', 'integrator'] },
  landGetLandSupply: { access: ['land-staff', 'leadership', 'task-force', 'integrator'] },
  landCorrectLandSupply: { access: ['land-staff'] },
  landCreateDispatchMeeting: { access: ['land-staff'] },
  landListDispatchMeetings: { access: ['land-staff', 'leadership', 'task-force'] },
  landGetDispatchMeeting: { access: ['land-staff', 'leadership', 'task-force'] },
  landAddActionItem: { access: ['land-staff'] },
  landCompleteActionItem: { access: ['land-staff', 'task-force'], scope: { 'land-staff': 'any', 'task-force': 'assigned' } },
  landListProjectActionItems: { access: ['land-staff', 'leadership', 'task-force'] },
  // ── party ──
  partyRegisterEntity: { access: ['party-committee'] },
  partyListEntities: { access: ['party-committee', 'party-instructor', 'integrator'] },
  partyImportEntities: { access: ['party-committee'] },
  partyGetEntity: {
    access: ['party-committee', 'party-instructor', 'integrator'],
    scope: { 'party-committee': 'any', 'party-instructor': 'assigned', integrator: 'any' },
  },
  partyUpdateEntity: { access: ['party-committee'] },
  partyCreateSurveyCampaign: { access: ['party-committee'] },
  partyListSurveyCampaigns: { access: ['party-committee', 'party-instructor'] },
  partyGetEntityStatistics: { access: ['party-committee', 'leadership', 'integrator'] },
  partyGetCoverageStatistics: { access: ['party-committee', 'leadership', 'integrator'] },
  partyGetSurveyCampaign: { access: ['party-committee', 'party-instructor'] },
  partyRecordSurvey: { access: ['party-committee', 'party-instructor'], scope: { 'party-committee': 'any', 'party-instructor': 'assigned' } },
  partyListSurveys: { access: ['party-committee', 'party-instructor'] },
  partyGetSurvey: { access: ['party-committee', 'party-instructor'], scope: { 'party-committee': 'any', 'party-instructor': 'assigned' } },
  partyListLedgerEntries: { access: ['party-committee', 'party-instructor', 'integrator'] },
  partyCountLedgerColours: { access: ['party-committee', 'party-instructor', 'integrator'] },
  partyGetLedgerRules: { access: ['party-committee', 'party-instructor'] },
  partyListAuditLog: { access: ['discipline-supervisor', 'zone-admin'] },
  partyListPersonalDataAccess: { access: ['discipline-supervisor', 'zone-admin'] },
  partyUpdateLedgerRules: { access: ['party-committee'], scope: 'zone' },
  partyGetLedgerEntry: {
    access: ['party-committee', 'party-instructor', 'integrator'],
    scope: { 'party-committee': 'any', 'party-instructor': 'assigned', integrator: 'any' },
  },
  partyListLedgerColourChanges: {
    access: ['party-committee', 'party-instructor', 'integrator'],
    scope: { 'party-committee': 'any', 'party-instructor': 'assigned', integrator: 'any' },
  },
  partySetLedgerOverride: { access: ['party-committee'] },
  partyClearLedgerOverride: { access: ['party-committee'] },
  partyEstablishOrganisation: { access: ['party-committee'] },
  partyListOrganisations: { access: ['party-committee', 'party-instructor', 'org-secretary'] },
  partyGetOrganisation: {
    access: ['party-committee', 'party-instructor', 'org-secretary'],
    scope: { 'party-committee': 'any', 'party-instructor': 'any', 'org-secretary': 'assigned' },
  },
  partyUpdateOrganisation: { access: ['party-committee', 'org-secretary'], scope: { 'party-committee': 'any', 'org-secretary': 'assigned' } },
  partyAddOrganisationMemberEntity: { access: ['party-committee'] },
  partyRemoveOrganisationMemberEntity: { access: ['party-committee'] },
  partyEstablishMassOrganisation: { access: ['party-committee', 'party-instructor'], scope: { 'party-committee': 'any', 'party-instructor': 'assigned' } },
  partyListMassOrganisations: { access: ['party-committee', 'party-instructor'] },
  partyRegisterMember: { access: ['party-committee', 'org-secretary'], scope: { 'party-committee': 'any', 'org-secretary': 'assigned' } },
  partyListMembers: { access: ['party-committee', 'org-secretary'] },
  partyGetMember: { access: ['party-committee', 'org-secretary'], scope: { 'party-committee': 'any', 'org-secretary': 'assigned' } },
  partyUpdateMember: { access: ['party-committee', 'org-secretary'], scope: { 'party-committee': 'any', 'org-secretary': 'assigned' } },
  partyRequestMemberTransfer: { access: ['party-committee', 'org-secretary'], scope: { 'party-committee': 'any', 'org-secretary': 'assigned' } },
  partyListMemberTransfers: { access: ['party-committee', 'org-secretary'] },
  partyGetMemberTransfer: { access: ['party-committee', 'org-secretary'], scope: { 'party-committee': 'any', 'org-secretary': 'assigned' } },
  partyApproveMemberTransfer: { access: ['party-committee', 'org-secretary'], scope: { 'party-committee': 'any', 'org-secretary': 'assigned' } },
  partyAcceptMemberTransfer: { access: ['party-committee', 'org-secretary'], scope: { 'party-committee': 'any', 'org-secretary': 'assigned' } },
  partyRejectMemberTransfer: { access: ['party-committee', 'org-secretary'], scope: { 'party-committee': 'any', 'org-secretary': 'assigned' } },
  partyListWorkingCalendarYears: { access: 'public' },
  partyGetWorkingCalendarYear: { access: 'public' },
  partySetWorkingCalendarYear: { access: ['zone-admin'] },
  partyListDeadlineChanges: {
    access: ['zone-admin', 'integrator', 'discipline-supervisor', 'complaint-handler', 'credit-staff', 'land-staff', 'leadership', 'party-committee'],
  },
  partyAddWorkingDays: { access: 'public' },
  partyCountWorkingDays: { access: 'public' },
  partyRegisterInstructor: { access: ['party-committee'] },
  partyListInstructors: { access: ['party-committee', 'party-instructor'] },
  partyGetInstructor: { access: ['party-committee', 'party-instructor'], scope: { 'party-committee': 'any', 'party-instructor': 'assigned' } },
  partyAssignInstructorEntity: { access: ['party-committee'] },
  partyRecordInstructorVisit: { access: ['party-instructor'], scope: 'assigned' },
  partyListInstructorVisits: { access: ['party-committee', 'party-instructor'] },
  partyRecordVolunteerActivity: { access: ['party-committee', 'org-secretary'], scope: { 'party-committee': 'any', 'org-secretary': 'assigned' } },
  partyListVolunteerActivities: { access: ['party-committee', 'org-secretary'] },
  partyGetVolunteerActivity: { access: ['party-committee', 'org-secretary'], scope: { 'party-committee': 'any', 'org-secretary': 'assigned' } },
  partyOpenRedStation: { access: ['party-committee'] },
  partyListRedStations: { access: 'public' },
  partyGetRedStation: { access: 'public' },
  partyCollectWorkerDemand: { access: ['party-committee', 'party-instructor'] },
  partyListWorkerDemands: { access: ['party-committee', 'party-instructor'] },
  partyGetWorkerDemand: { access: ['party-committee', 'party-instructor'] },
  partyPlanWorkerDemand: { access: ['party-committee'] },
  partyFollowUpWorkerDemand: { access: ['party-committee', 'party-instructor'] },
  partyCloseWorkerDemand: { access: ['party-committee'] },
};

/**
 * Cells where the code does not yet do what the table says, each with the reason. The test asserts that every
 * entry still fails (so a fix cannot go unnoticed) and tolerates those cells only; remove an entry once its fix
 * is merged.
 */
export interface PendingFix {
  operationId: string;
  role: Role;
  scopes: readonly UnitScope[];
  reason: string;
}

export const PENDING_FIXES: readonly PendingFix[] = [];
