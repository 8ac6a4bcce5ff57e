/**
 * At the end of `astro build`: checks every page against the HTML budget, then writes the
 * headers the site must be served with, from the Content-Security-Policy Astro put in the pages'
 * `<meta>` (its inline scripts' hashes change with every build, so a hand-written header would
 * block them): `dist/_headers` for Netlify and Cloudflare Pages, and `deploy/nginx.conf` for an
 * ordinary web server. `astro preview` (`npm start`) sends the same site-wide headers.
 * The rules themselves live in src/lib/deploy/headers.ts.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { overBudget } from '../lib/deploy/budgets';
import { headerRules, headersFile, headersFor, nginxSnippet, parseHeadersFile, unionPolicies } from '../lib/deploy/headers';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/** The content file a page is made from, where the route says (/exercises/<id>/ ← content/exercises/<id>.mdx). */
function sourceOf(root: string, page: string): string | undefined {
  const m = page.match(/^(exercises|routines|articles)\/([^/]+)\/index\.html$/);
  const file = m && `content/${m[1]}/${m[2]}.mdx`;
  return file && existsSync(join(root, file)) ? file : undefined;
}

export default function headers(): AstroIntegration {
  let root = '';
  return {
    name: 'corestride:headers',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'preview') return;
        // `npm start` serves what the hosts would: the site-wide headers of the last build.
        const file = join(fileURLToPath(config.outDir), '_headers');
        if (!existsSync(file)) return;
        const site = headersFor(parseHeadersFile(readFileSync(file, 'utf8')), '/');
        updateConfig({ server: { headers: site } });
        logger.info('serving the headers of dist/_headers');
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = htmlFiles(site);

        const over = pages.flatMap((file) => {
          const bytes = readFileSync(file);
          const problem = overBudget(bytes.length, gzipSync(bytes).length);
          if (!problem) return [];
          const page = relative(site, file);
          const source = sourceOf(root, page);
          return [`dist/${page}: ${problem}${source ? `; it is made from ${source}` : ''}`];
        });
        if (over.length) {
          throw new Error(`Pages too large to load quickly on a phone or to keep offline:\n${over.join('\n')}\nSplit the page or shorten it (the budgets are in src/lib/deploy/budgets.ts).`);
        }

        const policies = pages.map((f) => readFileSync(f, 'utf8').match(META_CSP)?.[1]).filter((p): p is string => !!p);
        if (!policies.length) throw new Error('No page carries a Content-Security-Policy <meta>: is `security.csp` still set in astro.config.mjs?');
        const rules = headerRules(unionPolicies(policies));
        writeFileSync(join(site, '_headers'), headersFile(rules));
        mkdirSync(join(root, 'deploy'), { recursive: true });
        writeFileSync(join(root, 'deploy/nginx.conf'), nginxSnippet(rules));
        logger.info(`wrote dist/_headers and deploy/nginx.conf from the pages' policy (${pages.length} pages)`);
      },
    },
  };
}
