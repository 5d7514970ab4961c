import { defineProblem } from '#platform/problems';

export const volunteerActivityProblems = {
  notFound: defineProblem({
    slug: 'volunteer-activity-not-found',
    status: 404,
    title: 'Activity not found',
    when: 'No volunteer activity has this id.',
    detail: (id: string) => `No volunteer activity has id ${id}.`,
  }),
  alreadyRecorded: defineProblem({
    slug: 'activity-already-recorded',
    status: 409,
    title: 'Activity already recorded',
    when: 'The organisation already recorded an activity with this title on this date.',
    detail: (title: string, heldOn: string) => `This organisation already recorded "${title}" on ${heldOn}.`,
  }),
  duplicateParticipant: defineProblem({
    slug: 'duplicate-participant',
    status: 422,
    title: 'Participant listed twice',
    when: 'A resident is listed twice among the participants.',
    detail: (index: number) => `participants[${index}] repeats an earlier resident; list each resident once.`,
  }),
  dateInFuture: defineProblem({
    slug: 'activity-date-in-future',
    status: 422,
    title: 'Activity date in the future',
    when: 'The activity date has not happened yet.',
    detail: (heldOn: string) => `heldOn ${heldOn} has not happened yet.`,
  }),
};
