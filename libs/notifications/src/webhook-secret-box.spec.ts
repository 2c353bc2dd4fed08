import { randomBytes } from 'node:crypto';
import { WebhookSecretBox } from './webhook-secret-box';

const key = () => randomBytes(32).toString('base64');
const ID = '0192f5c0-0000-7000-8000-000000000001';

describe('WebhookSecretBox', () => {
  it('seals a secret so that the stored text does not contain it, and opens it again', () => {
    const box = WebhookSecretBox.withKey(key());
    const stored = box.seal(ID, 'the-secret');
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain('the-secret');
    expect(box.open(ID, stored)).toBe('the-secret');
  });

  it('seals the same secret differently each time', () => {
    const box = WebhookSecretBox.withKey(key());
    expect(box.seal(ID, 'the-secret')).not.toBe(box.seal(ID, 'the-secret'));
  });

  it('refuses a sealed secret under another key, moved to another webhook, or altered', () => {
    const box = WebhookSecretBox.withKey(key());
    const stored = box.seal(ID, 'the-secret');
    expect(() => WebhookSecretBox.withKey(key()).open(ID, stored)).toThrow(/does not open/);
    expect(() => box.open('0192f5c0-0000-7000-8000-000000000002', stored)).toThrow(/does not open/);
    const altered = stored.slice(0, -2) + (stored.endsWith('A') ? 'BA' : 'AA');
    expect(() => box.open(ID, altered)).toThrow(/does not open/);
  });

  it('reads a secret stored before the key was set, and keeps plain text without a key', () => {
    expect(WebhookSecretBox.withKey(key()).open(ID, 'stored-in-clear')).toBe('stored-in-clear');
    const clear = WebhookSecretBox.withKey(undefined);
    expect(clear.sealsSecrets).toBe(false);
    expect(clear.seal(ID, 'the-secret')).toBe('the-secret');
  });

  it('opens a secret sealed under an earlier key given as previous, and seals it and a plain one again under the current key', () => {
    const [earlier, current] = [key(), key()];
    const underEarlier = WebhookSecretBox.withKey(earlier).seal(ID, 'the-secret');
    const box = WebhookSecretBox.withKey(current, [earlier]);
    expect(box.open(ID, underEarlier)).toBe('the-secret');
    expect(() => WebhookSecretBox.withKey(current).open(ID, underEarlier)).toThrow(/does not open/);
    for (const stored of [underEarlier, 'the-secret']) expect(WebhookSecretBox.withKey(current).open(ID, box.resealed(ID, stored)!)).toBe('the-secret');
    expect(box.resealed(ID, box.seal(ID, 'the-secret'))).toBeNull();
    expect(WebhookSecretBox.withKey(undefined, [earlier]).resealed(ID, 'the-secret')).toBeNull();
    expect(() => WebhookSecretBox.withKey(current).resealed(ID, underEarlier)).toThrow(/does not open/);
    expect(WebhookSecretBox.withKey(undefined, [earlier]).open(ID, underEarlier)).toBe('the-secret');
  });

  it('says what is missing when a sealed secret is read without the key', () => {
    const stored = WebhookSecretBox.withKey(key()).seal(ID, 'the-secret');
    expect(() => WebhookSecretBox.withKey(undefined).open(ID, stored)).toThrow(/WEBHOOK_SECRET_KEY is not set/);
  });
});
