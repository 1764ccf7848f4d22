import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestApp, TenantSession } from './support/app.js';

const filesDir = mkdtempSync(join(tmpdir(), 'mtb-files-'));
const MAX = 200_000;
const QUOTA = 300_000;
Object.assign(process.env, {
  FILES_DIR: filesDir,
  FILE_MAX_BYTES: String(MAX),
  FILES_TENANT_QUOTA_BYTES: String(QUOTA),
  FILES_SWEEP_INTERVAL_MS: '0',
  FILES_SWEEP_GRACE_MS: '60000',
});
const { createTenantSession, createTestApp, withDatabase } = await import('./support/app.js');
const { adminHeaders } = await import('./support/auth.js');
const { eventually } = await import('./support/wait.js');
const { pngBytes, rawUpload } = await import('./support/multipart.js');
const { FilesSweep } = await import('../src/crm/files/files-sweep.service.js');

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const blobs = (tenantId: string) => (existsSync(join(filesDir, tenantId)) ? readdirSync(join(filesDir, tenantId)) : []);
const rowCount = (tenantId: string) =>
  withDatabase(async (c) => {
    const schema = `tenant_${tenantId.replace(/-/g, '_')}`;
    const { rows } = await c.query(`SELECT count(*)::int AS n FROM "${schema}".files`);
    return rows[0].n as number;
  });
/** Makes a blob look as old as the sweep's grace period allows it to be removed. */
const age = (tenantId: string, id: string) => {
  const old = new Date(Date.now() - 3_600_000);
  utimesSync(join(filesDir, tenantId, id), old, old);
};

