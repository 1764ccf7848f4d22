import { RequestMethod, type Type } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes } from 'class-validator';

// Nest's own metadata keys (@nestjs/common/constants): how @Controller, @Get and @Body record a route.
const PATH = 'path';
const METHOD = 'method';
const ROUTE_ARGS = '__routeArguments__';
const PARAM_TYPES = 'design:paramtypes';
const BODY = 3; // RouteParamtypes.BODY
const QUERY = 4; // RouteParamtypes.QUERY

/** One HTTP route as the app declares it, with the DTO classes of its body and query. */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** e.g. `/api/tenant/users/:id` */
  path: string;
  body?: Type;
  query?: Type;
  controller: Type;
}

/** A DTO property and what class-validator checks on it. */
export interface DtoField {
  name: string;
  required: boolean;
  /** Constraint names (`isEmail`, `minLength`, …) with their arguments. */
  checks: Map<string, unknown[]>;
  /** The nested DTO of a `@ValidateNested()` property. */
  nested?: Type;
}

type ModuleRef = Type | { module: Type; imports?: unknown[]; controllers?: Type[] } | { forwardRef: () => Type };

/** Every controller reachable from a module's imports, read from the decorators' metadata (no app needed). */
export function controllersOf(root: Type): Type[] {
  const seen = new Set<unknown>();
  const controllers = new Set<Type>();
  const visit = (entry: unknown) => {
    if (!entry || seen.has(entry)) return;
    seen.add(entry);
    const ref = entry as ModuleRef;
    if ('forwardRef' in ref) return visit(ref.forwardRef());
    const dynamic = 'module' in ref ? ref : undefined;
    const moduleClass = dynamic ? dynamic.module : (ref as Type);
    const imports = [...(Reflect.getMetadata('imports', moduleClass) ?? []), ...(dynamic?.imports ?? [])];
    const own = [...(Reflect.getMetadata('controllers', moduleClass) ?? []), ...(dynamic?.controllers ?? [])];
    own.forEach((c: Type) => controllers.add(c));
    imports.forEach(visit);
  };
  visit(root);
  return [...controllers];
}

const joinPath = (...parts: (string | undefined)[]) =>
  `/${parts
    .flatMap((p) => (p ?? '').split('/'))
    .filter(Boolean)
    .join('/')}`;

/** The routes of the given controllers with their body and query DTOs (by `@Body()`/`@Query()` parameter type). */
export function routesOf(controllers: Type[]): Route[] {
  const routes: Route[] = [];
  for (const controller of controllers) {
    const prefix = Reflect.getMetadata(PATH, controller) as string | undefined;
    const proto = controller.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const handler = proto[name];
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const method = Reflect.getMetadata(METHOD, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const args = (Reflect.getMetadata(ROUTE_ARGS, controller, name) ?? {}) as Record<string, { index: number }>;
      const types = (Reflect.getMetadata(PARAM_TYPES, proto, name) ?? []) as Type[];
      const typeOf = (kind: number) => {
        const key = Object.keys(args).find((k) => k.split(':')[0] === String(kind));
        return key ? types[args[key].index] : undefined;
      };
      routes.push({
        method: RequestMethod[method] as Route['method'],
        path: joinPath(prefix, Reflect.getMetadata(PATH, handler) as string),
        body: typeOf(BODY),
        query: typeOf(QUERY),
        controller,
      });
    }
  }
  return routes;
}

/** The fields of a DTO class as class-validator sees them (inherited and mapped types included). */
export function dtoFields(dto: Type): DtoField[] {
  const byName = new Map<string, DtoField>();
  for (const meta of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    const field: DtoField = byName.get(meta.propertyName) ?? {
      name: meta.propertyName,
      required: true,
      checks: new Map(),
    };
    byName.set(meta.propertyName, field);
    if (meta.type === ValidationTypes.CONDITIONAL_VALIDATION) field.required = false;
    if (meta.type === ValidationTypes.NESTED_VALIDATION) {
      field.nested = Reflect.getMetadata('design:type', dto.prototype, meta.propertyName) as Type;
    }
    if (meta.name) field.checks.set(meta.name, meta.constraints ?? []);
  }
  return [...byName.values()];
}
