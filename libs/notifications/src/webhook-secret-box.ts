import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const SEALED = 'v1.';

/**
 * Webhook secrets at rest. A signing secret cannot be hashed like an API key (every delivery needs
 * the secret itself), so with WEBHOOK_SECRET_KEY set it is stored sealed with AES-256-GCM under that
 * key, bound to its webhook's id: a copy of the database alone (a backup, a replica, a leaked dump)
 * no longer lets anyone sign deliveries as Accord, and a sealed secret moved to another webhook's
 * row does not open. Secrets stored before the key was set stay readable as they are, until
 * `WebhookSecretResealer` seals them when a process starts with the key.
 */
export class WebhookSecretBox {
  private constructor(private readonly key: Buffer | null) {}

  /** `key`: WEBHOOK_SECRET_KEY, 32 bytes in base64; undefined stores new secrets in plain text. */
  static withKey(key: string | undefined): WebhookSecretBox {
    return new WebhookSecretBox(key === undefined ? null : Buffer.from(key, 'base64'));
  }

  get sealsSecrets(): boolean {
    return this.key !== null;
  }

  seal(webhookId: string, secret: string): string {
    if (!this.key) return secret;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(webhookId));
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `${SEALED}${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${sealed.toString('base64url')}`;
  }

  /** Whether `stored` is a sealed secret, not one stored in plain text before the key was set. */
  isSealed(stored: string): boolean {
    return stored.startsWith(SEALED);
  }

  open(webhookId: string, stored: string): string {
    if (!this.isSealed(stored)) return stored;
    if (!this.key) throw new Error('this webhook secret is sealed, and WEBHOOK_SECRET_KEY is not set: deliveries cannot be signed');
    const [iv, tag, sealed] = stored.slice(SEALED.length).split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(webhookId)).setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
    } catch {
      throw new Error(`the secret of webhook ${webhookId} does not open with WEBHOOK_SECRET_KEY (another key, or the row was altered)`);
    }
  }
}
