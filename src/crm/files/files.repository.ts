import { Injectable } from '@nestjs/common';
import type { Queryable } from '../../platform/database/database.service.js';
import { TenantCrudRepository } from '../../platform/tenancy/crud/tenant-crud.repository.js';
import { type FileRecord, LINK_FIELDS, LINK_TABLES, type LinkField } from './file.entity.js';

/** int8 comes back from pg as text; sizes stay far below 2^53, so they are read as numbers. */
const COLUMNS =
  'id, name, content_type, size::float8 AS size, sha256, contact_id, organization_id, lead_id, task_id, created_by, created_at';

export type NewFile = Omit<FileRecord, 'created_at'>;

/**
 * File rows. Reads, lists and the audited delete come from the CRUD base; the insert runs in the caller's tenant
 * transaction, after the quota lock (FilesService.record).
 */
@Injectable()
export class FilesRepository extends TenantCrudRepository<FileRecord> {
  protected readonly spec = {
    table: 'files',
    columns: COLUMNS,
    writable: [],
    search: ['name'],
    filters: LINK_FIELDS,
  };

  /** Serialises the quota check and insert of one tenant's uploads until the transaction ends. */
  async lockQuota(tx: Queryable): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('files.quota'), hashtext(current_schema()))`);
  }

  /** Bytes the tenant's files take. */
  async usedBytes(tx?: Queryable): Promise<number> {
    const { rows } = await this.exec<{ used: number }>(
      `SELECT coalesce(sum(size), 0)::float8 AS used FROM ${this.table}`,
      [],
      tx,
    );
    return rows[0].used;
  }

  async insert(tx: Queryable, file: NewFile): Promise<FileRecord> {
    const { rows } = await tx.query<FileRecord>(
      `INSERT INTO ${this.table} (id, name, content_type, size, sha256, contact_id, organization_id, lead_id, task_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
      [
        file.id,
        file.name,
        file.content_type,
        file.size,
        file.sha256,
        file.contact_id,
        file.organization_id,
        file.lead_id,
        file.task_id,
        file.created_by,
      ],
    );
    return rows[0];
  }

  /** Whether the record a link names exists in this tenant. */
  async linkExists(field: LinkField, id: string): Promise<boolean> {
    const { rows } = await this.db.queryQualified(`SELECT 1 FROM ${this.db.table(LINK_TABLES[field])} WHERE id = $1`, [
      id,
    ]);
    return rows.length > 0;
  }

  /** Which of `ids` have a row (the sweep keeps those blobs). */
  async existing(ids: string[]): Promise<Set<string>> {
    const { rows } = await this.db.queryQualified<{ id: string }>(
      `SELECT id FROM ${this.table} WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }
}
