import type { Page } from '@playwright/test';

/**
 * A browser whose storage is full, for real: this origin's localStorage is filled until it
 * refuses even one more character, leaving about `room` characters free. The filler keys are
 * not the site's (`test-filler-…`), so pages list and read nothing of them.
 */
export async function fillStorage(page: Page, room = 0) {
  await page.evaluate((room) => {
    if (room > 0) localStorage.setItem('test-filler-room', 'x'.repeat(room));
    let size = 1 << 20;
    for (let i = 0; size >= 1; ) {
      try {
        localStorage.setItem(`test-filler-${i}`, 'x'.repeat(size));
        i++;
      } catch {
        size >>= 1;
      }
    }
    localStorage.removeItem('test-filler-room');
  }, room);
}

/** Makes room again: every filler key removed. */
export async function emptyStorageFiller(page: Page) {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('test-filler-')) localStorage.removeItem(key);
  });
}
