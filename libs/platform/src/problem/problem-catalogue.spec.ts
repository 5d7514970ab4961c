import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';

import { ApiProblems } from './api-problems.js';
import { defineProblem } from './problem-catalogue.js';
import { ProblemException } from './problem.exception.js';

const projectNotFound = defineProblem({
  slug: 'project-not-found',
  status: 404,
  title: 'Project not found',
  when: 'No project has this id.',
  detail: (id: string) => `No project has id ${id}.`,
});
const areaTooLarge = defineProblem({
  slug: 'area-too-large',
  status: 422,
  title: 'Area too large',
  when: 'The parcels add up to more than a batch can hold.',
  extensions: (field: string) => ({ errors: [{ field, message: `${field} is too large` }] }),
});
const scheduleIncomplete = defineProblem({ slug: 'schedule-incomplete', status: 422, title: 'Schedule incomplete', when: 'A target date is missing.' });

describe('defineProblem', () => {
  it('throws a problem of its kind, with the detail and extensions of the occurrence', () => {
    const error = projectNotFound('p-1');
    expect(error).toBeInstanceOf(ProblemException);
    expect(error.problem).toEqual({
      type: 'urn:zone-gov:problem:project-not-found',
      title: 'Project not found',
      status: 404,
      detail: 'No project has id p-1.',
    });
    expect(areaTooLarge('parcels[0].areaMu').problem).toMatchObject({
      status: 422,
      detail: 'The parcels add up to more than a batch can hold.',
      errors: [{ field: 'parcels[0].areaMu', message: 'parcels[0].areaMu is too large' }],
    });
  });

  it('recognises its own errors and no others', () => {
    expect(projectNotFound.is(projectNotFound('x'))).toBe(true);
    expect(projectNotFound.is(scheduleIncomplete())).toBe(false);
    expect(projectNotFound.is(new Error('project-not-found'))).toBe(false);
    expect(projectNotFound.is(undefined)).toBe(false);
  });

  it('refuses a slug that is not kebab-case and a status that is not an error', () => {
    expect(() => defineProblem({ slug: 'Project_not_found', status: 404, title: 't', when: 'w' })).toThrow(/kebab-case/);
    expect(() => defineProblem({ slug: 'fine', status: 200, title: 't', when: 'w' })).toThrow(/not an error/);
  });
});

describe('ApiProblems', () => {
  it('documents each kind under its status, several kinds of one status as paragraphs of one response', () => {
    class Controller {
      @ApiProblems(projectNotFound, areaTooLarge, scheduleIncomplete)
      register(): void {}
    }
    const responses = Reflect.getMetadata('swagger/apiResponse', Controller.prototype.register) as Record<string, { description: string }>;
    expect(responses['404']!.description).toBe('`project-not-found`: No project has this id.');
    expect(responses['422']!.description.split('\n\n').sort()).toEqual(
      ['`area-too-large`: The parcels add up to more than a batch can hold.', '`schedule-incomplete`: A target date is missing.'].sort(),
    );
  });
});
