import { generateWebhookSecret, signPayload } from './webhook-signature';

describe('signPayload', () => {
  const secret = 'whsec-test-secret';
  const body = '{"id":"0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f-1","type":"ActionPlanCreated"}';

  it('is the hex HMAC-SHA256 of timestamp, a dot and the body, as openssl computes it', () => {
    // printf '1.{}' | openssl dgst -sha256 -hmac secret
    expect(signPayload('secret', 1, '{}')).toBe('1122767b193110cfec322b6f199b599edbf608ed087f2d27afb0b97d99523908');
  });

  it('changes when the body, the timestamp or the secret changes', () => {
    const signature = signPayload(secret, 1764072000, body);
    expect(signPayload(secret, 1764072000, `${body} `)).not.toBe(signature);
    expect(signPayload(secret, 1764072001, body)).not.toBe(signature);
    expect(signPayload(`${secret}x`, 1764072000, body)).not.toBe(signature);
  });
});

describe('generateWebhookSecret', () => {
  it('is 32 random bytes, base64url, different every time', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });
});
