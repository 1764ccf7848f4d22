import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook may not reach: loopback, private, link-local (cloud metadata 169.254.169.254), carrier-grade
 * NAT, documentation, benchmarking, multicast, reserved, unspecified, IPv6 unique-local and link-local, NAT64, and
 * the IPv4-mapped IPv6 forms of all of these (BlockList judges `::ffff:a9fe:a9fe` by its IPv4 rules).
 */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv6');
}

export class BlockedUrlError extends Error {}

export interface ResolvedTarget {
  address: string;
  family: 4 | 6;
}

/** An IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) is judged as the IPv4 address it carries. */
function normalise(address: string): { address: string; family: 4 | 6 } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1], family: 4 };
  return { address, family: isIP(address) === 6 ? 6 : 4 };
}

export function isBlockedAddress(address: string): boolean {
  const a = normalise(address);
  return BLOCKED.check(a.address, a.family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Resolves a webhook URL's host and refuses it when any of its addresses is not public, unless the host or the
 * address is listed in WEBHOOK_ALLOWED_HOSTS. The request then connects to the address checked here (never
 * resolving again), so a DNS answer that changes between check and connect (rebinding) cannot get through.
 */
export async function resolveWebhookTarget(url: URL, allowedHosts: ReadonlySet<string>): Promise<ResolvedTarget> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BlockedUrlError('url must be http or https');
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  let addresses: ResolvedTarget[];
  if (isIP(host)) addresses = [normalise(host)];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => normalise(a.address));
    } catch {
      throw new BlockedUrlError(`url host ${host} could not be resolved`);
    }
  }
  if (addresses.length === 0) throw new BlockedUrlError(`url host ${host} could not be resolved`);
  if (allowedHosts.has(host)) return addresses[0];
  for (const a of addresses) {
    if (allowedHosts.has(a.address)) continue;
    if (isBlockedAddress(a.address)) {
      throw new BlockedUrlError(`url resolves to a private or reserved address (${a.address})`);
    }
  }
  return addresses[0];
}

export function parseAllowedHosts(value: string): Set<string> {
  return new Set(
    value
      .split(',')
      .map((h) =>
        h
          .trim()
          .toLowerCase()
          .replace(/^\[(.*)\]$/, '$1'),
      )
      .filter(Boolean),
  );
}
