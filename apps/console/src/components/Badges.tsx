import type { CheckResult } from '../api/client';
import { recommendationWords, statusWords } from '../format';

const CHECK_MARK: Record<string, string> = { passed: '✓', warning: '!', failed: '✗', pending: '…', running: '…' };

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status-${status}`}>{statusWords(status)}</span>;
}

export function RecommendationBadge({ recommendation }: { recommendation: string | null | undefined }) {
  return <span className={`badge recommendation-${recommendation ?? 'none'}`}>{recommendationWords(recommendation)}</span>;
}

/** One check at a glance: a mark and a word, never colour alone. */
export function CheckBadge({ check }: { check: Pick<CheckResult, 'type' | 'status' | 'score'> }) {
  const score = check.score !== null && check.score !== undefined ? ` ${check.score}` : '';
  return (
    <span className={`badge check-${check.status}`}>
      <span aria-hidden="true">{CHECK_MARK[check.status]} </span>
      {check.type}: {check.status}
      {score}
    </span>
  );
}
