/**
 * Reads an exercise file's title and `figure` block from its frontmatter with a few regular
 * expressions (enough for the flat YAML the exercise files use), for tests and the contact sheet.
 */
export interface FigureFrontmatter {
  title: string;
  figure?: { start: string; end: string; props: string[]; side?: string; alt: string };
}

const unquote = (s: string): string => {
  const t = s.trim();
  return /^(['"]).*\1$/.test(t) ? t.slice(1, -1) : t;
};

export const readFigureFrontmatter = (source: string): FigureFrontmatter => {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const title = unquote(/^title:\s*(.+)$/m.exec(fm)?.[1] ?? '');
  const block = /^figure:\s*\r?\n((?:[ \t]+.*(?:\r?\n|$))+)/m.exec(fm)?.[1];
  if (!block) return { title };
  const field = (name: string) => {
    const m = new RegExp(`^[ \\t]+${name}:[ \\t]*(.*)$`, 'm').exec(block)?.[1];
    return m === undefined ? undefined : unquote(m);
  };
  const propsRaw = field('props') ?? '[]';
  const props = propsRaw
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((p) => unquote(p))
    .filter(Boolean);
  const side = field('side');
  return {
    title,
    figure: {
      start: field('start') ?? '',
      end: field('end') ?? '',
      props,
      ...(side ? { side } : {}),
      alt: field('alt') ?? '',
    },
  };
};
