import { Query } from '@nestjs/cqrs';

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
