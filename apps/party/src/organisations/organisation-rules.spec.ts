import { describe, expect, it } from '@jest/globals';
import { organisationShapeProblems, type OrganisationShape } from './organisation-rules.js';

const shape = (overrides: Partial<OrganisationShape>): OrganisationShape => ({
  type: 'branch',
  functional: false,
  formationMode: 'standalone',
  parentType: null,
  memberEntityCount: 1,
  ...overrides,
});

describe('organisationShapeProblems', () => {
  it('accepts the shapes the zone uses', () => {
    expect(organisationShapeProblems(shape({ type: 'committee', formationMode: 'platform', memberEntityCount: 0 }))).toEqual([]);
    expect(organisationShapeProblems(shape({ type: 'joint-branch', formationMode: 'joint', memberEntityCount: 5, parentType: 'committee' }))).toEqual([]);
    expect(
      organisationShapeProblems(shape({ type: 'general-branch', functional: true, formationMode: 'platform', memberEntityCount: 7, parentType: 'committee' })),
    ).toEqual([]);
    expect(organisationShapeProblems(shape({ type: 'branch', parentType: 'general-branch', memberEntityCount: 0 }))).toEqual([]);
  });

  it('refuses parents of the wrong level', () => {
    expect(organisationShapeProblems(shape({ parentType: 'branch' }))).toEqual([expect.stringMatching(/cannot sit under a branch/)]);
    expect(organisationShapeProblems(shape({ type: 'general-branch', parentType: 'general-branch' }))).toHaveLength(1);
    expect(organisationShapeProblems(shape({ type: 'committee', formationMode: 'platform', parentType: 'joint-branch' }))).toHaveLength(1);
  });

  it('refuses a functional committee and a joint branch not formed jointly', () => {
    expect(organisationShapeProblems(shape({ type: 'committee', functional: true, formationMode: 'platform' }))).toEqual([
      'only general branches and branches can be functional',
    ]);
    expect(organisationShapeProblems(shape({ type: 'joint-branch', formationMode: 'platform', memberEntityCount: 3 }))).toEqual([
      'a joint branch is formed jointly (formationMode joint)',
    ]);
  });

  it('bounds member entities by formation mode: standalone at most one, joint at least two', () => {
    expect(organisationShapeProblems(shape({ memberEntityCount: 2 }))).toEqual(['a standalone organisation covers at most one entity']);
    expect(organisationShapeProblems(shape({ formationMode: 'joint', type: 'joint-branch', memberEntityCount: 1 }))).toEqual([
      'a jointly formed organisation covers at least two entities',
    ]);
    expect(organisationShapeProblems(shape({ formationMode: 'joint', type: 'joint-branch', memberEntityCount: 2 }))).toEqual([]);
    expect(organisationShapeProblems(shape({ formationMode: 'platform', memberEntityCount: 0 }))).toEqual([]);
  });
});