describe('File attachments (/api/tenant/files)', () => {
  let t: TestApp;
  let a: TenantSession;
  let b: TenantSession;
  const upload = (s: TenantSession, bytes: Buffer, name: string, type: string, fields: Record<string, string> = {}) => {
    let req = t.http.post('/api/tenant/files').set(s.headers);
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    return req.attach('file', bytes, { filename: name, contentType: type });
  };

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    [a, b] = [await createTenantSession(t.http, 'Files A'), await createTenantSession(t.http, 'Files B')];
  });
  afterAll(async () => {
    await t.close();
  });
  let base: string;

  it('stores an upload linked to a contact, lists it by the link, serves its metadata and its exact bytes', async () => {
    const contact = await t.http.post('/api/tenant/contacts').set(a.headers).send({ first_name: 'Ada' }).expect(201);
    const bytes = pngBytes(1024);
    const res = await upload(a, bytes, 'photo.png', 'image/png', { contact_id: contact.body.data.id }).expect(201);
    const file = res.body.data;
    expect(res.body).toMatchObject({ success: true, message: 'File uploaded' });
    expect(file).toEqual({
      id: expect.any(String),
      name: 'photo.png',
      content_type: 'image/png',
      size: 1024,
      sha256: sha256(bytes),
      contact_id: contact.body.data.id,
      organization_id: null,
      lead_id: null,
      task_id: null,
      created_by: a.admin.id,
      created_at: expect.any(String),
    });
    expect(blobs(a.tenant.id)).toEqual([file.id]);

    const got = await t.http.get(`/api/tenant/files/${file.id}`).set(a.headers).expect(200);
    expect(got.body.data).toEqual(file);
    const listed = await t.http.get(`/api/tenant/files?contact_id=${contact.body.data.id}`).set(a.headers).expect(200);
    expect(listed.body.data.map((f: { id: string }) => f.id)).toEqual([file.id]);
    expect(listed.body.meta).toEqual({ limit: 50, next_cursor: null });
    const other = await t.http.get(`/api/tenant/files?lead_id=${contact.body.data.id}`).set(a.headers).expect(200);
    expect(other.body.data).toEqual([]);

    const content = await t.http
      .get(`/api/tenant/files/${file.id}/content`)
      .set(a.headers)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(sha256(content.body as Buffer)).toBe(file.sha256);
    expect(content.headers['content-type']).toBe('image/png');
    expect(content.headers['content-length']).toBe('1024');
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(content.headers['content-disposition']).toBe(`attachment; filename="photo.png"; filename*=UTF-8''photo.png`);

    const audit = await t.http
      .get(`/api/tenant/audit-log?resource=files&resource_id=${file.id}`)
      .set(a.headers)
      .expect(200);
    expect(audit.body.data).toEqual([
      expect.objectContaining({
        action: 'create',
        actor_id: a.admin.id,
        changes: expect.objectContaining({ sha256: { new: file.sha256 } }),
      }),
    ]);

    await t.http.delete(`/api/tenant/files/${file.id}`).set(a.headers).expect(204);
    expect(blobs(a.tenant.id)).toEqual([]);
    await t.http.get(`/api/tenant/files/${file.id}`).set(a.headers).expect(404);
    await t.http.delete(`/api/tenant/files/${file.id}`).set(a.headers).expect(404);
    const after = await t.http.get(`/api/tenant/audit-log?resource=files&resource_id=${file.id}`).set(a.headers);
    expect(after.body.data.map((r: { action: string }) => r.action)).toEqual(['delete', 'create']);
  });

  it('answers 401 without a token and 400 for ids that are not UUIDs', async () => {
    const noAuth = { 'x-tenant-id': a.tenant.id };
    const res = await t.http.post('/api/tenant/files').set(noAuth).attach('file', pngBytes(100), 'a.png').expect(401);
    expect(res.body.success).toBe(false);
    await t.http.get('/api/tenant/files').set(noAuth).expect(401);
    await t.http.get(`/api/tenant/files/${a.admin.id}/content`).set(noAuth).expect(401);
    for (const path of ['/api/tenant/files/nope', '/api/tenant/files/nope/content']) {
      const bad = await t.http.get(path).set(a.headers).expect(400);
      expect(bad.body).toEqual({ success: false, error: 'id must be a UUID' });
    }
    await t.http.delete('/api/tenant/files/123').set(a.headers).expect(400);
    await t.http.get('/api/tenant/files?contact_id=nope').set(a.headers).expect(400);
  });

  it('refuses a file over FILE_MAX_BYTES with 413 and keeps neither blob nor row', async () => {
    const res = await upload(a, pngBytes(MAX + 1), 'big.png', 'image/png').expect(413);
    expect(res.body).toEqual({ success: false, error: 'File is larger than 195 KB' });
    expect(blobs(a.tenant.id)).toEqual([]);
    expect(await rowCount(a.tenant.id)).toBe(0);
    const exact = await upload(a, pngBytes(MAX), 'exact.png', 'image/png').expect(201);
    await t.http.delete(`/api/tenant/files/${exact.body.data.id}`).set(a.headers).expect(204);
  });

  it('refuses an upload over the tenant quota with 413, also when uploads race for the last bytes', async () => {
    const s = await createTenantSession(t.http, 'Quota');
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => upload(s, pngBytes(100_000), `f${i}.png`, 'image/png')),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 413, 413, 413]);
    const refused = results.find((r) => r.status === 413);
    expect(refused?.body.error).toBe(
      'Storage quota exceeded: this tenant may keep 292 KB of files; delete files to make room',
    );
    expect(await rowCount(s.tenant.id)).toBe(3);
    expect(blobs(s.tenant.id)).toHaveLength(3);
    // Full: refused before a byte is stored.
    await upload(s, pngBytes(10), 'one-more.png', 'image/png').expect(413);
    expect(blobs(s.tenant.id)).toHaveLength(3);
  });

  it('leaves no blob and no row when the client aborts mid-upload', async () => {
    const cut = rawUpload(base, a.headers, { name: 'cut.png', type: 'image/png' });
    cut.response.catch(() => undefined);
    cut.req.write(cut.preamble);
    cut.req.write(pngBytes(100_000));
    // Wait until the server is writing the blob, then cut the connection.
    await eventually(() => blobs(a.tenant.id).some((n) => n.endsWith('.partial')), 10_000, 'a partial blob');
    cut.req.destroy();
    await eventually(() => blobs(a.tenant.id).length === 0, 10_000, 'the partial blob to go');
    expect(await rowCount(a.tenant.id)).toBe(0);
    // The server is fine afterwards.
    await t.http.get('/api/tenant/files').set(a.headers).expect(200);
  });

  it('answers 404 for a file id of another tenant, on every route', async () => {
    const file = (await upload(a, pngBytes(500), 'mine.png', 'image/png').expect(201)).body.data;
    const miss = await t.http.get(`/api/tenant/files/${file.id}`).set(b.headers).expect(404);
    expect(miss.body).toEqual({ success: false, error: 'File not found' });
    await t.http.get(`/api/tenant/files/${file.id}/content`).set(b.headers).expect(404);
    await t.http.delete(`/api/tenant/files/${file.id}`).set(b.headers).expect(404);
    const list = await t.http.get('/api/tenant/files').set(b.headers).expect(200);
    expect(list.body.data).toEqual([]);
    await t.http.get(`/api/tenant/files/${file.id}`).set(a.headers).expect(200);
    await t.http.delete(`/api/tenant/files/${file.id}`).set(a.headers).expect(204);
  });

  it('keeps a path-traversal file name as metadata only: the blob is named by its id', async () => {
    const text = Buffer.from('root:x:0:0:root:/root:/bin/bash\n');
    const res = await upload(b, text, '../../etc/passwd', 'text/plain').expect(201);
    expect(res.body.data).toMatchObject({ name: 'passwd', content_type: 'text/plain', size: text.length });
    expect(blobs(b.tenant.id)).toEqual([res.body.data.id]);
    expect(readdirSync(filesDir).sort()).toEqual(expect.not.arrayContaining(['etc', 'passwd']));
    const windows = await upload(b, text, '..\\..\\boot.ini', 'text/plain').expect(201);
    expect(windows.body.data.name).toBe('boot.ini');
    const fancy = await upload(b, Buffer.from('a,b\n1,2\n'), 'résumé (final).csv', 'text/csv').expect(201);
    expect(fancy.body.data).toMatchObject({ name: 'résumé (final).csv', content_type: 'text/csv' });
    const dl = await t.http.get(`/api/tenant/files/${fancy.body.data.id}/content`).set(b.headers).expect(200);
    expect(dl.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(dl.headers['content-disposition']).toBe(
      `attachment; filename="r_sum_ (final).csv"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%28final%29.csv`,
    );
  });

  it('decides the type from the first bytes: a PNG declared as PDF, an EXE and a bare ZIP are 415s', async () => {
    const before = blobs(b.tenant.id).length;
    const png = await upload(b, pngBytes(300), 'doc.pdf', 'application/pdf').expect(415);
    expect(png.body).toEqual({
      success: false,
      error: 'File content is image/png, but it was sent as application/pdf',
    });
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200)]);
    const refused = await upload(b, exe, 'setup.exe', 'application/octet-stream').expect(415);
    expect(refused.body.error).toMatch(/^File type is not allowed; allowed: PDF, PNG/);
    await upload(b, exe, 'setup.pdf', 'application/pdf').expect(415);
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]);
    await upload(b, zip, 'a.zip', 'application/zip').expect(415);
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    expect((await upload(b, zip, 'a.docx', docx).expect(201)).body.data.content_type).toBe(docx);
    const pdf = await upload(b, Buffer.from('%PDF-1.7\n...'), 'x.bin', 'application/octet-stream').expect(201);
    expect(pdf.body.data.content_type).toBe('application/pdf');
    await upload(b, Buffer.from('plain words'), 'x.png', 'image/png').expect(415);
    expect(blobs(b.tenant.id)).toHaveLength(before + 2);
  });

  it('validates the form: links to existing records of this tenant only, one link, known fields, one file', async () => {
    const own = await t.http.post('/api/tenant/organizations').set(a.headers).send({ name: 'Org' }).expect(201);
    const foreign = await t.http.post('/api/tenant/contacts').set(b.headers).send({ first_name: 'B' }).expect(201);
    const bytes = pngBytes(200);
    const missing = await upload(a, bytes, 'x.png', 'image/png', { contact_id: foreign.body.data.id }).expect(400);
    expect(missing.body).toEqual({ success: false, error: 'contact_id does not reference an existing record' });
    const two = await upload(a, bytes, 'x.png', 'image/png', {
      organization_id: own.body.data.id,
      lead_id: own.body.data.id,
    }).expect(400);
    expect(two.body.error).toBe('A file links to at most one record; got organization_id, lead_id');
    await upload(a, bytes, 'x.png', 'image/png', { owner: 'x' }).expect(400);
    await upload(a, bytes, 'x.png', 'image/png', { task_id: 'not-a-uuid' }).expect(400);
    const noFile = await t.http.post('/api/tenant/files').set(a.headers).field('task_id', own.body.data.id).expect(400);
    expect(noFile.body.error).toBe('A file is required in the multipart field "file"');
    const json = await t.http.post('/api/tenant/files').set(a.headers).send({ file: 'x' }).expect(415);
    expect(json.body.success).toBe(false);
    const elsewhere = await t.http
      .post('/api/tenant/contacts')
      .set(a.headers)
      .attach('file', bytes, 'x.png')
      .expect(415);
    expect(elsewhere.body).toEqual({ success: false, error: 'Unsupported content type' });
    const linked = await upload(a, bytes, 'x.png', 'image/png', { organization_id: own.body.data.id }).expect(201);
    expect(linked.body.data.organization_id).toBe(own.body.data.id);
    expect(blobs(a.tenant.id)).toEqual([linked.body.data.id]);
    await t.http.delete(`/api/tenant/files/${linked.body.data.id}`).set(a.headers).expect(204);
  });

  it('deleting a record deletes its file rows at once, and the sweep removes their blobs', async () => {
    const contact = await t.http.post('/api/tenant/contacts').set(a.headers).send({ first_name: 'Gone' }).expect(201);
    const kept = (await upload(a, pngBytes(300), 'kept.png', 'image/png').expect(201)).body.data;
    const files = await Promise.all(
      [1, 2].map(
        async (i) =>
          (await upload(a, pngBytes(300), `${i}.png`, 'image/png', { contact_id: contact.body.data.id }).expect(201))
            .body.data,
      ),
    );
    await t.http.delete(`/api/tenant/contacts/${contact.body.data.id}`).set(a.headers).expect(204);
    for (const f of files) await t.http.get(`/api/tenant/files/${f.id}`).set(a.headers).expect(404);
    for (const id of [kept.id, ...files.map((f) => f.id)]) age(a.tenant.id, id);
    const report = await t.app.get(FilesSweep).sweep();
    expect(report.removed).toBeGreaterThanOrEqual(2);
    expect(blobs(a.tenant.id)).toEqual([kept.id]);
    await t.http.delete(`/api/tenant/files/${kept.id}`).set(a.headers).expect(204);
  });

  it('the sweep removes old blobs without rows, keeps young ones (uploads in flight), and purged tenants’ folders', async () => {
    const orphan = '00000000-0000-4000-8000-000000000001';
    const young = '00000000-0000-4000-8000-000000000002';
    writeFileSync(join(filesDir, a.tenant.id, orphan), 'x');
    writeFileSync(join(filesDir, a.tenant.id, `${young}.partial`), 'x');
    age(a.tenant.id, orphan);
    const ghost = '00000000-0000-4000-8000-0000000000ff';
    mkdirSync(join(filesDir, ghost));
    writeFileSync(join(filesDir, ghost, orphan), 'x');
    const report = await t.app.get(FilesSweep).sweep();
    expect(blobs(a.tenant.id)).toEqual([`${young}.partial`]);
    expect(report).toEqual({ removed: 1, tenants_removed: 1 });
    expect(existsSync(join(filesDir, ghost))).toBe(false);
  });

  it('purging a tenant removes its folder', async () => {
    const s = await createTenantSession(t.http, 'Purged');
    await upload(s, pngBytes(100), 'p.png', 'image/png').expect(201);
    expect(blobs(s.tenant.id)).toHaveLength(1);
    await t.http
      .delete(`/api/tenants/${s.tenant.id}?purge=now`)
      .set({ ...adminHeaders, 'x-confirm-purge': s.tenant.id })
      .expect(200);
    expect(existsSync(join(filesDir, s.tenant.id))).toBe(false);
  });
});
