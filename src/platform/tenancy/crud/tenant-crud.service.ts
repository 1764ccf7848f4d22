import { NotFoundException } from '@nestjs/common';
import { decodeCursor, toPage } from '../../common/pagination.js';
import type { KeyedRow, TenantCrudRepository } from './tenant-crud.repository.js';

export interface ListQuery {
  limit: number;
  cursor?: string;
  q?: string;
}

/** The use cases every tenant CRUD resource shares; a 404 whenever the row is not in this tenant. */
export abstract class TenantCrudService<Row extends KeyedRow, CreateDto extends object, UpdateDto extends object> {
  protected abstract readonly notFound: string;

  constructor(protected readonly repository: TenantCrudRepository<Row>) {}

  create(dto: CreateDto): Promise<Row> {
    return this.repository.create(dto);
  }

  async get(id: string): Promise<Row> {
    return this.found(await this.repository.findById(id));
  }

  async list(query: ListQuery) {
    const { limit, cursor, q, ...filters } = query;
    const rows = await this.repository.list({
      limit: limit + 1,
      after: cursor ? decodeCursor(cursor) : undefined,
      q,
      filters,
    });
    return toPage(rows, limit);
  }

  /** The rows with these ids (missing ones left out): a GraphQL relation's batch. */
  findMany(ids: readonly string[]): Promise<Row[]> {
    return this.repository.findByIds(ids);
  }

  /** Each parent's newest `limit` rows whose `column` references it, in one statement. */
  listByParents(column: string, parentIds: readonly string[], limit: number): Promise<Row[]> {
    return this.repository.listByParents(column, parentIds, limit);
  }

  async update(id: string, dto: UpdateDto): Promise<Row> {
    return this.found(await this.repository.update(id, dto));
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repository.remove(id))) throw new NotFoundException(this.notFound);
  }

  protected found(row: Row | undefined): Row {
    if (!row) throw new NotFoundException(this.notFound);
    return row;
  }
}
