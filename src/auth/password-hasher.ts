import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP-recommended memory and time costs). */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
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

  private dummy?: Promise<string>;
}
