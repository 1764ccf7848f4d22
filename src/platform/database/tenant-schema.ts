const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The schema of a tenant: derived from its validated id, never from raw input. */
export function tenantSchema(tenantId: string): string {
  if (!isUuid(tenantId)) throw new Error('tenantSchema expects a UUID');
  return `tenant_${tenantId.toLowerCase().replace(/-/g, '_')}`;
}
