/**
 * Where an exercise's thumbnail is served as a file of its own (src/pages/figures/[id].svg.ts):
 * for search results, the builder's picker and the timer of a builder routine, which show it
 * with <img> rather than carrying the SVG in their props. It turns light in dark mode by itself.
 */
export const figureFile = (exerciseId: string): string => `/figures/${exerciseId}.svg`;
