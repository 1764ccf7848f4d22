import { BadRequestException } from '@nestjs/common';
import { decodeCursor, encodeCursor, toPage } from './pagination.js';

const row = (ms: number, id: string) => ({ created_at: new Date(ms), id });

describe('pagination', () => {
  it('round-trips a cursor exactly', () => {
    const r = row(1_700_000_000_123, '0e0e0e0e-0000-4000-8000-000000000001');
    expect(decodeCursor(encodeCursor(r))).toEqual(r);
  });

  it.each([
    '',
    'not-base64!',
    Buffer.from('[1,2]').toString('base64url'),
    Buffer.from('["bad-date","0e0e0e0e-0000-4000-8000-000000000001"]').toString('base64url'),
  ])('rejects the malformed cursor %p with a 400', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(BadRequestException);
  });

  it('returns a next cursor only when an extra row was fetched', () => {
    const rows = [
      row(3, '00000000-0000-4000-8000-000000000003'),
      row(2, '00000000-0000-4000-8000-000000000002'),
      row(1, '00000000-0000-4000-8000-000000000001'),
    ];
    const full = toPage(rows, 2);
    expect(full.data).toHaveLength(2);
    expect(decodeCursor(full.meta.next_cursor!)).toEqual(rows[1]);
    expect(toPage(rows.slice(0, 2), 2).meta.next_cursor).toBeNull();
  });
});
