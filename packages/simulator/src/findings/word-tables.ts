/**
 * Small word tables the generated findings are built from. Data only: see `describe-finding.ts` for the grammar.
 */
import type { OsFamily } from './operating-system.js';

/** @internal A package that findings can name. */
export interface PackageEntry {
  name: string;
  /** The upstream version the distribution ships (one per image; the flavour is added per OS). */
  upstream: string;
  /** The part of the package a flaw sits in. */
  components: readonly string[];
  /** What an attacker feeds it. */
  inputs: readonly string[];
  /** Only on these families (default: all). */
  only?: readonly OsFamily[];
}

/** @internal */
export const PACKAGES: readonly PackageEntry[] = [
  {
    name: 'openssl',
    upstream: '3.0.11',
    components: ['X.509 certificate verification', 'the TLS handshake code', 'the PKCS#12 parser'],
    inputs: ['a crafted certificate', 'a malicious TLS server', 'a crafted PKCS#12 file'],
  },
  {
    name: 'libxml2',
    upstream: '2.9.14',
    components: ['the XML parser', 'the xmlSchemaValidate function', 'the XPath evaluator'],
    inputs: ['a crafted XML document', 'a crafted XML schema'],
  },
  {
    name: 'curl',
    upstream: '7.88.1',
    components: ['the cookie engine', 'the SOCKS5 proxy handshake', 'HTTP/2 header handling'],
    inputs: ['a malicious HTTP server', 'a crafted URL', 'a long hostname'],
  },
  {
    name: 'zlib',
    upstream: '1.2.13',
    components: ['inflate', 'the deflate_stored function'],
    inputs: ['a crafted compressed stream', 'a large gzip header extra field'],
  },
  {
    name: 'glibc',
    upstream: '2.36',
    components: ['the dynamic loader', 'the iconv implementation', 'the getaddrinfo function'],
    inputs: [
      'a crafted GLIBC_TUNABLES environment variable',
      'a crafted character sequence',
      'a crafted DNS response',
    ],
    only: ['debian', 'ubuntu', 'amazon', 'other'],
  },
  {
    name: 'e2fsprogs',
    upstream: '1.47.0',
    components: ['the directory rehashing functionality of e2fsck', 'libext2fs'],
    inputs: ['a crafted ext4 filesystem image'],
  },
  {
    name: 'systemd',
    upstream: '252.17',
    components: ['systemd-resolved', 'the journal'],
    inputs: ['a crafted DNS reply', 'a long log message'],
    only: ['debian', 'ubuntu', 'amazon', 'other'],
  },
  {
    name: 'expat',
    upstream: '2.5.0',
    components: ['the XML_Parse function', 'the doProlog function'],
    inputs: ['a crafted XML document', 'deeply nested entity declarations'],
  },
  {
    name: 'sqlite3',
    upstream: '3.40.1',
    components: ['the query planner', 'the FTS5 extension'],
    inputs: ['a crafted SQL query', 'a crafted database file'],
  },
  {
    name: 'gnutls',
    upstream: '3.7.9',
    components: ['RSA-PSK key exchange', 'the certificate verification code'],
    inputs: ['a crafted ClientKeyExchange message', 'a crafted certificate chain'],
  },
  {
    name: 'krb5',
    upstream: '1.20.1',
    components: ['the KDC', 'the PAC parsing code'],
    inputs: ['a crafted Kerberos request', 'a crafted PAC'],
  },
  {
    name: 'perl',
    upstream: '5.36.0',
    components: ['the regular expression compiler', 'the HTTP::Tiny module'],
    inputs: ['a crafted regular expression', 'a malicious HTTPS server'],
  },
  {
    name: 'tar',
    upstream: '1.34',
    components: ['the extended header parser'],
    inputs: ['a crafted tar archive'],
  },
  {
    name: 'ncurses',
    upstream: '6.4',
    components: ['the terminfo parser'],
    inputs: ['a crafted terminfo file', 'a crafted TERM environment variable'],
  },
  {
    name: 'util-linux',
    upstream: '2.38.1',
    components: ['the wall command', 'libblkid'],
    inputs: ['crafted escape sequences', 'a crafted partition table'],
  },
  {
    name: 'shadow',
    upstream: '4.13',
    components: ['the chfn command', 'gpasswd'],
    inputs: ['a crafted password entry', 'an interrupted password change'],
  },
  {
    name: 'libpng',
    upstream: '1.6.39',
    components: ['the png_image_finish_read function'],
    inputs: ['a crafted PNG image'],
  },
  {
    name: 'libwebp',
    upstream: '1.2.4',
    components: ['the lossless decoder (VP8L)'],
    inputs: ['a crafted WebP image'],
  },
  {
    name: 'nghttp2',
    upstream: '1.52.0',
    components: ['the HTTP/2 stream reset handling'],
    inputs: ['a rapid stream of RST_STREAM frames'],
  },
  {
    name: 'xz-utils',
    upstream: '5.4.1',
    components: ['liblzma', 'the xzgrep script'],
    inputs: ['a crafted .xz file', 'a crafted file name'],
  },
  {
    name: 'busybox',
    upstream: '1.36.1',
    components: ['the awk applet', 'the hush shell', 'the wget applet'],
    inputs: ['a crafted awk program', 'a crafted shell script', 'a malicious HTTP server'],
    only: ['alpine'],
  },
  {
    name: 'musl',
    upstream: '1.2.4',
    components: ['the wcsnrtombs function', 'the DNS resolver'],
    inputs: ['a crafted multibyte string', 'a crafted DNS response'],
    only: ['alpine'],
  },
  {
    name: 'apt',
    upstream: '2.6.1',
    components: ['the HTTP transport method'],
    inputs: ['a malicious mirror'],
    only: ['debian', 'ubuntu'],
  },
  {
    name: 'rpm',
    upstream: '4.16.1.3',
    components: ['the signature verification code'],
    inputs: ['a crafted RPM package'],
    only: ['amazon'],
  },
];

