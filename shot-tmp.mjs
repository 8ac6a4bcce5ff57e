import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const [url, name, ...sizes] = process.argv.slice(2);
for (const s of sizes) { const [w,h] = s.split('x').map(Number);
 for (const scheme of ['light','dark']) {
  const p = await b.newPage({ viewport: { width: w, height: h }, colorScheme: scheme, deviceScaleFactor: 1 });
  await p.goto('http://127.0.0.1:4399' + url); await p.waitForTimeout(2500);
  await p.screenshot({ path: `/tmp/shot-${name}-${s}-${scheme}.png` }); await p.close(); } }
await b.close();
