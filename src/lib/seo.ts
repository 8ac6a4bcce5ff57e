/**
 * Structured data (JSON-LD) for each page type, typed with schema-dts so a wrong property
 * or type is a compile error (`astro check`).
 */
import type { Article as ArticleLD, HowTo, WithContext } from 'schema-dts';

export function exerciseLd(e: { title: string; summary: string; steps: string[]; url: string; image: string }): WithContext<HowTo> {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: e.title,
    description: e.summary,
    url: e.url,
    image: e.image,
    step: e.steps.map((text, i) => ({ '@type': 'HowToStep', position: i + 1, text })),
  };
}

export function routineLd(r: { title: string; summary: string; totalSeconds: number; url: string; steps: { name: string; text: string }[] }): WithContext<HowTo> {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: r.title,
    description: r.summary,
    url: r.url,
    totalTime: `PT${Math.round(r.totalSeconds)}S`,
    step: r.steps.map((s, i) => ({ '@type': 'HowToStep', position: i + 1, name: s.name, text: s.text })),
  };
}

export function articleLd(a: { title: string; description: string; published: Date; updated?: Date | undefined; url: string }): WithContext<ArticleLD> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    description: a.description,
    url: a.url,
    datePublished: a.published.toISOString(),
    dateModified: (a.updated ?? a.published).toISOString(),
    author: { '@type': 'Organization', name: 'CoreStride' },
    publisher: { '@type': 'Organization', name: 'CoreStride' },
  };
}
