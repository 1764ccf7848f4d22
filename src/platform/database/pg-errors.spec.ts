import { mapDatabaseError } from './pg-errors.js';

const pgError = (fields: Record<string, string>) => Object.assign(new Error('db'), fields);

describe('mapDatabaseError', () => {
  it('maps a unique violation to 409 naming the column', () => {
    expect(mapDatabaseError(pgError({ code: '23505', detail: 'Key (domain)=(a.com) already exists.' }))).toEqual({
      status: 409,
      message: 'domain already exists',
      kind: 'unique_violation',
    });
    expect(mapDatabaseError(pgError({ code: '23505', detail: 'Key (lower(email))=(a@b.c) already exists.' }))).toEqual({
      status: 409,
      message: 'email already exists',
      kind: 'unique_violation',
    });
  });

  it('maps a foreign key violation to 400 naming the field', () => {
    const err = pgError({
      code: '23503',
      detail: 'Key (organization_id)=(0f0f0f0f-0000-4000-8000-000000000000) is not present in table "organizations".',
    });
    expect(mapDatabaseError(err)).toEqual({
      status: 400,
      message: 'organization_id does not reference an existing record',
      kind: 'foreign_key_violation',
    });
  });

  it("maps pg's client-side query timeout to 503", () => {
    expect(mapDatabaseError(new Error('Query read timeout'))).toEqual({
      status: 503,
      message: 'Database timeout',
      kind: 'timeout',
    });
  });

  it.each(['22P02', '22007', '22003', '22001'])('maps invalid input %s to 400', (code) => {
    expect(mapDatabaseError(pgError({ code }))?.status).toBe(400);
  });

  it.each(['ECONNREFUSED', '08006', '57P01', '57P03', '53300', '57014'])('maps %s to 503', (code) => {
    expect(mapDatabaseError(pgError({ code }))?.status).toBe(503);
  });

  it('maps pool connection timeouts and terminated connections to 503', () => {
    expect(mapDatabaseError(new Error('timeout exceeded when trying to connect'))).toEqual(
      expect.objectContaining({ status: 503, kind: 'connect_timeout' }),
    );
    expect(mapDatabaseError(new Error('Connection terminated unexpectedly'))?.status).toBe(503);
  });

  it('leaves other errors to the generic 500', () => {
    expect(mapDatabaseError(pgError({ code: '42P01' }))).toBeUndefined();
    expect(mapDatabaseError(new TypeError('x'))).toBeUndefined();
  });
});
