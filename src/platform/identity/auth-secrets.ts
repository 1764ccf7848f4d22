import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { randomBytes } from 'node:crypto';
import type { Env } from '../config/env.validation.js';

/**
 * The JWT secret and the platform API key. Production requires both (validated at start-up); elsewhere a
 * missing one is generated for this run so `npm start` works on a fresh machine, and the key is printed once.
 */
@Injectable()
export class AuthSecrets {
  readonly jwtSecret: string;
  readonly adminApiKey: string;

  constructor(config: ConfigService<Env, true>) {
    const logger = new Logger('Auth');
    this.jwtSecret = config.get('JWT_SECRET', { infer: true }) ?? randomBytes(48).toString('base64url');
    const configuredKey = config.get('ADMIN_API_KEY', { infer: true });
    this.adminApiKey = configuredKey ?? randomBytes(24).toString('hex');
    if (!config.get('JWT_SECRET', { infer: true })) {
      logger.warn('JWT_SECRET is not set: using a random secret for this run (tokens end with the process)');
    }
    if (!configuredKey) {
      logger.warn(`ADMIN_API_KEY is not set: this run's platform API key is ${this.adminApiKey}`);
    }
  }
}
