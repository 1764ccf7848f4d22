// Seeding through the app's public API: tenants with a first admin (POST /api/tenants), then contacts
// (POST /api/tenant/contacts). Tokens are signed here with the JWT_SECRET the harness gave the app,
// instead of logging every admin in, which would cost one argon2 verification per tenant.
import { createSecretKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { log, runBounded, throttledProgress } from './util.mjs';

export const CONTACTS_PER_TENANT = 20;
/** Contacts, and tenants outside the provisioning measurement, are created this many at a time. */
export const SEED_CONCURRENCY = 8;
/** Tenants inside the provisioning measurement are created one at a time (sequentially). */
export const PROVISION_CONCURRENCY = 1;
const ADMIN_PASSWORD = 'bench-admin-password-0123';
const REQUEST_TIMEOUT_MS = 30_000;

/** One JSON request; throws with the status and body on anything but `expected`. */
async function requestJson(method, url, headers, body, expected) {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await res.text();
  if (res.status !== expected)
    throw new Error(`${method} ${new URL(url).pathname} answered ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/**
 * An access token the app accepts, like the ones its login issues (HS256, issuer, audience, 1 h).
 * `key` is a KeyObject: jsonwebtoken 9 handed a string secret first tries (and fails) to parse it as
 * a private key on every call, which is slow; the signature is the same either way.
 */
export function signToken(tenant, key) {
  return jwt.sign({ sub: tenant.adminId, tid: tenant.id, role: 'admin' }, key, {
    algorithm: 'HS256',
    issuer: 'multi-tenant-backend',
    audience: 'multi-tenant-backend-api',
    expiresIn: 3600,
  });
}

/**
 * Seeds tenants through one app instance. `tenants` grows with every call; `provisioning` collects the
 * per-tenant latency and wall time of the first `provisionCount` tenants.
 */
export function createSeeder({ baseUrl, apiKey, jwtSecret, runId, provisionCount }) {
  const signingKey = createSecretKey(Buffer.from(jwtSecret, 'utf8'));
  const tenants = [];
  const provisioning = { count: provisionCount, latenciesMs: [], wallMs: 0, concurrency: PROVISION_CONCURRENCY };

  /** Creates tenant number `i` (0-based) with its first admin; returns { id, adminId, latencyMs }. */
  async function createTenant(i) {
    const domain = `t${i}-${runId}.bench.example.com`;
    const started = performance.now();
    const body = await requestJson(
      'POST',
      `${baseUrl}/api/tenants`,
      { 'x-api-key': apiKey },
      { name: `Bench tenant ${i}`, domain, admin: { email: `admin@${domain}`, password: ADMIN_PASSWORD } },
      201,
    );
    const latencyMs = performance.now() - started;
    if (!body.data?.id || !body.data?.admin?.id) throw new Error(`POST /api/tenants returned no tenant or admin id`);
    return { id: body.data.id, adminId: body.data.admin.id, latencyMs };
  }

  /** Creates tenants [from, to) with `concurrency` in flight, storing them at their index. */
  async function createTenantRange(from, to, concurrency, measured) {
    if (from >= to) return;
    const progress = throttledProgress(
      measured ? 'provisioning tenants (1 at a time)' : `creating tenants (${concurrency} in flight)`,
    );
    const started = performance.now();
    let done = 0;
    await runBounded(from, to, concurrency, async (i) => {
      const t = await createTenant(i);
      tenants[i] = { id: t.id, adminId: t.adminId };
      // Signed once per tenant for seeding; tokensFile() signs fresh ones before every load run.
      tenants[i].token = signToken(tenants[i], signingKey);
      if (measured) provisioning.latenciesMs.push(t.latencyMs);
      done += 1;
      progress(from + done, to);
    });
    const ms = performance.now() - started;
    if (measured) provisioning.wallMs += ms;
    log(
      `created tenants ${from + 1}..${to} in ${(ms / 1000).toFixed(1)} s${measured ? ' (provisioning measurement)' : ''}`,
    );
  }

  /** Creates CONTACTS_PER_TENANT contacts for each tenant in [from, to), SEED_CONCURRENCY in flight. */
  async function createContacts(from, to) {
    const total = (to - from) * CONTACTS_PER_TENANT;
    const progress = throttledProgress('creating contacts');
    const started = performance.now();
    let done = 0;
    // One organization per tenant, which every other contact belongs to: the GraphQL scenario resolves it (batched).
    await runBounded(from, to, SEED_CONCURRENCY, async (i) => {
      const tenant = tenants[i];
      const org = await requestJson(
        'POST',
        `${baseUrl}/api/tenant/organizations`,
        { 'x-tenant-id': tenant.id, authorization: `Bearer ${tenant.token}` },
        { name: `Seed organization ${i}` },
        201,
      );
      tenant.organizationId = org.data.id;
    });
    await runBounded(0, total, SEED_CONCURRENCY, async (k) => {
      const tenant = tenants[from + Math.floor(k / CONTACTS_PER_TENANT)];
      const n = k % CONTACTS_PER_TENANT;
      await requestJson(
        'POST',
        `${baseUrl}/api/tenant/contacts`,
        { 'x-tenant-id': tenant.id, authorization: `Bearer ${tenant.token}` },
        {
          first_name: `Seed${n}`,
          last_name: `Contact ${k}`,
          email: `seed${n}@example.com`,
          organization_id: n % 2 === 0 ? tenant.organizationId : undefined,
        },
        201,
      );
      done += 1;
      progress(done, total);
    });
    log(`created ${total} contacts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  /**
   * Grows the tenant set to `target`: tenants inside the provisioning window one at a time (measured),
   * the rest SEED_CONCURRENCY at a time, then 20 contacts for each new tenant.
   */
  async function seedUpTo(target) {
    const from = tenants.length;
    if (target <= from) return;
    const measuredEnd = Math.min(target, Math.max(from, provisionCount));
    await createTenantRange(from, measuredEnd, PROVISION_CONCURRENCY, true);
    await createTenantRange(measuredEnd, target, SEED_CONCURRENCY, false);
    await createContacts(from, target);
  }

  /** [{ id, token }] for every tenant, with freshly signed tokens (valid one hour from now). */
  function tokensFile() {
    return tenants.map((t) => ({ id: t.id, token: signToken(t, signingKey) }));
  }

  return { tenants, provisioning, seedUpTo, tokensFile };
}
