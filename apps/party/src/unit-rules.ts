/**
 * The unit rule of each Party operation, as the contract states it (`x-unit-rule`). The Party registry is not
 * divided by units: the committee (and the read-only integrator) act for all of it, an instructor for the
 * entities assigned to them (shared/access.ts), a secretary for the organisation naming them as its secretary
 * (organisations.service.ts) — recognised by the token's subject, whatever its units.
 */
const bySubject = (rule: string) => `${rule}; recognised by the token's subject, units do not matter`;

export const PARTY_UNIT_RULES = {
  entities: bySubject('the committee and integrator: all entities; an instructor: the entities assigned to them'),
  entity: bySubject('the committee and integrator: any entity; an instructor: only entities assigned to them'),
  entityWork: bySubject('the committee: any entity; an instructor: only entities assigned to them'),
  surveys: bySubject('the committee: all; an instructor: surveys of the entities assigned to them'),
  survey: bySubject('the committee: any survey; an instructor: only surveys of entities assigned to them'),
  massOrganisations: bySubject('the committee: all; an instructor: those in the entities assigned to them'),
  instructors: bySubject('the committee: all; an instructor: their own record'),
  instructor: bySubject('the committee: any instructor; an instructor: only their own record'),
  visit: bySubject('an instructor: only entities assigned to them'),
  visits: bySubject('the committee: all; an instructor: their own visits, and with `creditCode` only an entity assigned to them'),
  organisations: bySubject('the committee and instructors: all; a secretary: their own organisation'),
  organisation: bySubject('the committee and instructors: any organisation; a secretary: only their own'),
  organisationUpdate: bySubject('the committee: any organisation; a secretary: only their own, without appointing its secretary'),
  memberRegistration: bySubject('the committee: any organisation, or none; a secretary: only into their own organisation'),
  members: bySubject('the committee: all; a secretary: the members of their own organisation'),
  member: bySubject('the committee: any member; a secretary: only members of their own organisation'),
  transferRequest: bySubject('the committee: any member; a secretary: only when their own organisation sends or receives'),
  transfers: bySubject('the committee: all; a secretary: transfers from or to their own organisation'),
  transfer: bySubject('the committee: any transfer; a secretary: only transfers from or to their own organisation'),
  transferStep: bySubject('the committee: any transfer; a secretary: only for the side whose turn it is, sending or receiving'),
  volunteerRecording: bySubject('the committee: any organisation; a secretary: only for their own organisation'),
  volunteerActivities: bySubject("the committee: all; a secretary: their own organisation's activities"),
  volunteerActivity: bySubject("the committee: any activity; a secretary: only their own organisation's"),
} as const;
