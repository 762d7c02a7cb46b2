// The first screen's JavaScript stays small (issue 6: at most 250 KB gzip before the editor
// loads): every script the home downloads, gzip-compressed here, and none of them the engine's
// (nor its worker's).
// `npm run size` prints the same figures from the build's manifest, with the lazy chunks.
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

test('the home downloads at most 250 KB of gzip JavaScript, without the engine', async ({
  page,
}) => {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    const url = response.url();
    if (!url.endsWith('.js') || response.request().resourceType() === 'other') return;
    const body = await response.body().catch(() => null);
    if (body !== null) scripts.set(url, gzipSync(body, { level: 9 }).length);
  });
  await page.goto('./#/');
  await expect(page.getByTestId('lesson-000-1-nodeport')).toBeVisible();
  await page.waitForLoadState('networkidle');

  const names = [...scripts.keys()].map((url) => url.replace(/^.*\/assets\//, ''));
  const total = [...scripts.values()].reduce((a, b) => a + b, 0);
  console.log(`home: ${(total / 1024).toFixed(1)} KB gzip in ${names.join(', ')}`);
  expect(
    names.filter((name) =>
      /^(engine|engine\.worker|MonacoEditor|TerminalView|catalog)-/.test(name),
    ),
  ).toEqual([]);
  expect(total).toBeGreaterThan(50 * 1024);
  expect(total).toBeLessThanOrEqual(250 * 1024);
});
