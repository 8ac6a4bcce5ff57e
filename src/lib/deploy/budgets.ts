/**
 * Page budgets. The build fails on a page over either HTML budget (src/integrations/headers.ts),
 * naming it and the content file it is made from; e2e/built-site.spec.ts checks the same figure.
 *
 * 30 KB of gzipped HTML is about 200 KB as written: a phone on a slow connection shows it in
 * a second or two, and the service worker (which skips files over 2 MB) keeps it offline.
 * Today's largest page, the first page of the exercise list, is about 10 KB gzipped.
 */
export const PAGE_HTML_GZIP_BUDGET = 30 * 1024;

/** CSS per page, gzipped (a test, not a build failure: the build writes one shared stylesheet). */
export const PAGE_CSS_GZIP_BUDGET = 15 * 1024;

/**
 * Raw HTML per page: a page that compresses well can still be too big to keep offline (the
 * service worker skips files over 2 MB) or to parse quickly on a phone. Today's largest is 71 KB.
 */
export const PAGE_HTML_RAW_BUDGET = 512 * 1024;

/** What is wrong with a page's size, or undefined when it is within both budgets. */
export function overBudget(rawBytes: number, gzipBytes: number): string | undefined {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  if (gzipBytes > PAGE_HTML_GZIP_BUDGET) return `${kb(gzipBytes)} of HTML gzipped, over the ${kb(PAGE_HTML_GZIP_BUDGET)} budget`;
  if (rawBytes > PAGE_HTML_RAW_BUDGET) return `${kb(rawBytes)} of HTML, over the ${kb(PAGE_HTML_RAW_BUDGET)} budget`;
  return undefined;
}
