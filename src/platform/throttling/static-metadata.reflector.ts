import { Reflector } from '@nestjs/core';

type Target = Parameters<Reflector['getAllAndOverride']>[1][number];

/**
 * A Reflector that remembers `getAllAndOverride(key, [handler, class])`: route metadata is fixed once the app has
 * started, and the throttler guard asks for six keys per named limit on every request, in each of its two passes
 * (2.4% of the app's CPU under list load, docs/performance.md, sixth session).
 */
export class StaticMetadataReflector extends Reflector {
  private readonly known = new Map<unknown, WeakMap<Target, WeakMap<Target, { value: unknown }>>>();

  override getAllAndOverride<T = unknown>(key: unknown, targets: Target[]): T {
    if (targets.length !== 2) return super.getAllAndOverride<T>(key as never, targets);
    const [handler, classRef] = targets;
    let byHandler = this.known.get(key);
    if (!byHandler) this.known.set(key, (byHandler = new WeakMap()));
    let byClass = byHandler.get(handler);
    if (!byClass) byHandler.set(handler, (byClass = new WeakMap()));
    let entry = byClass.get(classRef);
    if (!entry) byClass.set(classRef, (entry = { value: super.getAllAndOverride<T>(key as never, targets) }));
    return entry.value as T;
  }
}
