import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const logger = new Logger('HTTP');

/** One line per request, written when the response is finished. */
export function accessLog(req: Request, res: Response, next: NextFunction): void {
  // With LOG_LEVEL above `log` the line would be dropped anyway: skip the timer and the listener.
  if (!Logger.isLevelEnabled('log')) return next();
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const tenant = req.headers['x-tenant-id'];
    const tenantPart = typeof tenant === 'string' && tenant.length <= 36 ? ` tenant=${tenant}` : '';
    logger.log(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)}ms${tenantPart}`);
  });
  next();
}
