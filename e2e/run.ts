import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { journeys } from './journeys';
import { startServer } from './server';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Runs every browser journey against a freshly started platform in Debian's Chromium; exits non-zero on any failure. */
async function main(): Promise<void> {
  mkdirSync('e2e/screenshots', { recursive: true });
  const server = await startServer();
  let browser: Browser | undefined;
  let passed = 0;
  let failed = 0;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    // JOURNEY=words runs only the journeys whose names contain them, for working on one page.
    const only = process.env.JOURNEY;
    for (const journey of journeys.filter((j) => !only || j.name.includes(only))) {
      // The city's own clock, as on the desks of its offices; the web app shows times in the browser's zone.
      const context = await browser.newContext({
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        viewport: journey.viewport ?? { width: 1280, height: 800 },
        ...(journey.geolocation ? { geolocation: journey.geolocation, permissions: ['geolocation'] } : {}),
      });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      const t0 = Date.now();
      try {
        await journey.run(page, server.url);
        passed++;
        console.log(`✓ ${journey.name} (${Date.now() - t0} ms)`);
      } catch (err) {
        failed++;
        const shot = `e2e/screenshots/FAILED-${journey.name.replace(/\W+/g, '-')}.png`;
        await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
        console.log(`✗ ${journey.name}: ${err instanceof Error ? err.message : String(err)} (screenshot ${shot})`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser?.close();
    await server.stop();
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  if (failed > 0) process.exit(1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
