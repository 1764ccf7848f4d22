import { SetMetadata } from '@nestjs/common';

export const AUTH_THROTTLE_KEY = 'throttle:auth';

/** Routes that take credentials (login, refresh): the strict per-IP and per-email limits apply. */
export const AuthThrottle = () => SetMetadata(AUTH_THROTTLE_KEY, true);
