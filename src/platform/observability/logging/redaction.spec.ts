import { createPino } from './app-logger.js';
import { redactSecrets, scrubMessage } from './redaction.js';

describe('log redaction', () => {
  const logged = (fields: object) => {
    const lines: string[] = [];
    createPino({ level: 'log', format: 'json', destination: { write: (l) => lines.push(l) } }).info(fields);
    return JSON.parse(lines.join('')) as Record<string, unknown>;
  };

  it('censors secret fields at any of the first four levels, in any case', () => {
    const line = logged({
      password: 'p1',
      headers: { Authorization: 'Bearer t1', 'x-api-key': 'k1', cookie: 'c1' },
      body: { user: { refresh_token: 'r1', access_token: 'a1' } },
      list: [{ 'set-cookie': ['s1'] }],
    });
    expect(line).toMatchObject({
      password: '[redacted]',
      headers: { Authorization: '[redacted]', 'x-api-key': '[redacted]', cookie: '[redacted]' },
      body: { user: { refresh_token: '[redacted]', access_token: '[redacted]' } },
      list: [{ 'set-cookie': '[redacted]' }],
    });
    for (const secret of ['p1', 't1', 'k1', 'c1', 'r1', 'a1', 's1']) expect(JSON.stringify(line)).not.toContain(secret);
  });

  it("returns a line without secrets as it is, and never changes the caller's objects", () => {
    const plain = { msg: 'GET /x 200', route: '/x', status: 200, nested: { a: { b: { c: 1 } } } };
    expect(redactSecrets(plain)).toBe(plain);
    const user = { name: 'Ann', password: 'hunter2' };
    const fields = { user, other: { id: 1 } };
    const out = redactSecrets(fields);
    expect(out).toEqual({ user: { name: 'Ann', password: '[redacted]' }, other: { id: 1 } });
    expect(out.other).toBe(fields.other); // untouched branches are shared, not copied
    expect(user.password).toBe('hunter2');
  });

  it('keeps an error an error (message, stack, type) while censoring its fields', () => {
    const err = Object.assign(new TypeError('boom'), { config: { headers: { authorization: 'Bearer e1' } } });
    const line = logged({ err });
    expect(line.err).toMatchObject({
      type: 'TypeError',
      message: 'boom',
      stack: expect.stringContaining('boom'),
      config: { headers: { authorization: '[redacted]' } },
    });
    expect(err.config.headers.authorization).toBe('Bearer e1');
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
