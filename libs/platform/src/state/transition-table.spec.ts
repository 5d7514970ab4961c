import { describe, expect, it } from '@jest/globals';
import { TransitionTable } from './transition-table.js';

type Status = 'open' | 'answered' | 'closed';
type Action = 'answer' | 'close';

class Refused extends Error {
  constructor(
    readonly status: Status,
    readonly action: Action,
  ) {
    super(`Cannot ${action} what is ${status}`);
  }
}

const table = new TransitionTable<Status, Action>(
  { answer: { from: ['open'], to: 'answered' }, close: { from: ['open', 'answered'], to: 'closed' } },
  (status, action) => new Refused(status, action),
);

describe('TransitionTable', () => {
  it('answers the status an allowed action leads to', () => {
    expect(table.next('open', 'answer')).toBe('answered');
    expect(table.next('answered', 'close')).toBe('closed');
  });

  it("refuses an action from a status it does not start from with the lifecycle's own error", () => {
    expect(() => table.next('closed', 'answer')).toThrow(new Refused('closed', 'answer'));
    const error = (() => {
      try {
        table.next('answered', 'answer');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(Refused);
    expect(error).toMatchObject({ status: 'answered', action: 'answer' });
  });

  it('lists the statuses an action may start from', () => {
    expect(table.allowedFrom('close')).toEqual(['open', 'answered']);
  });
});
