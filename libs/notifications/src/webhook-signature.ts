import { createHmac, randomBytes } from 'node:crypto';

/** A new signing secret: 256 random bits. */
export function generateWebhookSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * HMAC-SHA256 of `${timestamp}.${body}` in hex: the value of `x-accord-signature` after `sha256=`.
 * The timestamp is signed with the body so a receiver that refuses old timestamps also refuses a
 * replayed delivery.
 */
export function signPayload(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}
