import { BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { isUuid } from '../database/tenant-schema.js';

/** `?limit=&cursor=` for every list endpoint: newest first, keyset pagination. */
export class PageQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export interface Cursor {
  created_at: Date;
  id: string;
}

interface Keyed {
  created_at: Date | string;
  id: string;
}

export function encodeCursor(row: Keyed): string {
  const createdAt = row.created_at instanceof Date ? row.created_at.toISOString() : row.created_at;
  return Buffer.from(JSON.stringify([createdAt, row.id])).toString('base64url');
}

/** Decodes an opaque cursor; anything that is not one we issued is a 400. */
export function decodeCursor(cursor: string): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && isUuid(value[1])) {
      const createdAt = new Date(value[0]);
      if (!Number.isNaN(createdAt.getTime())) return { created_at: createdAt, id: value[1] };
    }
  } catch {
    // fall through to the 400 below
  }
  throw new BadRequestException('cursor is malformed');
}

/** Repositories fetch `limit + 1` rows; the extra row only tells whether another page exists. */
export function toPage<T extends Keyed>(
  rows: T[],
  limit: number,
): { data: T[]; meta: { limit: number; next_cursor: string | null } } {
  const data = rows.slice(0, limit);
  const next = rows.length > limit ? encodeCursor(data[data.length - 1]) : null;
  return { data, meta: { limit, next_cursor: next } };
}
