import { Injectable, Logger } from '@nestjs/common';

interface Outage {
  since: number;
  total: number;
  sinceSummary: number;
  timer: NodeJS.Timeout;
}

/** How often an ongoing outage is summarised; an interval without any 503 of its kind ends it. */
export const OUTAGE_SUMMARY_MS = 10_000;

/**
 * Logs a dependency outage (the 503s the exception filter answers) once when it starts, then one summary per
 * interval while it lasts and one line when it is over, instead of a WARN per refused request (about 2,000 a
 * second under load). Each request still has its access-log line.
 */
@Injectable()
export class OutageLog {
  private readonly logger = new Logger('Outage');
  private readonly outages = new Map<string, Outage>();

  constructor(private readonly intervalMs = OUTAGE_SUMMARY_MS) {}

  /** One 503 answered for `kind` (`Database unavailable`); `cause` is for the log only. */
  record(kind: string, cause: string): void {
    const outage = this.outages.get(kind);
    if (outage) {
      outage.total += 1;
      outage.sinceSummary += 1;
      return;
    }
    const timer = setInterval(() => this.summarise(kind), this.intervalMs).unref();
    this.outages.set(kind, { since: Date.now(), total: 1, sinceSummary: 0, timer });
    this.logger.warn(
      `${kind}${cause}: answering 503; further ones are summarised every ${this.seconds(this.intervalMs)}`,
    );
  }

  /** Stops the timers (they are unref'd, so they never keep a process alive on their own). */
  close(): void {
    for (const outage of this.outages.values()) clearInterval(outage.timer);
    this.outages.clear();
  }

  private summarise(kind: string): void {
    const outage = this.outages.get(kind);
    if (!outage) return;
    if (outage.sinceSummary > 0) {
      this.logger.warn(
        `${kind}: ${outage.sinceSummary} more requests answered 503 in the last ${this.seconds(this.intervalMs)}`,
      );
      outage.sinceSummary = 0;
      return;
    }
    clearInterval(outage.timer);
    this.outages.delete(kind);
    const lasted = this.seconds(Date.now() - outage.since);
    this.logger.log(
      `${kind}: no 503 for ${this.seconds(this.intervalMs)}; ${outage.total} requests were answered 503 over ${lasted}`,
    );
  }

  private seconds(ms: number): string {
    return `${(ms / 1000).toFixed(1)} s`;
  }
}
