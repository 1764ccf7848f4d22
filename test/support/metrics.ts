// parse-prometheus-text-format ships no types; its output follows prom2json's.
// @ts-expect-error untyped module
import parsePrometheusTextFormat from 'parse-prometheus-text-format';

interface Sample {
  labels?: Record<string, string>;
  value?: string;
  count?: string;
  sum?: string;
  buckets?: Record<string, string>;
}
export interface Family {
  name: string;
  help: string;
  type: string;
  metrics: Sample[];
}

/** Scrapes a /metrics endpoint and parses it with a Prometheus text-format parser (not our own reading). */
export async function scrape(port: number): Promise<Scraped> {
  const res = await fetch(`http://127.0.0.1:${port}/metrics`);
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}`);
  const families = (parsePrometheusTextFormat as (text: string) => Family[])(await res.text());
  return new Scraped(families);
}

export class Scraped {
  constructor(readonly families: Family[]) {}

  family(name: string): Family | undefined {
    return this.families.find((f) => f.name === name);
  }

  /** The sample's value (a histogram's count) whose labels include `labels`; 0 when there is none yet. */
  value(name: string, labels: Record<string, string> = {}): number {
    const sample = this.family(name)?.metrics.find((m) =>
      Object.entries(labels).every(([k, v]) => m.labels?.[k] === v),
    );
    return Number(sample?.value ?? sample?.count ?? 0);
  }

  /** Every label value of every sample. */
  labelValues(): string[] {
    return this.families.flatMap((f) => f.metrics.flatMap((m) => Object.values(m.labels ?? {})));
  }
}
