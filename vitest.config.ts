/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** The tests of calendar-day code, run again in two more time zones. */
const DATE_TESTS = ['tests/unit/log.test.ts', 'tests/unit/days.test.ts', 'tests/unit/plan-form.test.ts'];

// Run through Astro's Vite config so imports resolve the same way. scripts/test.mjs runs the
// projects at different times:
// - unit:  pure logic in src/lib, and the islands' hooks (these in a DOM: // @vitest-environment happy-dom)
// - New York, Auckland: the calendar-day tests again, in two more time zones
// - build: builds of small fixture libraries, each in a folder of its own (tests/build/fixture-site.ts)
// - dist:  checks over the built site in dist/ that need no browser (after `astro build`)
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // A zone behind UTC with daylight saving in March and November, and one far ahead whose
      // clocks change in April and September: midnight there is the afternoon before in UTC.
      { extends: true, test: { name: 'New York', include: DATE_TESTS, env: { TZ: 'America/New_York' } } },
      { extends: true, test: { name: 'Auckland', include: DATE_TESTS, env: { TZ: 'Pacific/Auckland' } } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
    ],
  },
});
