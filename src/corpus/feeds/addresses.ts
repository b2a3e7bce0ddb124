// addresses: which IP addresses a feed may not point at, and the check of a URL's host against them.
// A feed URL must not be a way into the user's own network (the router's admin page, a cloud metadata service at
// 169.254.169.254, a database on localhost), so anything that is not a global unicast address is refused unless
// the user says --allow-private. IPv6 forms that embed an IPv4 address (::ffff:127.0.0.1, NAT64, 6to4) are judged
// by the IPv4 address they carry.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

export type AddressKind =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unspecified'
  | 'carrier-grade NAT'
  | 'multicast'
  | 'reserved';

export interface RangeEntry {
  id: string;
  /** Network in CIDR notation. */
  cidr: string;
  kind: AddressKind;
  /** An address inside the range (the self-test checks that it is refused as `kind`). */
  example: string;
}

/** Refused ranges (RFC 6890 special-purpose registries, minus the few globally reachable ones). */
export const REFUSED_RANGES = [
  { id: 'ipv4-this-network', cidr: '0.0.0.0/8', kind: 'unspecified', example: '0.0.0.0' },
  { id: 'ipv4-private-10', cidr: '10.0.0.0/8', kind: 'private', example: '10.1.2.3' },
  { id: 'ipv4-cgnat', cidr: '100.64.0.0/10', kind: 'carrier-grade NAT', example: '100.100.0.1' },
  { id: 'ipv4-loopback', cidr: '127.0.0.0/8', kind: 'loopback', example: '127.0.0.1' },
  { id: 'ipv4-link-local', cidr: '169.254.0.0/16', kind: 'link-local', example: '169.254.169.254' },
  { id: 'ipv4-private-172', cidr: '172.16.0.0/12', kind: 'private', example: '172.31.255.1' },
  { id: 'ipv4-ietf-protocol', cidr: '192.0.0.0/24', kind: 'reserved', example: '192.0.0.8' },
  { id: 'ipv4-documentation-1', cidr: '192.0.2.0/24', kind: 'reserved', example: '192.0.2.10' },
  { id: 'ipv4-private-192', cidr: '192.168.0.0/16', kind: 'private', example: '192.168.1.1' },
  { id: 'ipv4-benchmarking', cidr: '198.18.0.0/15', kind: 'reserved', example: '198.19.0.1' },
  { id: 'ipv4-documentation-2', cidr: '198.51.100.0/24', kind: 'reserved', example: '198.51.100.7' },
  { id: 'ipv4-documentation-3', cidr: '203.0.113.0/24', kind: 'reserved', example: '203.0.113.9' },
  { id: 'ipv4-multicast', cidr: '224.0.0.0/4', kind: 'multicast', example: '239.255.255.250' },
  { id: 'ipv4-reserved', cidr: '240.0.0.0/4', kind: 'reserved', example: '255.255.255.255' },
  { id: 'ipv6-unspecified', cidr: '::/128', kind: 'unspecified', example: '::' },
  { id: 'ipv6-loopback', cidr: '::1/128', kind: 'loopback', example: '::1' },
  { id: 'ipv6-discard', cidr: '100::/64', kind: 'reserved', example: '100::1' },
  { id: 'ipv6-documentation', cidr: '2001:db8::/32', kind: 'reserved', example: '2001:db8::1' },
  { id: 'ipv6-unique-local', cidr: 'fc00::/7', kind: 'private', example: 'fd12:3456::1' },
  { id: 'ipv6-link-local', cidr: 'fe80::/10', kind: 'link-local', example: 'fe80::1' },
  { id: 'ipv6-site-local', cidr: 'fec0::/10', kind: 'private', example: 'fec0::1' },
  { id: 'ipv6-multicast', cidr: 'ff00::/8', kind: 'multicast', example: 'ff02::1' },
] as const satisfies readonly RangeEntry[];

/** IPv6 prefixes that carry an IPv4 address, and where it sits (bit offset from the left). */
const EMBEDDED_IPV4 = [
  { id: 'ipv4-mapped', prefix: '::ffff:0:0', bits: 96, at: 96 },
  { id: 'ipv4-compatible', prefix: '::', bits: 96, at: 96 },
  { id: 'ipv4-translated', prefix: '::ffff:0:0:0', bits: 96, at: 96 },
  { id: 'nat64', prefix: '64:ff9b::', bits: 96, at: 96 },
  { id: 'nat64-local', prefix: '64:ff9b:1::', bits: 48, at: 96 },
  { id: '6to4', prefix: '2002::', bits: 16, at: 16 },
] as const;

function ipv4ToBigInt(ip: string): bigint {
  return ip.split('.').reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
}

