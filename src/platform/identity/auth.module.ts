import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { createSecretKey } from 'node:crypto';
import { ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import type { Env } from '../config/env.validation.js';
import { ApiKeyGuard } from './api-key.guard.js';
import { AuthSecrets } from './auth-secrets.js';
import { SecretsModule } from './secrets.module.js';
import { AuthUserCache } from './auth-user-cache.js';
import { AuthUsersRepository } from './auth-users.repository.js';
import { AuthAudit } from './auth-audit.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { PasswordHasher } from './password-hasher.js';
import { RefreshTokensRepository } from './refresh-tokens.repository.js';
import { SessionsService } from './sessions.service.js';
import { ThrottlingModule } from '../throttling/throttling.module.js';
import { TenantAccess } from './tenant-access.js';
import { TenantAccessGuard } from './tenant-access.guard.js';
import { TenantAuthenticator } from './tenant-authenticator.js';

/** Global so every tenant module's controllers can use the guards through `@TenantController()`. */
@Global()
@Module({
  imports: [
    DiscoveryModule,
    ThrottlingModule,
    SecretsModule,
    JwtModule.registerAsync({
      imports: [SecretsModule],
      inject: [AuthSecrets, ConfigService],
      useFactory: (secrets: AuthSecrets, config: ConfigService<Env, true>) => {
        const issuer = config.get('JWT_ISSUER', { infer: true });
        const audience = config.get('JWT_AUDIENCE', { infer: true });
        return {
          // A KeyObject: given a string, jsonwebtoken first tries to parse it as a PEM public key on every verify,
          // and that failed parse was the app's single most expensive call under load.
          secret: createSecretKey(Buffer.from(secrets.jwtSecret)),
          // The algorithm is pinned on both sides: no `none`, no RS/HS confusion.
          signOptions: {
            algorithm: 'HS256',
            expiresIn: config.get('JWT_ACCESS_TTL_SECONDS', { infer: true }),
            issuer,
            audience,
          },
          verifyOptions: { algorithms: ['HS256'], issuer, audience },
        };
      },
    }),
  ],
  controllers: [AuthController],
  providers: [
    ApiKeyGuard,
    TenantAuthenticator,
    TenantAccess,
    TenantAccessGuard,
    AuthService,
    AuthAudit,
    AuthUsersRepository,
    AuthUserCache,
    RefreshTokensRepository,
    SessionsService,
    PasswordHasher,
  ],
  exports: [
    SecretsModule,
    ApiKeyGuard,
    TenantAccess,
    TenantAccessGuard,
    AuthUsersRepository,
    AuthUserCache,
    SessionsService,
    PasswordHasher,
    JwtModule,
  ],
})
export class AuthModule {}
