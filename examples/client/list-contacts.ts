/**
 * A typed client in a few lines: the types come from openapi.json (`npm run openapi` generates schema.d.ts with
 * openapi-typescript), the requests are plain fetch. Signs in to a tenant and prints its contacts, page by page.
 *
 *   API_URL=http://127.0.0.1:3001 TENANT_ID=<uuid> EMAIL=<admin email> PASSWORD=<password> \
 *     node --experimental-strip-types examples/client/list-contacts.ts   (Node 22.6+; or compile it with tsc)
 */
import type { paths } from './schema.js';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type LoginBody = paths['/api/tenant/auth/login']['post']['requestBody']['content']['application/json'];
type LoginAnswer = Json<paths['/api/tenant/auth/login']['post']['responses'][200]>;
type ContactsQuery = NonNullable<paths['/api/tenant/contacts']['get']['parameters']['query']>;
type ContactsPage = Json<paths['/api/tenant/contacts']['get']['responses'][200]>;
type ErrorAnswer = Json<paths['/api/tenant/contacts']['get']['responses'][400]>;

export class CrmClient {
  private accessToken = '';

  constructor(
    private readonly baseUrl: string,
    private readonly tenantId: string,
  ) {}

  async signIn(body: LoginBody): Promise<LoginAnswer['data']['user']> {
    const answer = await this.call<LoginAnswer>('POST', '/api/tenant/auth/login', body);
    this.accessToken = answer.data.access_token;
    return answer.data.user;
  }

  listContacts(query: ContactsQuery = {}): Promise<ContactsPage> {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, String(value));
    return this.call<ContactsPage>('GET', `/api/tenant/contacts?${search}`);
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { 'x-tenant-id': this.tenantId };
    if (this.accessToken) headers.authorization = `Bearer ${this.accessToken}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json: unknown = await response.json();
    if (!response.ok) throw new Error(`${response.status}: ${(json as ErrorAnswer).error}`);
    return json as T;
  }
}

async function main(): Promise<void> {
  const { API_URL = 'http://127.0.0.1:3001', TENANT_ID = '', EMAIL = '', PASSWORD = '' } = process.env;
  const client = new CrmClient(API_URL, TENANT_ID);
  const user = await client.signIn({ email: EMAIL, password: PASSWORD });
  console.log(`Signed in as ${user.email} (${user.role})`);
  let cursor: string | undefined;
  do {
    const page = await client.listContacts({ limit: 50, cursor });
    for (const contact of page.data)
      console.log(`${contact.first_name} ${contact.last_name ?? ''} <${contact.email ?? '-'}>`);
    cursor = page.meta.next_cursor ?? undefined;
  } while (cursor);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
