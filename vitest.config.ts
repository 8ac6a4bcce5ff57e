/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests cover pure logic in src/lib; they run through Astro's Vite config so imports resolve the same way.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
  },
});
