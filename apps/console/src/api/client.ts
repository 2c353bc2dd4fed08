import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Api = Client<paths>;
export type Plan = Schemas['ActionPlanResponse'];
/** A plan as GET /v1/plans/{id} gives it: with its review round and the threads its last request for changes cited. */
export type PlanDetail = Schemas['ActionPlanDetailResponse'];
export type PlanChange = Schemas['PlanChangeResponse'];
export type PlanContent = Schemas['PlanContentRequest'];
export type CheckResult = Schemas['CheckResultResponse'];
export type Finding = Schemas['FindingResponse'];
export type HistoryEvent = Schemas['ActionPlanEventResponse'];
export type Partner = Schemas['PartnerResponse'];
export type ReferenceData = Schemas['ReferenceDataResponse'];
export type Role = Schemas['MeResponse']['role'];
export type FieldProblem = Schemas['FieldProblemResponse'];

/** A refusal of the API, in the contract's error shape (`{statusCode, error, message, code?, details?}`). */
export class ApiError extends Error {
  readonly code: string | undefined;
  readonly details: FieldProblem[];

  constructor(
    readonly status: number,
    body: unknown,
  ) {
    const shaped = typeof body === 'object' && body !== null ? (body as Partial<Schemas['ErrorResponse']>) : {};
    super(typeof shaped.message === 'string' ? shaped.message : `the service answered ${status}`);
    this.code = shaped.code;
    this.details = Array.isArray(shaped.details) ? shaped.details : [];
  }
}

/**
 * A client of the API on this origin, sending the key on every request. A 401 means the key is
 * gone (revoked, or never valid): `onUnauthenticated` sends the person back to sign in.
 */
export function apiClient(token: string, onUnauthenticated: () => void): Api {
  const client = createClient<paths>({ baseUrl: window.location.origin });
  client.use({
    onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) onUnauthenticated();
      return response;
    },
  });
  return client;
}

/** The data of an answer, or its refusal thrown as an ApiError. */
export function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  throw new ApiError(result.response.status, result.error);
}

/** The data with the plan's ETag, which the next change sends back as If-Match. */
export function withEtag<T>(result: { data?: T; error?: unknown; response: Response }): { data: T; etag: string } {
  return { data: ok(result), etag: result.response.headers.get('etag') ?? '' };
}
