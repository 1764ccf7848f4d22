import type { ErrorEvent } from '@sentry/nestjs';
import { scrubEvent } from './sentry-scrub.js';

describe('scrubEvent', () => {
  it('keeps only safe headers and drops the body, cookies, query string, user details and local variables', () => {
    const event = scrubEvent({
      type: undefined,
      message: 'failed for bob@example.com with Bearer abc.def.ghi',
      request: {
        method: 'POST',
        url: 'http://h/api/tenant/contacts?q=bob@example.com',
        headers: { authorization: 'Bearer t', 'x-api-key': 'k', cookie: 'c', 'user-agent': 'ua' },
        cookies: { sid: 'c' },
        data: { password: 'p' },
        query_string: 'q=bob@example.com',
      },
      user: { id: 'u1', email: 'bob@example.com', ip_address: '10.0.0.1' },
      breadcrumbs: [{ message: 'GET /x?token=1' }],
      exception: { values: [{ value: 'dup bob@example.com', stacktrace: { frames: [{ vars: { password: 'p' } }] } }] },
    } as ErrorEvent);
    expect(event.request).toEqual({
      method: 'POST',
      url: 'http://h/api/tenant/contacts',
      headers: { 'user-agent': 'ua' },
    });
    expect(event.user).toEqual({ id: 'u1' });
    expect(event.breadcrumbs).toBeUndefined();
    expect(JSON.stringify(event)).not.toMatch(/bob@example\.com|abc\.def|"p"/);
  });
});
