import { Query } from '@nestjs/cqrs';
import type { CitedThreadView } from '../../views/thread.view';

export interface ReviewQueueItem {
  id: string;
  title: string;
  leadPartner: string;
  partners: string[];
  countries: string[];
  goals: string[];
  version: number;
  recommendation: string | null;
  awaitingSince: string;
  ageSeconds: number;
  overdue: boolean;
  checks: { type: string; status: string; score: number | null }[];
  approvals: { reviewerId: string; affiliation: string | null; decidedAt: string }[];
  approvalsRequired: number;
  /** 1, and one more after each request for changes. */
  round: number;
  openThreads: number;
  /** The threads the last request for changes cited, with whether this version changed each one's field. */
  citedThreads: CitedThreadView[];
}

export interface ReviewQueuePage {
  items: ReviewQueueItem[];
  nextCursor: string | null;
}

export class GetReviewQueueQuery extends Query<ReviewQueuePage> {
  constructor(
    readonly filters: { country?: string; goal?: string; partner?: string },
    readonly limit: number,
    readonly after?: { awaitingSince: string; id: string },
  ) {
    super();
  }
}
