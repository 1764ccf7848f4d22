import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { RequestContext } from '../common/request-context.js';
import { AuthSecrets } from './auth-secrets.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Platform operators only: `x-api-key` must equal ADMIN_API_KEY, compared in constant time. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly expected: Buffer;

  constructor(
    secrets: AuthSecrets,
    private readonly context: RequestContext,
  ) {
    this.expected = digest(secrets.adminApiKey);
  }

  canActivate(context: ExecutionContext): boolean {
    const key = context.switchToHttp().getRequest<FastifyRequest>().headers['x-api-key'];
    // Hashing first gives equal lengths, so timingSafeEqual never short-circuits on length.
    if (typeof key !== 'string' || !timingSafeEqual(digest(key), this.expected)) {
      throw new UnauthorizedException('A valid x-api-key header is required');
    }
    this.context.actor = { type: 'platform' };
    return true;
  }
}
