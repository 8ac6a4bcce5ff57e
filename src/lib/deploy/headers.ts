/**
 * The HTTP headers the site is served with, in one place: the static hosts' `_headers` file,
 * the nginx snippet and `astro preview` (`npm start`) are all written from these rules, so the
 * three never disagree. Pure: the build integration (src/integrations/headers.ts) supplies the
 * Content-Security-Policy that Astro wrote into the pages' `<meta>`.
 *
 * Why a header and not only the `<meta>`: browsers enforce every policy they are given, so a
 * header policy without the inline scripts' hashes blocks them all; and only a header can say
 * `frame-ancestors` (refuse framing, so no page can overlay Reset or Delete log as a click-trap).
 */

/** One rule of a `_headers` file: a path pattern (`*` matches anything, including `/`) and its headers. */
export interface HeaderRule {
  path: string;
  headers: Readonly<Record<string, string>>;
}

/** What only a header can say, added to the pages' own policy. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** Parses a CSP into directive → sources, in order; a repeated directive keeps its first sources, as browsers do. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * One policy that allows what every page's policy allows: the union of each directive's sources.
 * Astro writes the same policy into every page today (every inline script's hash on every page);
 * the union keeps that true if it ever writes a policy per page.
 */
export function unionPolicies(policies: Iterable<string>): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const list = merged.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      merged.set(name, list);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The page policy plus the header-only directives. */
export function headerPolicy(pagePolicy: string): string {
  const directives = parsePolicy(pagePolicy);
  for (const d of HEADER_ONLY_DIRECTIVES) {
    const [name, ...sources] = d.split(' ');
    directives.set(name!, sources);
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Every rule, most general first; a host applies the headers of every rule whose path matches. */
export function headerRules(pagePolicy: string): HeaderRule[] {
  return [
    {
      path: '/*',
      headers: {
        'Content-Security-Policy': headerPolicy(pagePolicy),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
      },
    },
    // Names that carry a content hash never change: keep them a year.
    { path: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    { path: '/pagefind/*', headers: { 'Cache-Control': 'public, max-age=3600' } },
    // The service worker and what names it: checked on every visit, so an update is seen at once.
    { path: '/sw.js', headers: { 'Cache-Control': 'no-cache' } },
    { path: '/manifest.webmanifest', headers: { 'Content-Type': 'application/manifest+json', 'Cache-Control': 'no-cache' } },
  ];
}

/** The `_headers` file that Netlify and Cloudflare Pages read. */
export function headersFile(rules: readonly HeaderRule[]): string {
  const head = '# Written by `astro build` (src/integrations/headers.ts) from the policy in the pages; do not edit.\n';
  return head + rules.map((r) => `${r.path}\n${Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`).join('\n');
}

/** Parses a `_headers` file back into rules (what the hosts do; used by `astro preview` and the tests). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: { path: string; headers: Record<string, string> } | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { path: line.trim(), headers: {} };
      rules.push(current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`_headers: a header line outside a path, or without a colon: "${line.trim()}"`);
    current.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** Whether a `_headers` path pattern matches a URL path (`*` is a splat, as the hosts read it). */
export function pathMatches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(path);
}

/** The headers a host sends for one path: every matching rule's, later rules winning a clash. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) if (pathMatches(r.path, path)) Object.assign(out, r.headers);
  return out;
}

const nginxQuote = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * The same headers for nginx: a snippet to `include` inside a `server { }` whose `root` is dist/.
 * nginx drops inherited `add_header`s in a location that adds its own, so each location repeats
 * the site-wide ones.
 */
export function nginxSnippet(rules: readonly HeaderRule[]): string {
  const [site, ...rest] = rules;
  if (!site || site.path !== '/*') throw new Error('the first header rule must be the site-wide /*');
  const add = (headers: Readonly<Record<string, string>>, indent: string) =>
    Object.entries(headers)
      .filter(([k]) => k !== 'Content-Type')
      .map(([k, v]) => `${indent}add_header ${k} ${nginxQuote(v)} always;`)
      .join('\n');
  const locations = rest.map((r) => {
    const exact = !r.path.includes('*');
    const loc = exact ? `= ${r.path}` : `^~ ${r.path.replace(/\*$/, '')}`;
    const type = r.headers['Content-Type'] ? `\n    default_type ${r.headers['Content-Type']};\n    types { }` : '';
    return `location ${loc} {${type}\n${add(site.headers, '    ')}\n${add(r.headers, '    ')}\n}`;
  });
  return [
    '# Written by `astro build` (src/integrations/headers.ts) from the policy in the pages; do not edit.',
    '# include it inside a server { } block whose root is the built dist/ folder.',
    'index index.html;',
    'error_page 404 /404.html;',
    add(site.headers, ''),
    'location / {',
    '    try_files $uri $uri/ =404;',
    add(site.headers, '    '),
    '}',
    ...locations,
    '',
  ].join('\n');
}
