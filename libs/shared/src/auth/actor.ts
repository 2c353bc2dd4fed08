export const ROLES = ['partner', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who did something: recorded on every history event. `partnerCode` is the organisation a partner
 * key acts for, or a reviewer's affiliation; the admin bootstrap token and the workers have none.
 */
export interface Actor {
  kind: 'api_key' | 'admin_token' | 'system';
  id: string | null;
  role: Role | 'system';
  partnerCode: string | null;
}

export const SYSTEM_ACTOR: Actor = { kind: 'system', id: 'worker', role: 'system', partnerCode: null };
