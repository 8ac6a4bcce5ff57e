/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Run through Astro's Vite config so imports resolve the same way. Three projects, which
// scripts/test.mjs runs at different times:
// - unit:  pure logic in src/lib and the islands' hooks (these in a DOM: // @vitest-environment happy-dom)
// - build: builds of small fixture libraries, each in a folder of its own (tests/build/fixture-site.ts)
// - dist:  checks over the built site in dist/ that need no browser (after `astro build`)
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
    ],
  },
});
