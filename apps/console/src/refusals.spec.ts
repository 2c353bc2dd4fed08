import { ApiError } from './api/client';
import { refusalOf } from './refusals';

describe('refusals', () => {
  it('say the service’s refusals in sentences, never as codes', () => {
    const refusal = refusalOf(new ApiError(409, { statusCode: 409, message: 'this reviewer has already decided on version 2', code: 'DECISION.ALREADY_DECIDED' }));
    expect(refusal).toEqual({ title: 'You have already decided', sentence: 'You have already decided on version 2. Each reviewer decides once on a version.', reload: true });
    expect(JSON.stringify(refusal)).not.toContain('DECISION.');
  });

  it('offer to reload after a 409 or a 412, not after a 403', () => {
    expect(refusalOf(new ApiError(412, { message: 'If-Match "3" does not match the current ETag "4"', code: 'ACTION_PLAN.STALE' })).reload).toBe(true);
    expect(refusalOf(new ApiError(409, { message: 'cannot submit an action plan that is approved', code: 'ACTION_PLAN.INVALID_TRANSITION' }))).toEqual({
      title: 'Not possible now',
      sentence: 'Cannot submit an action plan that is approved. Reload the plan to see where it stands now.',
      reload: true,
    });
    expect(refusalOf(new ApiError(403, { message: 'only the lead partner may revise this action plan', code: 'ACTION_PLAN.NOT_LEAD_PARTNER' }))).toEqual({
      title: 'Only the lead partner may do this',
      sentence: 'Only the lead partner may revise this action plan.',
      reload: false,
    });
  });

  it('says when the service could not be reached at all', () => {
    expect(refusalOf(new TypeError('Failed to fetch')).title).toBe('The service could not be reached');
  });
});
