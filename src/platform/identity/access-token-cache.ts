import { LRUCache } from 'lru-cache';
import type { AccessClaims } from './auth.service.js';

/** Tokens remembered per replica; ~0.5 KB each, so the cache stays under a few MB. */
const MAX_TOKENS = 10_000;

/**
 * Access tokens this replica has already verified, with their claims, until the token's own `exp`. Verifying an
 * HS256 token through jsonwebtoken took about 20-30 us of CPU on every request (a few percent of a list request); a
 * client sends the same token for up to 15 minutes. Only verified tokens are remembered (the key is the whole token,
 * signature included), never past their expiry: a hit is exactly what verifying again would have returned.
 * Revocation does not change: access tokens were never revocable one by one, and the user check after this
 * (AuthUserCache) still refuses a deleted user.
 */
export class AccessTokenCache {
  private readonly cache = new LRUCache<string, AccessClaims>({ max: MAX_TOKENS });

  constructor(private readonly now: () => number = Date.now) {}

  get(token: string): AccessClaims | undefined {
    const claims = this.cache.get(token);
    if (!claims) return undefined;
    // jsonwebtoken's rule: expired once the current second reaches `exp`.
    if (Math.floor(this.now() / 1000) < (claims.exp ?? 0)) return claims;
    this.cache.delete(token);
    return undefined;
  }

  set(token: string, claims: AccessClaims): void {
    this.cache.set(token, claims);
  }
}
