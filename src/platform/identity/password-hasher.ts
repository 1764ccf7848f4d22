import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import argon2 from 'argon2';
import type { Env } from '../config/env.validation.js';

/** argon2id; memory and time cost from configuration (library defaults: 64 MiB, 3 passes). */
@Injectable()
export class PasswordHasher {
  private readonly options: { type: typeof argon2.argon2id; memoryCost: number; timeCost: number };
  private dummy?: Promise<string>;

  constructor(config: ConfigService<Env, true>) {
    this.options = {
      type: argon2.argon2id,
      memoryCost: config.get('PASSWORD_HASH_MEMORY_KIB', { infer: true }),
      timeCost: config.get('PASSWORD_HASH_TIME_COST', { infer: true }),
    };
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.options);
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password);
  }

  /** Spends the time of a real verification, so an unknown email answers no faster than a wrong password. */
  async verifyNothing(password: string): Promise<false> {
    this.dummy ??= this.hash(`dummy-${Math.random()}`);
    await argon2.verify(await this.dummy, password);
    return false;
  }
}
