import type { Type } from '@nestjs/common';
import { type ComplexityEstimatorArgs, Field, ObjectType } from '@nestjs/graphql';

/** A list query's answer: the REST list's shape (`data` + `meta.next_cursor`) as one object. */
export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

/** The GraphQL type of a page of `item`s, named `<Item>Page`. */
export function PageType<T>(item: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(name, { description: `A page of ${name.replace(/Page$/, '')} rows, newest first` })
  class PageOf implements Page<T> {
    @Field(() => [item])
    items!: T[];

    @Field(() => String, { nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
    next_cursor!: string | null;
  }
  return PageOf;
}

/** The REST service's page as a GraphQL page. */
export function toPage<T>(page: { data: T[]; meta: { next_cursor: string | null } }): Page<T> {
  return { items: page.data, next_cursor: page.meta.next_cursor };
}

/** Cost of a list field: each of its `limit` items costs what its selection costs. */
export const perItem = ({ args, childComplexity }: ComplexityEstimatorArgs): number =>
  1 + (typeof args.limit === 'number' ? args.limit : 50) * childComplexity;