/** An IPv6 address (zone id dropped, dotted IPv4 tail allowed) as a 128-bit number. */
function ipv6ToBigInt(ip: string): bigint {
  let s = ip.replace(/%.*$/, '');
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (tail) {
    const v4 = ipv4ToBigInt(tail[1]!);
    s = `${s.slice(0, tail.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, rest] = s.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = rest === undefined ? [] : rest ? rest.split(':') : [];
  const groups = rest === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n);
}

interface ParsedRange {
  entry: RangeEntry;
  family: 4 | 6;
  network: bigint;
  bits: number;
}

const PARSED_RANGES: readonly ParsedRange[] = REFUSED_RANGES.map((entry) => {
  const [net, bits] = entry.cidr.split('/') as [string, string];
  const family = isIP(net) === 4 ? 4 : 6;
  return { entry, family, network: family === 4 ? ipv4ToBigInt(net) : ipv6ToBigInt(net), bits: Number(bits) };
});

const inPrefix = (value: bigint, width: number, network: bigint, bits: number) =>
  bits === 0 || value >> BigInt(width - bits) === network >> BigInt(width - bits);

export interface Refusal {
  kind: AddressKind;
  /** The refused range's id. */
  rule: string;
  /** The IPv4 address an IPv6 form carries, where that is what was refused. */
  embedded?: string;
}

/** Why an IP address may not be fetched from, or null when it is a global unicast address. */
export function classifyAddress(ip: string): Refusal | null {
  const family = isIP(ip.replace(/%.*$/, ''));
  if (family === 4) {
    const v = ipv4ToBigInt(ip);
    const hit = PARSED_RANGES.find((r) => r.family === 4 && inPrefix(v, 32, r.network, r.bits));
    return hit ? { kind: hit.entry.kind, rule: hit.entry.id } : null;
  }
  if (family !== 6) return { kind: 'reserved', rule: 'not-an-ip-address' };
  const v = ipv6ToBigInt(ip);
  // :: and ::1 first: they fall inside the IPv4-compatible prefix but are IPv6's own unspecified and loopback.
  const own = PARSED_RANGES.find((r) => r.family === 6 && r.bits === 128 && r.network === v);
  if (own) return { kind: own.entry.kind, rule: own.entry.id };
  for (const e of EMBEDDED_IPV4) {
    if (!inPrefix(v, 128, ipv6ToBigInt(e.prefix), e.bits)) continue;
    const v4 = (v >> BigInt(128 - e.at - 32)) & 0xffffffffn;
    const embedded = [24n, 16n, 8n, 0n].map((s) => String((v4 >> s) & 0xffn)).join('.');
    const inner = classifyAddress(embedded);
    return inner ? { ...inner, embedded } : null;
  }
  const hit = PARSED_RANGES.find((r) => r.family === 6 && inPrefix(v, 128, r.network, r.bits));
  return hit ? { kind: hit.entry.kind, rule: hit.entry.id } : null;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Host name → all its addresses (the real one is dns.lookup with all: true; tests hand in a table). */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/** URL.hostname keeps the brackets of an IPv6 literal ("[::1]"). */
export function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

const withArticle = (kind: string) => `${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind}`;

export type HostCheck = { ok: true; addresses: readonly ResolvedAddress[] } | { ok: false; reason: string };

/**
 * Resolves a URL's host and checks every address it has (a name with one private address among public ones is
 * refused: the connection could land on either). Returns the addresses to connect to, so the connection goes to an
 * address that was checked and a second DNS answer cannot swap it (DNS rebinding). `allowAddresses` lets a few
 * named addresses through without allowing every private one (a feed on the user's own intranet).
 */
export async function checkHost(
  url: URL,
  resolve: Resolver,
  allowPrivate: boolean,
  allowAddresses: ReadonlySet<string> = new Set(),
): Promise<HostCheck> {
  const host = bareHost(url.hostname);
  const literal = isIP(host);
  let addresses: readonly ResolvedAddress[];
  if (literal) addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await resolve(host);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { ok: false, reason: `cannot resolve ${host}${code ? ` (${code})` : ''}` };
    }
    if (!addresses.length) return { ok: false, reason: `cannot resolve ${host} (no address)` };
  }
  if (!allowPrivate) {
    for (const a of addresses) {
      if (allowAddresses.has(a.address)) continue;
      const refusal = classifyAddress(a.address);
      if (!refusal) continue;
      const what = `${withArticle(refusal.kind)} address${refusal.embedded ? ` (IPv4 ${refusal.embedded} inside IPv6)` : ''}`;
      const subject = literal ? `${a.address} is ${what}` : `${host} resolves to ${a.address}, ${what}`;
      return { ok: false, reason: `${subject} (use --allow-private to allow it)` };
    }
  }
  return { ok: true, addresses };
}
