import { readFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { adminHeaders, TEST_PASSWORD } from './support/auth.js';
import {
  createTenantSession,
  createTestApp,
  type Http,
  type TenantSession,
  type TestApp,
  withDatabase,
} from './support/app.js';
import { gql, statementsDuring, touching } from './support/graphql.js';

const CONTACT_FIELDS = 'id first_name last_name email phone organization_id notes created_at updated_at';

describe('GraphQL at /api/tenant/graphql', () => {
  let t: TestApp;
  let http: Http;
  let a: TenantSession;
  let b: TenantSession;
  beforeAll(async () => {
    t = await createTestApp();
    http = t.http;
    [a, b] = await Promise.all([createTenantSession(http, 'GraphQL A'), createTenantSession(http, 'GraphQL B')]);
  });
  afterAll(() => t.close());

  const createOrg = async (s: TenantSession, name: string): Promise<string> => {
    const res = await gql(http, s.headers, 'mutation($n: String!) { createOrganization(input: {name: $n}) { id } }', {
      n: name,
    }).expect(200);
    return res.body.data.createOrganization.id;
  };

  describe('queries and mutations over the REST services', () => {
    it('creates, reads, lists, updates and deletes a contact, with the DTO rules and an audit row for each change', async () => {
      const org = await createOrg(a, 'Globex');
      const created = await gql(
        http,
        a.headers,
        `mutation($input: CreateContactInput!) { createContact(input: $input) { ${CONTACT_FIELDS} } }`,
        { input: { first_name: '  Ann ', email: 'ANN@Globex.Example', organization_id: org } },
      ).expect(200);
      const contact = created.body.data.createContact;
      expect(contact).toMatchObject({ first_name: 'Ann', email: 'ann@globex.example', organization_id: org });

      const read = await gql(http, a.headers, `{ contact(id: "${contact.id}") { ${CONTACT_FIELDS} } }`).expect(200);
      expect(read.body).toEqual({ data: { contact } });
      // The same row as REST shows it.
      const rest = await http.get(`/api/tenant/contacts/${contact.id}`).set(a.headers).expect(200);
      expect(rest.body.data).toEqual(contact);

      const listed = await gql(
        http,
        a.headers,
        `{ contacts(q: "ann", organization_id: "${org}") { items { id } next_cursor } }`,
      );
      expect(listed.body).toEqual({ data: { contacts: { items: [{ id: contact.id }], next_cursor: null } } });

      const updated = await gql(
        http,
        a.headers,
        `mutation { updateContact(id: "${contact.id}", input: {last_name: "Lee", email: null}) { last_name email } }`,
      ).expect(200);
      expect(updated.body.data.updateContact).toEqual({ last_name: 'Lee', email: null });

      const deleted = await gql(http, a.headers, `mutation { deleteContact(id: "${contact.id}") }`).expect(200);
      expect(deleted.body).toEqual({ data: { deleteContact: true } });
      const again = await gql(http, a.headers, `mutation { deleteContact(id: "${contact.id}") }`).expect(200);
      expect(again.body.errors[0]).toMatchObject({ message: 'Contact not found', extensions: { code: 'NOT_FOUND' } });

      const audit = await http
        .get(`/api/tenant/audit-log?resource=contacts&resource_id=${contact.id}`)
        .set(a.headers)
        .expect(200);
      expect(audit.body.data.map((r: { action: string }) => r.action)).toEqual(['delete', 'update', 'create']);
      expect(audit.body.data[2]).toMatchObject({ actor_id: a.admin.id, actor_type: 'user' });
    });

    it('pages lists with the REST cursor and limits', async () => {
      const s = await createTenantSession(http, 'GraphQL paging');
      for (const name of ['one', 'two', 'three']) await createOrg(s, name);
      const first = await gql(http, s.headers, '{ organizations(limit: 2) { items { name } next_cursor } }');
      expect(first.body.data.organizations.items).toEqual([{ name: 'three' }, { name: 'two' }]);
      const cursor = first.body.data.organizations.next_cursor;
      expect(typeof cursor).toBe('string');
      const second = await gql(
        http,
        s.headers,
        '{ organizations(limit: 2, cursor: $c) { items { name } next_cursor } }'.replace('$c', JSON.stringify(cursor)),
      );
      expect(second.body.data.organizations).toEqual({ items: [{ name: 'one' }], next_cursor: null });

      const tooMany = await gql(http, s.headers, '{ organizations(limit: 201) { items { id } } }').expect(200);
      expect(tooMany.body.errors[0]).toMatchObject({
        message: 'limit must not be greater than 200',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const badCursor = await gql(http, s.headers, '{ organizations(cursor: "nope") { items { id } } }').expect(200);
      expect(badCursor.body.errors[0]).toMatchObject({
        message: 'cursor is malformed',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const badFilter = await gql(http, s.headers, '{ leads(owner_id: "x") { items { id } } }').expect(200);
      expect(badFilter.body.errors[0]).toMatchObject({
        message: 'owner_id must be a UUID',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('answers BAD_USER_INPUT with the DTO message, CONFLICT for a duplicate and NOT_FOUND for a missing row', async () => {
      const empty = await gql(http, a.headers, 'mutation { createLead(input: {title: "  ", value: -1}) { id } }');
      expect(empty.status).toBe(200);
      expect(empty.body.data).toBeNull();
      expect(empty.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
      expect(empty.body.errors[0].message).toContain('title should not be empty');
      expect(empty.body.errors[0].message).toContain('value must not be less than 0');

      const missingRef = await gql(
        http,
        a.headers,
        'mutation { createContact(input: {first_name: "X", organization_id: "00000000-0000-4000-8000-000000000000"}) { id } }',
      );
      expect(missingRef.body.errors[0]).toMatchObject({
        message: 'organization_id does not reference an existing record',
        extensions: { code: 'BAD_USER_INPUT' },
      });

      const user = `mutation { createUser(input: {email: "dup@example.com", password: "${TEST_PASSWORD}"}) { id email role } }`;
      const first = await gql(http, a.headers, user).expect(200);
      expect(first.body.data.createUser).toMatchObject({ email: 'dup@example.com', role: 'user' });
      const dup = await gql(http, a.headers, user.replace('dup@', 'DUP@')).expect(200);
      expect(dup.body.errors[0]).toMatchObject({ message: 'email already exists', extensions: { code: 'CONFLICT' } });

      const badId = await gql(http, a.headers, '{ lead(id: "42") { id } }');
      expect(badId.body.errors[0]).toMatchObject({
        message: 'id must be a UUID',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const unknownField = await gql(http, a.headers, '{ lead(id: "42") { password_hash } }').expect(400);
      expect(unknownField.body.errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
      const wrongVariable = await gql(http, a.headers, 'query($l: Int) { tasks(limit: $l) { items { id } } }', {
        l: 'ten',
      }).expect(400);
      expect(wrongVariable.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    });
  });

  describe('compiled documents (graphql-jit, from the second request of a document)', () => {
    it('answers a document, its variables errors and its resolver errors the same before and after it is compiled', async () => {
      const org = await createOrg(a, 'Compiled');
      await gql(
        http,
        a.headers,
        'mutation($o: ID!) { createContact(input: {first_name: "Jit", organization_id: $o}) { id } }',
        {
          o: org,
        },
      ).expect(200);
      const list = 'query($n: Int!) { contacts(limit: $n) { items { first_name created_at organization { name } } } }';
      const lookup = 'query($id: ID!) { contact(id: $id) { id } }';
      const answers = async () => [
        (await gql(http, a.headers, list, { n: 1 })).body,
        (await gql(http, a.headers, list, { n: 'many' })).body,
        (await gql(http, a.headers, list, { n: 500 })).body,
        (await gql(http, a.headers, lookup, { id: '00000000-0000-4000-8000-000000000000' })).body,
        (await gql(http, a.headers, lookup, { id: '42' })).body,
      ];
      const first = await answers();
      expect(first[0].data.contacts.items).toEqual([
        { first_name: 'Jit', created_at: expect.any(String), organization: { name: 'Compiled' } },
      ]);
      expect(first[1].errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
      expect(first[2].errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
      expect(first[3].errors[0].extensions).toEqual({ code: 'NOT_FOUND' });
      expect(first[4].errors[0]).toMatchObject({
        message: 'id must be a UUID',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      // The second and third rounds run the compiled documents.
      expect(await answers()).toEqual(first);
      expect(await answers()).toEqual(first);
    });
  });

  describe('relations, batched', () => {
    it('lists 50 contacts with their organizations in two statements, as many as for 5', async () => {
      const s = await createTenantSession(http, 'GraphQL batching');
      const orgs = await Promise.all(['o1', 'o2', 'o3', 'o4', 'o5'].map((n) => createOrg(s, n)));
      for (let i = 0; i < 50; i += 10) {
        await Promise.all(
          Array.from({ length: 10 }, (_, j) =>
            http
              .post('/api/tenant/contacts')
              .set(s.headers)
              .send({ first_name: `c${i + j}`, organization_id: orgs[(i + j) % 5] })
              .expect(201),
          ),
        );
      }
      const query = (limit: number) =>
        gql(http, s.headers, `{ contacts(limit: ${limit}) { items { first_name organization { id name } } } }`);
      let res = await query(50);
      const fifty = await statementsDuring(async () => (res = await query(50)));
      expect(res.body.data.contacts.items).toHaveLength(50);
      for (const c of res.body.data.contacts.items) {
        expect(c.organization.name).toBe(`o${(Number(c.first_name.slice(1)) % 5) + 1}`);
      }
      const five = await statementsDuring(() => query(5));
      expect(touching(fifty, 'contacts')).toHaveLength(1);
      expect(touching(fifty, 'organizations')).toHaveLength(1);
      expect(touching(five, 'contacts').length + touching(five, 'organizations').length).toBe(2);
    });

    it("resolves a lead's contact, owner and tasks and an organization's contacts, one statement per relation", async () => {
      const s = await createTenantSession(http, 'GraphQL relations');
      const org = await createOrg(s, 'Initech');
      const contact = await http
        .post('/api/tenant/contacts')
        .set(s.headers)
        .send({ first_name: 'Peter', organization_id: org });
      const leads: string[] = [];
      for (const title of ['L1', 'L2', 'L3']) {
        const lead = await http
          .post('/api/tenant/leads')
          .set(s.headers)
          .send({ title, contact_id: contact.body.data.id, owner_id: s.admin.id })
          .expect(201);
        leads.push(lead.body.data.id);
        for (const t of ['a', 'b']) {
          await http
            .post('/api/tenant/tasks')
            .set(s.headers)
            .send({ title: `${title}${t}`, lead_id: lead.body.data.id })
            .expect(201);
        }
      }
      let res!: Awaited<ReturnType<typeof gql>>;
      const statements = await statementsDuring(async () => {
        res = await gql(
          http,
          s.headers,
          `{ leads { items { title contact { first_name organization { name contacts { first_name } } }
              owner { id email role } tasks(limit: 1) { title } } } }`,
        );
      });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.leads.items).toEqual(
        ['L3', 'L2', 'L1'].map((title) => ({
          title,
          contact: { first_name: 'Peter', organization: { name: 'Initech', contacts: [{ first_name: 'Peter' }] } },
          owner: { id: s.admin.id, email: s.admin.email, role: 'admin' },
          tasks: [{ title: `${title}b` }],
        })),
      );
      for (const table of ['leads', 'organizations', 'tasks']) expect(touching(statements, table)).toHaveLength(1);
      // contacts: the lead's contacts, then each organization's contacts.
      expect(touching(statements, 'contacts')).toHaveLength(2);
      // users: the owners only. The auth guard's check of the token's user comes from the per-replica user cache
      // (USER_CACHE_TTL_MS, on by default), filled by the requests above.
      expect(touching(statements, 'users')).toHaveLength(1);
      expect(JSON.stringify(res.body)).not.toContain('password');
    });
  });

  describe('guards as on REST', () => {
    it('refuses a request without a token (401 UNAUTHENTICATED) or without a tenant (400)', async () => {
      const noToken = await gql(http, { 'x-tenant-id': a.tenant.id }, '{ contacts { items { id } } }').expect(401);
      expect(noToken.body).toEqual({
        errors: [{ message: 'A bearer token is required', extensions: { code: 'UNAUTHENTICATED' } }],
      });
      const badToken = await gql(
        http,
        { ...a.headers, authorization: 'Bearer a.b.c' },
        '{ contacts { items { id } } }',
      );
      expect(badToken.status).toBe(401);
      expect(badToken.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const noTenant = await gql(http, { authorization: a.headers.authorization }, '{ contacts { items { id } } }');
      expect(noTenant.status).toBe(400);
      expect(noTenant.body.errors[0]).toEqual({
        message: 'x-tenant-id header is required',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it("keeps tenants apart: A's token with B's header is refused, and B's row is NOT_FOUND for A", async () => {
      const crossed = await gql(
        http,
        { 'x-tenant-id': b.tenant.id, authorization: a.headers.authorization },
        '{ contacts { items { id } } }',
      ).expect(403);
      expect(crossed.body.errors[0]).toEqual({
        message: 'Token belongs to another tenant',
        extensions: { code: 'FORBIDDEN' },
      });

      const bOrg = await createOrg(b, 'B only');
      const read = await gql(http, a.headers, `{ organization(id: "${bOrg}") { name } }`).expect(200);
      expect(read.body).toMatchObject({ data: null, errors: [{ extensions: { code: 'NOT_FOUND' } }] });
      const update = await gql(
        http,
        a.headers,
        `mutation { updateOrganization(id: "${bOrg}", input: {name: "pwned"}) { id } }`,
      );
      expect(update.body.errors[0].extensions.code).toBe('NOT_FOUND');
      const list = await gql(http, a.headers, '{ organizations(limit: 200) { items { id } } }');
      expect(list.body.data.organizations.items.map((o: { id: string }) => o.id)).not.toContain(bOrg);
      const still = await gql(http, b.headers, `{ organization(id: "${bOrg}") { name } }`);
      expect(still.body.data.organization.name).toBe('B only');
    });

    it('applies roles per operation: a user may work with contacts, not with users (FORBIDDEN)', async () => {
      const email = `worker-${Date.now()}@example.com`;
      await gql(
        http,
        a.headers,
        `mutation { createUser(input: {email: "${email}", password: "${TEST_PASSWORD}"}) { id } }`,
      ).expect(200);
      const login = await http
        .post('/api/tenant/auth/login')
        .set('x-tenant-id', a.tenant.id)
        .send({ email, password: TEST_PASSWORD })
        .expect(200);
      const worker = { 'x-tenant-id': a.tenant.id, authorization: `Bearer ${login.body.data.access_token}` };
      const users = await gql(http, worker, '{ users { items { id } } }').expect(200);
      expect(users.body).toEqual({
        data: null,
        errors: [expect.objectContaining({ message: 'Your role may not do this', extensions: { code: 'FORBIDDEN' } })],
      });
      const contacts = await gql(http, worker, '{ contacts { items { id } } }').expect(200);
      expect(contacts.body.errors).toBeUndefined();
    });

    it('refuses a suspended tenant with 403, as REST does', async () => {
      const s = await createTenantSession(http, 'GraphQL suspended');
      await http.post(`/api/tenants/${s.tenant.id}/suspend`).set(adminHeaders).send({}).expect(200);
      const res = await gql(http, s.headers, '{ contacts { items { id } } }').expect(403);
      expect(res.body.errors[0]).toEqual({ message: 'Tenant is suspended', extensions: { code: 'FORBIDDEN' } });
    });

    it('never shows a database error: INTERNAL_SERVER_ERROR with the request id only', async () => {
      const s = await createTenantSession(http, 'GraphQL broken');
      const schema = `tenant_${s.tenant.id.replace(/-/g, '_')}`;
      await withDatabase((c) => c.query(`ALTER TABLE "${schema}".contacts RENAME COLUMN notes TO notes_gone`));
      const res = await gql(http, { ...s.headers, 'x-request-id': 'gql-broken-1' }, '{ contacts { items { id } } }');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        data: null,
        errors: [
          {
            message: 'Internal server error',
            locations: [{ line: 1, column: 3 }],
            path: ['contacts'],
            extensions: { code: 'INTERNAL_SERVER_ERROR', request_id: 'gql-broken-1' },
          },
        ],
      });
    });
  });

  describe('bounds', () => {
    it('rejects a query over the depth or complexity limit before it reaches the database', async () => {
      const deep =
        '{ leads { items { contact { organization { contacts { organization { contacts { organization { name } } } } } } } } }';
      let res!: Awaited<ReturnType<typeof gql>>;
      const statements = await statementsDuring(async () => (res = await gql(http, a.headers, deep)));
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_DEEP' });
      expect(statements.filter((s) => /"(leads|contacts|organizations)"/.test(s))).toEqual([]);

      const costly = '{ organizations(limit: 200) { items { name contacts(limit: 200) { id first_name } } } }';
      const costlyStatements = await statementsDuring(async () => (res = await gql(http, a.headers, costly)));
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toEqual({
        message: expect.stringMatching(/^Query complexity \d+ exceeds the limit of 5000$/),
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      });
      expect(costlyStatements.filter((s) => /"(contacts|organizations)"/.test(s))).toEqual([]);
      // Variables count: the same document is fine with small limits and refused with large ones, in either order
      // and repeated (estimates are remembered per document and variables, never across variables).
      const byVariables = 'query($n: Int) { organizations(limit: $n) { items { name contacts(limit: $n) { id } } } }';
      for (const n of [10, 200, 10, 200]) {
        const answer = await gql(http, a.headers, byVariables, { n });
        expect({ n, status: answer.status, code: answer.body.errors?.[0]?.extensions?.code }).toEqual(
          n === 10 ? { n, status: 200, code: undefined } : { n, status: 400, code: 'QUERY_TOO_COMPLEX' },
        );
      }
    });

    it('serves the schema committed in schema.graphql', async () => {
      const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8');
      const served = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
      expect(committed.slice(committed.indexOf('\n\n') + 2)).toBe(`${served}\n`);
    });

    it('serves introspection and GraphiQL outside production by default', async () => {
      const res = await gql(http, a.headers, '{ __schema { queryType { name } } }').expect(200);
      expect(res.body.data.__schema.queryType.name).toBe('Query');
      await http.get('/graphiql').expect(200);
    });
  });
});
