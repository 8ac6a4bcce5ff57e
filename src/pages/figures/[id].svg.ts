/** Each exercise's thumbnail as a standalone SVG file: the guide's og:image. (Search results inline theirs: src/lib/search/thumbnail.ts.) */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary, type Exercise } from '../../content';
import { renderFigureSvg, standaloneSvg } from '../../lib/figure/render';

export const getStaticPaths = (async () => {
  const lib = await getLibrary();
  return lib.exercises.map((exercise) => ({ params: { id: exercise.id }, props: { exercise } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ exercise: Exercise }> = ({ props }) => {
  const { figure, title } = props.exercise.data;
  const svg = standaloneSvg(renderFigureSvg(figure, { size: 'thumb', title, idPrefix: 'f' }));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