/** @internal What a flaw lets an attacker do; chosen from the CVSS impact metrics so text and vector agree. */
export type ImpactKind = 'code' | 'dos' | 'leak' | 'tamper';

/** @internal Weakness classes and outcomes per impact kind. */
export const IMPACTS: Readonly<
  Record<ImpactKind, { weaknesses: readonly string[]; outcomes: readonly string[] }>
> = {
  code: {
    weaknesses: [
      'A heap buffer overflow',
      'A use-after-free',
      'An integer overflow',
      'A stack-based buffer overflow',
    ],
    outcomes: ['execute arbitrary code', 'execute arbitrary code or cause a denial of service'],
  },
  dos: {
    weaknesses: [
      'A NULL pointer dereference',
      'An infinite loop',
      'Uncontrolled recursion',
      'A reachable assertion',
    ],
    outcomes: [
      'cause a denial of service (application crash)',
      'cause a denial of service (CPU consumption)',
      'cause a denial of service (memory exhaustion)',
    ],
  },
  leak: {
    weaknesses: ['An out-of-bounds read', 'A use of uninitialized memory', 'A timing side channel'],
    outcomes: ['obtain sensitive information from process memory', 'recover private key material'],
  },
  tamper: {
    weaknesses: ['Improper input validation', 'A path traversal flaw', 'Improper certificate validation'],
    outcomes: ['overwrite arbitrary files', 'bypass intended access restrictions', 'spoof trusted content'],
  },
};

/** @internal Who attacks, by CVSS v3 attack vector. */
export const ACTORS: Readonly<Record<'N' | 'A' | 'L' | 'P', readonly string[]>> = {
  N: ['remote attackers', 'a remote unauthenticated attacker', 'a context-dependent attacker'],
  A: ['an attacker on the adjacent network'],
  L: ['local users', 'a local attacker'],
  P: ['an attacker with physical access'],
};
