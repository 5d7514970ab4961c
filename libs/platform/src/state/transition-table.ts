/** One action of a lifecycle: the statuses it may start from and the status it leads to. */
export interface Transition<Status extends string> {
  readonly from: readonly Status[];
  readonly to: Status;
}

/**
 * A lifecycle's transitions by action, and the one rule every lifecycle shares: an action taken from a status
 * it does not start from is refused with the lifecycle's own error.
 */
export class TransitionTable<Status extends string, Action extends string> {
  constructor(
    private readonly transitions: Readonly<Record<Action, Transition<Status>>>,
    private readonly refusal: (status: Status, action: Action) => Error,
  ) {}

  /** The status after `action`; throws the lifecycle's error when `status` does not allow it. */
  next(status: Status, action: Action): Status {
    const transition = this.transitions[action];
    if (!transition.from.includes(status)) throw this.refusal(status, action);
    return transition.to;
  }

  /** The statuses `action` may be taken from. */
  allowedFrom(action: Action): readonly Status[] {
    return this.transitions[action].from;
  }
}
