/** The first wait once an address has used its free tries on an account; it doubles from there. */
export const FIRST_SIGN_IN_DELAY_MS = 30_000;

export interface SignInDelayPolicy {
  /** Wrong passwords one address may try for one account without waiting. */
  freeFailures: number;
  maxDelayMs: number;
}

/**
 * How long an address must wait after its `failures`-th failed sign-in on an account: nothing for the
 * free tries, then 30 s doubling up to the cap (exponential backoff, OWASP Authentication Cheat Sheet,
 * "Account Lockout"): the owner elsewhere is never locked out, a guesser here gets fewer tries an hour.
 */
export function signInDelayMs(failures: number, policy: SignInDelayPolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 30);
  return Math.min(FIRST_SIGN_IN_DELAY_MS * 2 ** doublings, policy.maxDelayMs);
}

/**
 * The waits after the 1st, 2nd, ... failure, up to the first that reaches the cap (every later one is
 * the cap): the database picks from this list in the statement that counts a failure.
 */
export function signInDelaySchedule(policy: SignInDelayPolicy): number[] {
  const schedule: number[] = [];
  for (let failures = 1; ; failures++) {
    const delay = signInDelayMs(failures, policy);
    schedule.push(delay);
    if (delay >= policy.maxDelayMs) return schedule;
  }
}
