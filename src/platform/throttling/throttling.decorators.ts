import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { AppThrottlerGuard } from './throttler.guard.js';
import { AUTH_THROTTLE_KEY } from './throttlers.js';

/**
 * Routes that take credentials (login, refresh): the strict per-IP and per-email limits apply. Their guard runs on
 * these routes only (the per-email limits need the parsed body); on every other route it had nothing to count.
 */
export const AuthThrottle = () => applyDecorators(SetMetadata(AUTH_THROTTLE_KEY, true), UseGuards(AppThrottlerGuard));
