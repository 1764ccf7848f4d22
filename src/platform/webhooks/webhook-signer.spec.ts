import { newWebhookSecret, signWebhook, verifyWebhook } from './webhook-signer.js';

describe('webhook signatures', () => {
  // The example of the Standard Webhooks specification.
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
  const timestamp = 1614265330;
  const body = '{"test": 2432232314}';

  it('matches the Standard Webhooks reference signature', () => {
    expect(signWebhook(secret, id, timestamp, body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('verifies a good signature and rejects a changed body, a wrong secret and an old timestamp', () => {
    const now = timestamp * 1000;
    const signature = signWebhook(secret, id, timestamp, body);
    const headers = { id, timestamp: String(timestamp), signature };
    expect(verifyWebhook(secret, headers, body, 300, now)).toBe(true);
    expect(verifyWebhook(secret, headers, body.replace('2', '3'), 300, now)).toBe(false);
    expect(verifyWebhook(newWebhookSecret(), headers, body, 300, now)).toBe(false);
    expect(verifyWebhook(secret, headers, body, 300, now + 301_000)).toBe(false);
  });

  it('generates 32-byte secrets that differ each time', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
