import { describe, expect, it } from 'vitest';
import { headerRules, headersFile, headersFor, nginxSnippet, parseHeadersFile, pathMatches, unionPolicies } from '../../src/lib/deploy/headers';

const META = "default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'unsafe-inline'";

describe('the served headers', () => {
  it('keep every script hash of the pages and add frame-ancestors', () => {
    const [site] = headerRules(META);
    const csp = site!.headers['Content-Security-Policy']!;
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("img-src 'self' data:");
  });

  it('union the policies of pages that differ, keeping each source once', () => {
    const merged = unionPolicies(["script-src 'self' 'sha256-A='; img-src 'self'", "script-src 'self' 'sha256-B='"]);
    expect(merged).toBe("script-src 'self' 'sha256-A=' 'sha256-B='; img-src 'self'");
  });

  it('read back from the _headers file as written', () => {
    const rules = headerRules(META);
    expect(parseHeadersFile(headersFile(rules))).toEqual(rules);
  });

  it('apply every matching rule, as the hosts do', () => {
    const rules = headerRules(META);
    expect(headersFor(rules, '/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersFor(rules, '/sw.js')['Content-Security-Policy']).toContain('frame-ancestors');
    expect(headersFor(rules, '/_astro/a.js')['Cache-Control']).toContain('immutable');
    expect(headersFor(rules, '/log/')['Cache-Control']).toBeUndefined();
    expect(pathMatches('/_astro/*', '/_astro/x/y.js')).toBe(true);
    expect(pathMatches('/sw.js', '/swXjs')).toBe(false);
  });

  it('refuse a header line with no path above it', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(/outside a path/);
  });

  it('give nginx the same policy in every location, quoted', () => {
    const conf = nginxSnippet(headerRules(META));
    const policies = [...conf.matchAll(/add_header Content-Security-Policy "([^"]+)" always;/g)].map((m) => m[1]);
    expect(policies.length).toBe(headerRules(META).length + 1);
    expect(new Set(policies).size).toBe(1);
    expect(conf).toMatch(/location = \/sw\.js \{[^}]*add_header Cache-Control "no-cache" always;/);
  });
});
