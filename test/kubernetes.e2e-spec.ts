import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';
import type { IContainer, IPodSpec } from 'kubernetes-models/v1';
import { parse } from 'yaml';
import { Env, validateEnv } from '../src/platform/config/env.validation.js';
import { MetricsServer } from '../src/platform/observability/metrics/metrics.server.js';
import { createTestApp, type TestApp } from './support/app.js';

const DIR = join(process.cwd(), 'deploy/kubernetes');
type Manifest = { apiVersion: string; kind: string; metadata: { name: string; labels?: Record<string, string> } };

/** kubernetes-models validates each object against the Kubernetes OpenAPI schemas of its kind. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'v1/Service': Service,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
};

const kustomization = parse(readFileSync(join(DIR, 'kustomization.yaml'), 'utf8')) as {
  resources: string[];
  images: { name: string }[];
};
const manifests = kustomization.resources.map((file) => ({
  file,
  doc: parse(readFileSync(join(DIR, file), 'utf8')) as Manifest & Record<string, unknown>,
}));
const byKind = (kind: string) => manifests.find((m) => m.doc.kind === kind)!.doc as never;
const deployment: {
  spec: {
    replicas: number;
    template: { spec: IPodSpec; metadata: { labels: object; annotations: Record<string, string> } };
  };
} = byKind('Deployment');
const podSpec = deployment.spec.template.spec;
const api = podSpec.containers[0] as Required<IContainer>;
const config: { data: Record<string, string> } = byKind('ConfigMap');
const secret: { stringData: Record<string, string> } = byKind('Secret');

describe('Kubernetes manifests (deploy/kubernetes)', () => {
  it('lists every manifest of the folder in the kustomization', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
    expect([...kustomization.resources].sort()).toEqual(files.sort());
  });

  it.each(manifests.map((m) => [m.file, m.doc] as const))('%s is valid against the Kubernetes schema', (_f, doc) => {
    const Model = MODELS[`${doc.apiVersion}/${doc.kind}`];
    expect(Model).toBeDefined();
    expect(() => new Model(doc as never).validate()).not.toThrow();
  });

  it('a schema violation is caught (the check can fail)', () => {
    const broken = structuredClone(deployment) as unknown as { spec: { replicas: unknown } };
    broken.spec.replicas = 'two';
    expect(() => new Deployment(broken as never).validate()).toThrow(/replicas must be integer/);
  });

  it('runs 2 replicas as non-root with a read-only root filesystem, requests and limits', () => {
    expect(deployment.spec.replicas).toBe(2);
    for (const pod of [podSpec, (byKind('Job') as { spec: { template: { spec: IPodSpec } } }).spec.template.spec]) {
      expect(pod.securityContext).toEqual(expect.objectContaining({ runAsNonRoot: true, runAsUser: 1000 }));
      const c = pod.containers[0];
      expect(c.securityContext).toEqual(expect.objectContaining({ readOnlyRootFilesystem: true }));
      expect(c.resources?.requests).toBeDefined();
      expect(c.resources?.limits?.memory).toBeDefined();
      expect(c.image).toBe(kustomization.images[0].name);
    }
  });

  it('gives shutdown room: preStop + SHUTDOWN_DELAY_MS + a 15 s drain fit the grace period', () => {
    const preStop = Number(api.lifecycle.preStop!.exec!.command![1]);
    const delay = Number(config.data.SHUTDOWN_DELAY_MS) / 1000;
    expect(podSpec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(preStop + delay + 15);
  });

  it('has a Secret template with the database URL, the platform key and the JWT secret', () => {
    expect(Object.keys(secret.stringData)).toEqual(
      expect.arrayContaining(['DATABASE_URL', 'ADMIN_API_KEY', 'JWT_SECRET', 'DATABASE_DIRECT_URL']),
    );
  });

  it('every configured variable is one the app reads, and the config validates with real secrets', () => {
    const known = Object.keys(new Env());
    for (const key of [...Object.keys(config.data), ...Object.keys(secret.stringData)]) expect(known).toContain(key);
    const secrets = { ADMIN_API_KEY: 'k'.repeat(40), JWT_SECRET: 's'.repeat(40) };
    expect(() => validateEnv({ ...config.data, ...secret.stringData, ...secrets })).not.toThrow();
  });

  it('exposes the ports the app listens on, and the Service and PDB select the pods', () => {
    const ports = Object.fromEntries(api.ports.map((p) => [p.name, p.containerPort]));
    expect(ports).toEqual({ http: Number(config.data.PORT), metrics: Number(config.data.METRICS_PORT) });
    const service: { spec: { selector: object; ports: { targetPort: string }[] } } = byKind('Service');
    expect(service.spec.ports.map((p) => p.targetPort).sort()).toEqual(['http', 'metrics']);
    const labels = deployment.spec.template.metadata.labels;
    expect(labels).toEqual(expect.objectContaining(service.spec.selector));
    const pdb: { spec: { selector: { matchLabels: object } } } = byKind('PodDisruptionBudget');
    expect(labels).toEqual(expect.objectContaining(pdb.spec.selector.matchLabels));
  });

  it('asks Prometheus to scrape /metrics on the metrics port', () => {
    const annotations = deployment.spec.template.metadata.annotations;
    expect(annotations['prometheus.io/scrape']).toBe('true');
    expect(annotations['prometheus.io/path']).toBe('/metrics');
    expect(Number(annotations['prometheus.io/port'])).toBe(Number(config.data.METRICS_PORT));
  });

  describe('probes against the running app', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it.each([
      ['livenessProbe', '/health'],
      ['startupProbe', '/health/live'],
      ['readinessProbe', '/health/ready'],
    ] as const)('%s requests %s on the http port, which answers 200', async (probe, path) => {
      const get = api[probe].httpGet!;
      expect(get.path).toBe(path);
      expect(get.port).toBe('http');
      await t.http.get(get.path!).expect(200);
    });

    it('serves /metrics on the metrics port (METRICS_PORT), not on the http port', async () => {
      // The manifests' METRICS_PORT is fixed (9464); the test app takes a free port for the same server.
      const port = t.app.get(MetricsServer).port!;
      const res = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await res.text()).toContain('http_requests_total');
      await t.http.get('/metrics').expect(404);
    });
  });
});
