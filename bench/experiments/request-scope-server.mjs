// The app of the request-scope experiment, started by request-scope.mjs (one process per variant):
//   node request-scope-server.mjs <request|als|cls|als-enhancers> <port>
// Nest 12 + Express, no database. GET /contacts → ContactsController → ContactsService → ContactsRepository,
// where the repository needs the current tenant id (from the `x-tenant-id` header) and the route returns
// `{ tenant, data: [3 small rows] }`. The repository awaits one event-loop turn (setImmediate) before it reads
// the tenant, standing in for I/O, so the context has to survive an async hop.
//   request  ContactsRepository is Scope.REQUEST and injects REQUEST; Nest makes the service and controller
//            request-scoped too and builds all three on every request.
//   als      everything singleton; a Nest middleware runs the rest of the request in AsyncLocalStorage.run()
//            with the tenant id, and the repository reads it from the store.
//   cls      everything singleton; nestjs-cls (ClsModule.forRoot, middleware mounted, as src/app.module.ts does)
//            sets the tenant id in its store; the repository reads it through ClsService.
//   als-enhancers  as als, plus what ClsModule.forRoot (nestjs-cls 7) always registers even when only its
//            middleware is mounted: a global APP_GUARD that returns true and a global APP_INTERCEPTOR that returns
//            next.handle(). An interceptor moves every request onto Nest's rxjs interceptor pipeline.
// Listens on 127.0.0.1 only.
import 'reflect-metadata';
import { AsyncLocalStorage } from 'node:async_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Controller, Get, Inject, Injectable, Module, Scope } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, NestFactory, REQUEST } from '@nestjs/core';
import { serveIpc } from './lib/server-ipc.mjs';

const [variant, portArg] = process.argv.slice(2);
const port = Number(portArg);
if (!['request', 'als', 'cls', 'als-enhancers'].includes(variant) || !Number.isInteger(port)) {
  process.stderr.write('usage: node request-scope-server.mjs <request|als|cls|als-enhancers> <port>\n');
  process.exit(2);
}

const ROWS = [
  { id: 1, first_name: 'Ann', email: 'ann@example.com' },
  { id: 2, first_name: 'Bob', email: 'bob@example.com' },
  { id: 3, first_name: 'Cid', email: 'cid@example.com' },
];

/** Applies a method decorator the way TypeScript would. */
function decorateMethod(decorator, cls, name) {
  decorator(cls.prototype, name, Object.getOwnPropertyDescriptor(cls.prototype, name));
}

// ---------------------------------------------------------------- how the repository finds the tenant

let repositoryClass;
const imports = [];
const enhancers = [];
let configureMiddleware;

if (variant === 'request') {
  class ContactsRepository {
    constructor(request) {
      this.request = request;
    }
    async list() {
      await nextTurn();
      return { tenant: this.request.headers['x-tenant-id'], data: ROWS };
    }
  }
  Inject(REQUEST)(ContactsRepository, undefined, 0);
  Injectable({ scope: Scope.REQUEST })(ContactsRepository);
  repositoryClass = ContactsRepository;
} else if (variant === 'als' || variant === 'als-enhancers') {
  const storage = new AsyncLocalStorage();
  class TenantMiddleware {
    use(req, _res, next) {
      storage.run({ tenantId: req.headers['x-tenant-id'] }, next);
    }
  }
  Injectable()(TenantMiddleware);
  class ContactsRepository {
    async list() {
      await nextTurn();
      return { tenant: storage.getStore()?.tenantId, data: ROWS };
    }
  }
  Injectable()(ContactsRepository);
  repositoryClass = ContactsRepository;
  configureMiddleware = (consumer, controller) => consumer.apply(TenantMiddleware).forRoutes(controller);
  if (variant === 'als-enhancers') {
    // The same two no-op enhancers nestjs-cls registers (cls-root.module.js, guard and interceptor not mounted).
    enhancers.push(
      { provide: APP_GUARD, useFactory: () => ({ canActivate: () => true }) },
      { provide: APP_INTERCEPTOR, useFactory: () => ({ intercept: (_context, next) => next.handle() }) },
    );
  }
} else {
  const { ClsModule, ClsService } = await import('nestjs-cls');
  imports.push(
    ClsModule.forRoot({
      global: true,
      middleware: { mount: true, setup: (cls, req) => cls.set('tenantId', req.headers['x-tenant-id']) },
    }),
  );
  class ContactsRepository {
    constructor(cls) {
      this.cls = cls;
    }
    async list() {
      await nextTurn();
      return { tenant: this.cls.get('tenantId'), data: ROWS };
    }
  }
  Reflect.defineMetadata('design:paramtypes', [ClsService], ContactsRepository);
  Injectable()(ContactsRepository);
  repositoryClass = ContactsRepository;
}

// ---------------------------------------------------------------- the same chain for every variant

class ContactsService {
  constructor(repository) {
    this.repository = repository;
  }
  list() {
    return this.repository.list();
  }
}
Reflect.defineMetadata('design:paramtypes', [repositoryClass], ContactsService);
Injectable()(ContactsService);

class ContactsController {
  constructor(service) {
    this.service = service;
  }
  list() {
    return this.service.list();
  }
}
Reflect.defineMetadata('design:paramtypes', [ContactsService], ContactsController);
Controller('contacts')(ContactsController);
decorateMethod(Get(), ContactsController, 'list');

class AppModule {
  configure(consumer) {
    configureMiddleware?.(consumer, ContactsController);
  }
}
Module({ imports, controllers: [ContactsController], providers: [ContactsService, repositoryClass, ...enhancers] })(
  AppModule,
);

const app = await NestFactory.create(AppModule, { logger: ['error', 'warn'] });
await app.listen(port, '127.0.0.1');
process.on('SIGTERM', () => app.close().finally(() => process.exit(0)));
serveIpc({ variant });
