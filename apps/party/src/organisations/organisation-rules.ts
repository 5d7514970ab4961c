/**
 * Party organisations in the non-public sector: committees (党委), general branches (党总支, also
 * functional ones, 功能型), branches (党支部) and joint branches (联合党支部), formed standalone, jointly
 * or on a platform (单独建、联合建、平台建).
 */
export const ORGANISATION_TYPES = ['committee', 'general-branch', 'branch', 'joint-branch'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const FORMATION_MODES = ['standalone', 'joint', 'platform'] as const;
export type FormationMode = (typeof FORMATION_MODES)[number];

/** Which types may sit directly above each type. */
const ALLOWED_PARENTS: Readonly<Record<OrganisationType, readonly OrganisationType[]>> = {
  committee: ['committee'],
  'general-branch': ['committee'],
  branch: ['committee', 'general-branch'],
  'joint-branch': ['committee', 'general-branch'],
};

export interface OrganisationShape {
  type: OrganisationType;
  functional: boolean;
  formationMode: FormationMode;
  parentType: OrganisationType | null;
  memberEntityCount: number;
}

/** Every reason the shape is inconsistent; empty when it is fine. */
export function organisationShapeProblems(shape: OrganisationShape): string[] {
  const problems: string[] = [];
  if (shape.parentType !== null && !ALLOWED_PARENTS[shape.type].includes(shape.parentType)) {
    problems.push(`a ${shape.type} cannot sit under a ${shape.parentType}; allowed parents: ${ALLOWED_PARENTS[shape.type].join(', ')}`);
  }
  if (shape.functional && shape.type === 'committee') problems.push('only general branches and branches can be functional');
  if (shape.type === 'joint-branch' && shape.formationMode !== 'joint') problems.push('a joint branch is formed jointly (formationMode joint)');
  if (shape.formationMode === 'standalone' && shape.memberEntityCount > 1) problems.push('a standalone organisation covers at most one entity');
  if (shape.formationMode === 'joint' && shape.memberEntityCount < 2) problems.push('a jointly formed organisation covers at least two entities');
  return problems;
}
