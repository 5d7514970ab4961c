/**
 * The unit rule of each credit operation, as the contract states it (`x-unit-rule`). Staff act for a community
 * through its code, its sub-district's code or `zone` (residents/community-access.ts); a resident through the
 * resident record whose `accountId` is the token's subject, a merchant through its account, whatever their units.
 */
const community = (owner: string) => `${owner} community (or its sub-district, or \`zone\`)`;
const rowsOf = (what: string) => `${what} of the caller's communities (a sub-district: of all its communities; \`zone\`: all)`;

export const CREDIT_UNIT_RULES = {
  newCommunity: 'the sub-district named in the body (or `zone`)',
  namedCommunity: 'the community named in the body (or its sub-district, or `zone`)',
  households: `staff: ${rowsOf('households')}; a resident: their own household`,
  household: `${community("the household's")}; a resident: their own household only`,
  residents: `staff: ${rowsOf('residents')}; a resident: their own household's, masked`,
  resident: `${community("the resident's")}; a resident: their own record only`,
  residentByStaff: `${community("the resident's")}; others get 404`,
  residentWrite: community("the resident's"),
  residentMove: `${community("the resident's")} and the target community`,
  ownRecord: "a resident: the record linked to the token's subject; units do not matter",
  ledgerEntries: `staff: ${rowsOf('entries')}, and those of residents now living there; a resident: their own and their household's`,
  ledgerEntry: `${community("the entry's or the resident's current")}; a resident: their own and their household's entries only`,
  reversal: community("the resident's current"),
  participations: rowsOf('participations'),
  goods: community("the goods'"),
  order: `staff: ${community("the resident's")}, others get 404; a resident: for themselves only`,
  orders: `staff: ${rowsOf('orders')}; a resident: their own orders`,
  orderRead: `${community("the order's")}; a resident: their own orders only`,
  orderWrite: community("the order's"),
  historyList: rowsOf('back-dated records'),
  history: `${community("the resident's or household's")}; others get 404`,
  newMerchant: 'the community named in the body (or its sub-district), or the sub-district named; or `zone`',
  merchant: 'the community the merchant signed with (or its sub-district), or the sub-district it signed with; or `zone`',
  merchantAccount: "a merchant: only the benefits of the merchant whose account is the token's subject; units do not matter",
  benefitUses: "staff: uses at merchants of the caller's units or by households of their communities (`zone`: all); a merchant: its own uses",
  appealFiling: `${community("the entry's")}; a resident: their own deductions only`,
  appeals: `staff: ${rowsOf('appeals')}; a resident: their own appeals`,
  appeal: `${community("the appeal's")}; a resident: their own appeals only`,
  appealDecision: community("the appeal's"),
} as const;
