/**
 * A search result's thumbnail, inlined into its Pagefind fragment at build time (src/lib/search/cards.ts
 * says why). Build-time only: the search page's own script never loads the figure renderer.
 */
import { standaloneSvg } from '../figure/render';

/**
 * The figure's colours where the page's custom properties cannot reach (an <img> of an SVG): the
 * dark scheme's muted ink and rule from src/styles/global.css, so the far limbs and the floor read
 * on a dark card as they do inline. The body's own colour comes with standaloneSvg.
 */
const DARK_FIGURE = '@media (prefers-color-scheme:dark){svg{--ink-muted:oklch(0.78 0.02 250);--line:oklch(0.36 0.02 250)}}';

/**
 * A thumbnail <svg> (renderFigureSvg, size thumb) as a data: URL for a decorative <img alt="">: no
 * title, description or ARIA (the result's text names it), the namespace a standalone SVG needs, and
 * only the characters a URL cannot hold escaped, so it stays small inside a gzipped fragment.
 */
export function thumbnailDataUrl(svg: string): string {
  const bare = standaloneSvg(
    svg.replace(/<title\b[^>]*>[\s\S]*?<\/title>|<desc\b[^>]*>[\s\S]*?<\/desc>/g, '').replace(/\s(?:role|aria-[a-z]+)="[^"]*"/g, ''),
    DARK_FIGURE,
  );
  return `data:image/svg+xml,${bare.replace(/[%#\r\n]/g, encodeURIComponent)}`;
}
