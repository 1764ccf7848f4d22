import { parseChange } from './change.js';

const T = '3f6c1e9a-0000-4000-8000-000000000001';
const U = '3f6c1e9a-0000-4000-8000-000000000002';

describe('parseChange', () => {
  it('accepts the three kinds of change, ids lower-cased', () => {
    expect(parseChange(JSON.stringify({ type: 'tenant', tenant_id: T.toUpperCase() }))).toEqual({
      type: 'tenant',
      tenant_id: T,
    });
    expect(parseChange(JSON.stringify({ type: 'user', tenant_id: T, user_id: U }))).toEqual({
      type: 'user',
      tenant_id: T,
      user_id: U,
    });
    expect(parseChange(JSON.stringify({ type: 'refresh_family', tenant_id: T, family_id: U }))).toEqual({
      type: 'refresh_family',
      tenant_id: T,
      family_id: U,
    });
  });

  it.each([
    [undefined],
    ['not json'],
    ['null'],
    [JSON.stringify({ type: 'tenant', tenant_id: 'x' })],
    [JSON.stringify({ type: 'user', tenant_id: T })],
    [JSON.stringify({ type: 'reset', tenant_id: T })],
  ])('ignores %s', (payload) => {
    expect(parseChange(payload)).toBeUndefined();
  });
});
