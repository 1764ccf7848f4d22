import { isUuid, tenantSchema } from './tenant-schema.js';

describe('tenantSchema', () => {
  it('derives tenant_<uuid with underscores> in lower case', () => {
    expect(tenantSchema('0E0E0E0E-0000-4000-8000-00000000000A')).toBe('tenant_0e0e0e0e_0000_4000_8000_00000000000a');
  });

  it.each(['', 'abc', 'x; DROP SCHEMA public', '0e0e0e0e-0000-4000-8000-00000000000a"'])('refuses %p', (id) => {
    expect(isUuid(id)).toBe(false);
    expect(() => tenantSchema(id)).toThrow();
  });
});
