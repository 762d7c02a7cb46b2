// One lesson of each study note, walked through the player from its first step to its last, in
// English and in Korean: Run each step and see every one of its checks turn green. The step's
// highlights are marked on the picture while it is shown.
import { expect, test, type Page } from '@playwright/test';

const WALKS = [
  { id: '000-3-expose', steps: 5 },
  { id: '001-9-ping-clusterip', steps: 2 },
  { id: '002-11-externalname', steps: 2 },
  { id: '003-2-nodeport', steps: 2 },
  { id: '004-4-named-ports', steps: 3 },
] as const;

async function walk(page: Page, id: string, steps: number, language: 'en' | 'ko') {
  await page.goto(`./#/lessons/${id}?step=1`);
  const panel = page.getByTestId('lesson-panel');
  const step = panel.getByTestId('lesson-step');
  const run = panel.getByTestId('lesson-run');
  await expect(run).toBeEnabled({ timeout: 30_000 });
  for (let n = 1; n <= steps; n++) {
    await expect(step).toHaveAttribute('data-step', String(n));
    await expect(panel.getByTestId('step-text')).toHaveAttribute('lang', language);
    if (language === 'ko')
      await expect(panel.getByTestId('step-text')).toContainText(/[\uac00-\ud7a3]/);
    await run.click();
    const checks = panel.getByTestId('step-check');
    expect(await checks.count()).toBeGreaterThan(0);
    for (const check of await checks.all())
      await expect(check, `${id} step ${n} (${language})`).toHaveAttribute('data-state', 'pass', {
        timeout: 30_000,
      });
    await expect(panel.getByTestId('step-passed')).toBeVisible();
    if (n < steps) await panel.getByTestId('lesson-next').click();
  }
  // Every step link shows its tick.
  await expect(panel.getByTestId('lesson-step-link')).toHaveCount(steps);
  for (const link of await panel.getByTestId('lesson-step-link').all())
    await expect(link).toHaveText('✓');
}

for (const language of ['en', 'ko'] as const) {
  test(`one lesson of each study note, every check green (${language})`, async ({ page }) => {
    test.setTimeout(240_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript((l) => window.localStorage.setItem('k8s-lab:language', l), language);
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const { id, steps } of WALKS) await walk(page, id, steps, language);
    expect(errors).toEqual([]);
  });
}

test('a step marks what it points at on the picture', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('k8s-lab:language', 'en'));
  await page.setViewportSize({ width: 1920, height: 1080 });
  // Step 3 of 000-1-nodeport creates np-svc (nodePort 30000) and highlights it and np-pods.
  await page.goto('./#/lessons/000-1-nodeport?step=3');
  const panel = page.getByTestId('lesson-panel');
  await expect(panel.getByTestId('lesson-run')).toBeEnabled({ timeout: 30_000 });
  await expect(panel.getByTestId('step-highlights')).toContainText('np-svc');
  await panel.getByTestId('lesson-run').click();
  // Run's commands show in the terminal too, as if typed there: the last, kubectl get services.
  await expect(page.getByTestId('terminal').locator('.xterm-rows')).toContainText(
    /np-svc\s+NodePort\s+10\.\d+\.\d+\.\d+\s+<none>\s+80:30000\/TCP/,
  );
  const topology = page.getByTestId('topology');
  const marked = topology.locator('[data-lesson-highlight]');
  await expect(
    topology.locator('[data-pod^="default/np-pods-"][data-lesson-highlight]'),
  ).toHaveCount(1);
  // The node-port badge 30000 is marked on every node that shows it, and nothing else is.
  await expect(topology.locator('g.node-port[data-lesson-highlight]').first()).toContainText(
    '30000',
  );
  expect(await topology.locator('[data-node][data-lesson-highlight]').count()).toBe(0);
  await page.screenshot({ path: 'e2e/screenshots/lesson-highlight-1920x1080.png' });
  // The next step points at the worker nodes instead.
  await panel.getByTestId('lesson-next').click();
  await expect(topology.locator('[data-node][data-lesson-highlight]')).toHaveCount(3);
  await expect(topology.locator('[data-pod][data-lesson-highlight]')).toHaveCount(0);
  expect(await marked.count()).toBe(3);
});
