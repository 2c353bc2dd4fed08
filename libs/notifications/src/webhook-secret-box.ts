import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const SEALED = 'v1.';

/**
 * Webhook secrets at rest. A signing secret cannot be hashed like an API key (every delivery needs
 * the secret itself), so with WEBHOOK_SECRET_KEY set it is stored sealed with AES-256-GCM under that
 * key, bound to its webhook's id: a copy of the database alone (a backup, a replica, a leaked dump)
 * no longer lets anyone sign deliveries as Accord, and a sealed secret moved to another webhook's
 * row does not open. Secrets stored before the key was set stay readable as they are, and those
 * sealed under a key it replaced open with WEBHOOK_SECRET_KEY_PREVIOUS, until `WebhookSecretResealer`
 * seals them under the current key when a process starts.
 */
export class WebhookSecretBox {
  private constructor(
    private readonly key: Buffer | null,
    private readonly previousKeys: Buffer[],
  ) {}

  /**
   * `key`: WEBHOOK_SECRET_KEY, 32 bytes in base64; undefined stores new secrets in plain text.
   * `previousKeys`: WEBHOOK_SECRET_KEY_PREVIOUS, the keys it replaced, only to open what they sealed.
   */
  static withKey(key: string | undefined, previousKeys: readonly string[] = []): WebhookSecretBox {
    return new WebhookSecretBox(key === undefined ? null : Buffer.from(key, 'base64'), previousKeys.map((previous) => Buffer.from(previous, 'base64')));
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

  /**
   * `stored` sealed under the current key, or null when it already is or there is no key: a secret
   * stored in plain text or sealed under an earlier key. Throws as `open` does when no key opens it.
   */
  resealed(webhookId: string, stored: string): string | null {
    if (!this.key || (stored.startsWith(SEALED) && openWith(this.key, webhookId, stored) !== null)) return null;
    return this.seal(webhookId, this.open(webhookId, stored));
  }

  open(webhookId: string, stored: string): string {
    if (!stored.startsWith(SEALED)) return stored;
    const keys = this.key ? [this.key, ...this.previousKeys] : this.previousKeys;
    if (keys.length === 0) throw new Error('this webhook secret is sealed, and WEBHOOK_SECRET_KEY is not set: deliveries cannot be signed');
    for (const key of keys) {
      const secret = openWith(key, webhookId, stored);
      if (secret !== null) return secret;
    }
    throw new Error(`the secret of webhook ${webhookId} does not open with WEBHOOK_SECRET_KEY or WEBHOOK_SECRET_KEY_PREVIOUS (another key, or the row was altered)`);
  }
}

/** The secret, or null when `stored` does not open with `key` (another key, another webhook, altered). */
function openWith(key: Buffer, webhookId: string, stored: string): string | null {
  try {
    const [iv, tag, sealed] = stored.slice(SEALED.length).split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(webhookId)).setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
