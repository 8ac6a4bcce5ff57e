/** The articles feed. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getLibrary } from '../content';

export const GET: APIRoute = async ({ site }) => {
  const lib = await getLibrary();
  return rss({
    title: 'CoreStride articles',
    description: 'Why runners need back and core strength, how to fit it into a training week, and when back pain needs a professional.',
    site: site!,
    trailingSlash: true,
    items: lib.articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.published,
      link: `/articles/${a.id}/`,
      categories: a.data.tags,
    })),
  });
};
