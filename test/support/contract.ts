import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import type { OpenAPIV3_1 } from 'openapi-types';

/**
 * The contract check: every response the in-process app sends during the e2e suite is validated against the
 * OpenAPI document for its route template and status (ajv over the document). An undocumented route or status, a
 * missing, extra (`additionalProperties: false`) or mistyped field is a violation; `contract-setup.ts` fails the
 * test that caused it. Bodies that are not JSON (NDJSON streams, files) are checked for their content type only.
 * The API's own response headers (`x-request-id`, `Retry-After*`, `X-RateLimit-*`) must be documented for the
 * response that carries them, hold a value their schema allows, and be present wherever the document requires them.
 */
export interface Exchange {
  method: string;
  /** Fastify's route template (`/api/tenant/contacts/:id`); undefined when no route matched. */
  route: string | undefined;
  status: number;
  contentType: string | undefined;
  /** The JSON text sent, or undefined for a stream or an empty body. */
  body: string | undefined;
  /** The response headers, names in lower case (as Fastify keeps them); not checked when left out. */
  headers?: Record<string, unknown>;
}

type Document = OpenAPIV3_1.Document;
type Response = OpenAPIV3_1.ResponseObject;
type Header = OpenAPIV3_1.HeaderObject;

/** The headers the API itself sends and documents; others (content-length, security headers) are not checked. */
const OWN_HEADER = (name: string) =>
  name === 'x-request-id' ||
  name === 'retry-after' ||
  name.startsWith('retry-after-') ||
  name.startsWith('x-ratelimit-');

/** Routes that serve the document itself, not the API it describes. */
const NOT_API = (route: string) => route === '/openapi.json' || /^\/(docs|graphiql)(\/|$)/.test(route);

const addFormats = formats as unknown as (ajv: Ajv2020) => Ajv2020;

export class ContractChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: Document) {
    addFormats(this.ajv);
    this.ajv.addSchema(document as object, 'openapi');
  }

  /** The violations of one exchange (empty when it keeps the contract). */
  check(exchange: Exchange): string[] {
    const { method, route, status } = exchange;
    if (route !== undefined && NOT_API(route)) return [];
    if (method === 'OPTIONS') return [];
    const name = `${method} ${route ?? '<no route>'} → ${status}`;
    // No route matched: Fastify's 404 (or a framework error) still answers in the error envelope.
    if (route === undefined) return this.validateJson(name, exchange, '#/components/schemas/ErrorResponse');
    const path = route.replace(/:(\w+)/g, '{$1}');
    const operation = this.document.paths?.[path]?.[(method === 'HEAD' ? 'get' : method.toLowerCase()) as 'get'];
    if (!operation) return [`${name}: route is not in openapi.json`];
    const response = operation.responses?.[String(status)] as Response | undefined;
    if (!response) return [`${name}: status ${status} is not documented for this route`];
    const headerErrors = exchange.headers ? this.checkHeaders(name, response, exchange.headers) : [];
    if (method === 'HEAD' || headerErrors.length > 0) return headerErrors;
    const types = Object.keys(response.content ?? {});
    if (types.length === 0) {
      return exchange.body ? [`${name}: documented without a body, but sent ${exchange.body.slice(0, 200)}`] : [];
    }
    const sent = (exchange.contentType ?? '').split(';')[0].trim();
    const matches = (type: string) =>
      type === sent || type === '*/*' || (type.endsWith('/*') && sent.startsWith(type.slice(0, -1)));
    if (!types.some(matches)) return [`${name}: content type ${sent || '<none>'} is not one of ${types.join(', ')}`];
    if (sent !== 'application/json' || !types.includes(sent)) return [];
    const pointer = ['paths', path, method.toLowerCase(), 'responses', String(status), 'content', sent, 'schema']
      .map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'))
      .join('/');
    return this.validateJson(name, exchange, `#/${pointer}`);
  }

  /** Validates any value against a schema of the document (also used to prove that the check catches errors). */
  validate(pointer: string, value: unknown): string[] {
    let validator = this.validators.get(pointer);
    if (!validator) {
      validator = this.ajv.compile({ $ref: `openapi${pointer}` });
      this.validators.set(pointer, validator);
    }
    if (validator(value)) return [];
    return (validator.errors ?? []).map((e) => {
      const extra = e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : '';
      return `${e.instancePath || '/'} ${e.message ?? e.keyword}${extra}`;
    });
  }

  private checkHeaders(name: string, response: Response, sent: Record<string, unknown>): string[] {
    const documented = new Map<string, Header>();
    for (const [header, value] of Object.entries(response.headers ?? {})) {
      documented.set(header.toLowerCase(), this.resolveHeader(value));
    }
    const errors: string[] = [];
    for (const [header, definition] of documented) {
      if (definition.required && sent[header] === undefined) errors.push(`${name}: header ${header} is missing`);
    }
    for (const [header, value] of Object.entries(sent)) {
      if (!OWN_HEADER(header) || value === undefined) continue;
      const definition = documented.get(header);
      if (!definition) {
        errors.push(`${name}: header ${header} is not documented for this response`);
        continue;
      }
      const text = String(value);
      const schema = (definition.schema ?? {}) as { type?: string };
      // A header is text: an integer schema describes its digits.
      const typed = schema.type === 'integer' && /^-?\d+$/.test(text) ? Number(text) : text;
      for (const error of this.validateValue(schema, typed)) errors.push(`${name}: header ${header}: ${text} ${error}`);
    }
    return errors;
  }

  private resolveHeader(value: Header | OpenAPIV3_1.ReferenceObject): Header {
    if (!('$ref' in value)) return value;
    const key = value.$ref.replace('#/components/headers/', '');
    return (this.document.components?.headers?.[key] ?? {}) as Header;
  }

  private validateValue(schema: object, value: unknown): string[] {
    const key = JSON.stringify(schema);
    let validator = this.validators.get(key);
    if (!validator) {
      validator = this.ajv.compile(schema);
      this.validators.set(key, validator);
    }
    return validator(value) ? [] : (validator.errors ?? []).map((e) => e.message ?? e.keyword);
  }

  private validateJson(name: string, exchange: Exchange, pointer: string): string[] {
    if (exchange.body === undefined) return [`${name}: expected a JSON body, got none`];
    let value: unknown;
    try {
      value = JSON.parse(exchange.body);
    } catch {
      return [`${name}: body is not JSON: ${exchange.body.slice(0, 200)}`];
    }
    return this.validate(pointer, value).map((error) => `${name}: ${error}`);
  }
}

const violations: string[] = [];

/** Violations recorded since the last call (contract-setup.ts fails the test with them). */
export function takeViolations(): string[] {
  return violations.splice(0, violations.length);
}

/** Records and checks every response of a test app (an onSend hook, registered by the test harness only). */
export function registerContractCheck(fastify: FastifyInstance, document: () => object): void {
  let checker: ContractChecker | undefined;
  fastify.addHook('onSend', async (request, reply, payload) => {
    checker ??= new ContractChecker(document() as Document);
    const contentType = reply.getHeader('content-type');
    violations.push(
      ...checker.check({
        method: request.method,
        route: request.routeOptions.url,
        status: reply.statusCode,
        contentType: typeof contentType === 'string' ? contentType : undefined,
        headers: reply.getHeaders(),
        body:
          typeof payload === 'string'
            ? payload || undefined
            : Buffer.isBuffer(payload)
              ? payload.toString()
              : undefined,
      }),
    );
    return payload;
  });
}
