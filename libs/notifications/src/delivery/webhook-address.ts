import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook may not reach unless private networks are allowed (WEBHOOK_ALLOW_PRIVATE):
 * the service's own host and network, cloud metadata endpoints (169.254.169.254), and everything
 * else not routed on the public internet. A partner registers the URL, and the worker posts to it
 * from inside the deployment: without this, a URL is a way to make the worker call internal
 * services (server-side request forgery).
 */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback, and IPv4-compatible (::127.0.0.1), whose IPv4 address is not checked
  ['::ffff:0:0:0', 96], // IPv4-translated (SIIT), same reason
  ['64:ff9b::', 96], // NAT64: the IPv4 address inside is not checked, so none is allowed
  ['64:ff9b:1::', 48], // local-use NAT64, same reason
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4, same reason as NAT64
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local, deprecated but still routed inside some networks
  ['ff00::', 8], // multicast
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is routed on the public internet; IPv4-mapped IPv6 addresses are judged as IPv4. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) throw new Error(`not an IP address: ${address}`);
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Why a webhook URL may not be registered, or null. Only what the URL itself says is judged here
 * (an IP address, `localhost`): a host name is resolved, and its addresses judged, each time the
 * worker connects, since what it resolves to can change after registration.
 */
export function webhookUrlProblem(url: string): string | null {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return 'url must not point at localhost: webhooks are delivered to the partner over the internet';
  if (isIP(host) !== 0 && !isPublicAddress(host)) return `url must not point at a private, loopback or reserved address (${host}): webhooks are delivered to the partner over the internet`;
  return null;
}
