/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** The tests of calendar-day code, run again in two more time zones. */
const DATE_TESTS = ['tests/unit/log.test.ts', 'tests/unit/days.test.ts'];

// Unit tests cover pure logic in src/lib; they run through Astro's Vite config so imports resolve the same way.
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'] } },
      // A zone behind UTC with daylight saving in March and November, and one far ahead whose
      // clocks change in April and September: midnight there is the afternoon before in UTC.
      { extends: true, test: { name: 'New York', include: DATE_TESTS, env: { TZ: 'America/New_York' } } },
      { extends: true, test: { name: 'Auckland', include: DATE_TESTS, env: { TZ: 'Pacific/Auckland' } } },
    ],
  },
});
