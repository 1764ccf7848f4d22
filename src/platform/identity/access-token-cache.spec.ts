import { AccessTokenCache } from './access-token-cache.js';

const claims = (exp: number) => ({ sub: 's', tid: 't', role: 'user', exp });

describe('AccessTokenCache', () => {
  it('returns the claims of a verified token until the second its exp names', () => {
    let now = 1_000_000_000;
    const cache = new AccessTokenCache(() => now);
    cache.set('token', claims(1_000_005));
    expect(cache.get('token')).toEqual(claims(1_000_005));
    now = 1_000_004_999;
    expect(cache.get('token')).toEqual(claims(1_000_005));
    now = 1_000_005_000; // jsonwebtoken: expired once floor(now / 1000) >= exp
    expect(cache.get('token')).toBeUndefined();
    now = 1_000_000_000;
    expect(cache.get('token')).toBeUndefined(); // dropped, not just hidden
  });

  it('knows only the exact token it was given', () => {
    const cache = new AccessTokenCache(() => 0);
    cache.set('a.b.c', claims(10));
    expect(cache.get('a.b.d')).toBeUndefined();
  });

  it('keeps at most 10,000 tokens', () => {
    const cache = new AccessTokenCache(() => 0);
    for (let i = 0; i <= 10_000; i += 1) cache.set(`t${i}`, claims(10));
    expect(cache.get('t0')).toBeUndefined();
    expect(cache.get('t10000')).toEqual(claims(10));
  });
});
