import { ApiError } from './api/client';

/** A refusal as a person reads it: what happened in a heading, why in a sentence, and whether reloading the plan helps. */
export interface Refusal {
  title: string;
  sentence: string;
  /** A 409 or 412: the plan changed, or is not where the person thought it was. */
  reload: boolean;
}

/** `the overlap check warned: …` → `The overlap check warned: ….` */
export function sentence(message: string): string {
  const trimmed = message.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** What the service's refusals mean, by code, in the console's words; any other is the service's own message. */
const BY_CODE: Record<string, (error: ApiError) => Omit<Refusal, 'reload'>> = {
  'DECISION.CONFLICT_OF_INTEREST': (error) => ({ title: 'You may not decide on this plan', sentence: `${sentence(error.message)} Reviewers decide only where their organisation has no stake.` }),
  'DECISION.ALREADY_DECIDED': (error) => ({ title: 'You have already decided', sentence: `${sentence(error.message.replace('this reviewer has', 'you have'))} Each reviewer decides once on a version.` }),
  'DECISION.COORDINATION_REQUIRED': () => ({
    title: 'Say how the overlap is resolved',
    sentence: 'The overlap check warned of another plan, so an approval must say how the two are coordinated: merged, co-funded, or both justified, with a note.',
  }),
  'DECISION.FAILED_CHECKS': (error) => ({ title: 'A failed check blocks approval', sentence: sentence(error.message) }),
  'DECISION.OVERRIDE_NOT_ALLOWED': () => ({ title: 'Only an admin may override', sentence: 'Only an admin may override failed checks.' }),
  'DECISION.COMMENT_REQUIRED': (error) => ({ title: 'A comment is needed', sentence: sentence(error.message) }),
  'ACTION_PLAN.STALE': () => ({ title: 'The plan changed meanwhile', sentence: 'Someone changed this plan after you opened it. Reload it to see the change, then try again.' }),
  'ACTION_PLAN.NOT_LEAD_PARTNER': (error) => ({ title: 'Only the lead partner may do this', sentence: sentence(error.message) }),
  'AUTH.FORBIDDEN': (error) => ({ title: 'Your key may not do this', sentence: sentence(error.message) }),
};

const BY_STATUS: Record<number, string> = {
  401: 'Key not accepted',
  400: 'Some of what you sent is not valid',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Not possible now',
  412: 'The plan changed meanwhile',
  413: 'Too large',
  422: 'Sent twice with different content',
  429: 'Too many requests',
};

export function refusalOf(error: unknown): Refusal {
  if (!(error instanceof ApiError)) {
    return { title: 'The service could not be reached', sentence: 'The request did not get an answer. Check the connection and try again.', reload: false };
  }
  const reload = error.status === 409 || error.status === 412;
  const known = error.code ? BY_CODE[error.code] : undefined;
  if (known) return { ...known(error), reload };
  const title = BY_STATUS[error.status] ?? (error.status >= 500 ? 'The service failed' : 'Refused');
  const extra = reload ? ' Reload the plan to see where it stands now.' : '';
  return { title, sentence: sentence(error.message) + extra, reload };
}
