import { Module } from '@nestjs/common';
import { AuthSecrets } from './auth-secrets.js';

/** One AuthSecrets for the process: the JWT module and the API-key guard must see the same values. */
@Module({ providers: [AuthSecrets], exports: [AuthSecrets] })
export class SecretsModule {}
