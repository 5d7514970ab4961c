/**
 * The unit rule of each supervision operation, as the contract states it (`x-unit-rule`). A village clerk acts
 * for the units in their `units` claim (or all with `zone`), a complaint-handling department through its unit
 * code (disclosures/disclosure-access.ts, complaints.service.ts); discipline supervisors read every unit.
 */
export const SUPERVISION_UNIT_RULES = {
  supervisedUnits: "rows of the units in the caller's `units` claim; `zone`: all units",
  namedUnit: 'the unit named in the body (or `zone`)',
  disclosure: "the disclosure's unit (or `zone`); an unpublished one is 404 to other clerks",
  disclosureReview: "a clerk: the disclosure's unit (or `zone`); a supervisor: any unit",
  complaints: 'a handler: complaints of the departments in their `units` claim (`zone`: all); a supervisor: all',
  complaint: "a handler: the complaint's department (or `zone`), others get 404; a supervisor: any complaint",
  complaintHandling: "the complaint's department (or `zone`)",
  complaintRecord: "the department that handles the body's category (or `zone`)",
  findings: 'a clerk: name a unit of their `units` claim (or any with `zone`) in `unitCode`; a supervisor: all units',
  finding: "a clerk: the finding's unit (or `zone`); a supervisor: any unit",
  rectification: "the finding's unit (or `zone`)",
} as const;
