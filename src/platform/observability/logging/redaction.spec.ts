import pino from 'pino';
import { REDACT_PATHS, scrubMessage } from './redaction.js';

describe('log redaction', () => {
  it('censors secret fields at any of the first levels', () => {
    const lines: string[] = [];
    const logger = pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, { write: (l) => lines.push(l) });
    logger.info({
      password: 'p1',
      headers: { authorization: 'Bearer t1', 'x-api-key': 'k1', cookie: 'c1' },
      body: { user: { refresh_token: 'r1', access_token: 'a1' } },
    });
    const line = lines.join('');
    for (const secret of ['p1', 't1', 'k1', 'c1', 'r1', 'a1']) expect(line).not.toContain(`"${secret}`);
    expect(line).toContain('[redacted]');
  });

  it.each([
    ['authorization: Bearer abc.def', 'abc.def'],
    ['x-api-key=0123456789abcdef', '0123456789abcdef'],
    ['{"password":"hunter2!"}', 'hunter2!'],
    ['refresh_token=zzz&x=1', 'zzz'],
    ['token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl seen', 'eyJhbGciOiJIUzI1NiJ9'],
  ])('scrubs %s', (message, secret) => {
    expect(scrubMessage(message)).not.toContain(secret);
  });

  it('leaves ordinary messages alone', () => {
    expect(scrubMessage('Tenant 3f6c: schema migrated to 006')).toBe('Tenant 3f6c: schema migrated to 006');
  });
});
