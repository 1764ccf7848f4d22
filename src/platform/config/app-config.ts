import { ConfigService } from '@nestjs/config';
import type { Env } from './env.validation.js';

/** ConfigService typed against the validated environment: `config.get('PORT', { infer: true })`. */
export type AppConfig = ConfigService<Env, true>;
