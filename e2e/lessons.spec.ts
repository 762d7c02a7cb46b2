// The lessons in the browser: the home lists them by study note, a lesson opens on the lab screen,
// its steps run and their checks turn green, and a reload on `?step=N` lands on that step.
import { expect, test } from '@playwright/test';

test.use({ locale: 'en-US' });

test('the home lists the lessons; 000-1-nodeport runs, checks and deep-links', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./#/');

  const home = page.getByTestId('home');
  await expect(home.getByTestId('note-000')).toBeVisible();
  // Note order, and numbers as numbers: 002-2 before 002-10.
  const ids = await home
    .locator('[data-testid^="lesson-0"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('data-testid') ?? ''));
  expect(ids[0]).toBe('lesson-000-1-nodeport');
  expect(ids.indexOf('lesson-002-2-sidecar')).toBeLessThan(
    ids.indexOf('lesson-002-10-external-traffic-policy'),
  );
  expect(ids.length).toBeGreaterThanOrEqual(50);
  const nodeport = home.getByTestId('lesson-000-1-nodeport');
  await expect(nodeport).toContainText('NodePort: reach a Deployment from outside the cluster');
  await expect(nodeport).toContainText('k8sinfra');
  await page.screenshot({ path: 'e2e/screenshots/lessons-home-1920x1080.png' });

  // Korean titles, remembered across a reload.
  await page.getByTestId('language-ko').click();
  await expect(nodeport).toContainText('노드포트: 클러스터 밖에서 디플로이먼트에 접속하기');
  await page.reload();
  await expect(page.getByTestId('lesson-000-1-nodeport')).toContainText('노드포트');
  await page.getByTestId('language-en').click();

  await page.getByTestId('lesson-000-1-nodeport').click();
  await expect(page).toHaveURL(/#\/lessons\/000-1-nodeport$/);
  const panel = page.getByTestId('lesson-panel');
  const step = panel.getByTestId('lesson-step');
  await expect(step).toHaveAttribute('data-step', '1');
  await expect(step).toContainText("The note's command, as typed");
  const run = panel.getByTestId('lesson-run');
  await expect(run).toBeEnabled({ timeout: 30_000 });

  // Step 1: the note's typo; kubectl refuses the flag and nothing is created.
  const checks = panel.getByTestId('step-check');
  await expect(checks.first()).toHaveAttribute('data-state', 'waiting');
  await run.click();
  await expect(panel.getByTestId('step-output')).toContainText('error: unknown flag: --images');
  await expect(checks).toHaveCount(2);
  for (const check of await checks.all()) await expect(check).toHaveAttribute('data-state', 'pass');
  await expect(panel.getByTestId('step-passed')).toBeVisible();

  // Step 2: the Deployment with --image; its pod becomes ready.
  await panel.getByTestId('lesson-next').click();
  await expect(page).toHaveURL(/#\/lessons\/000-1-nodeport\?step=2$/);
  await expect(step).toHaveAttribute('data-step', '2');
  await run.click();
  await expect(panel.getByTestId('step-output')).toContainText('deployment.apps/np-pods created');
  for (const check of await checks.all()) await expect(check).toHaveAttribute('data-state', 'pass');
  await expect(page.getByTestId('topology').locator('[data-pod^="default/np-pods-"]')).toHaveCount(
    1,
  );
  await expect(panel.getByTestId('lesson-step-link').nth(0)).toHaveText('✓');
  await expect(panel.getByTestId('lesson-step-link').nth(1)).toHaveText('✓');

  // Step 3 through the terminal-less Run: the NodePort Service np-svc on 30000.
  await panel.getByTestId('lesson-next').click();
  await expect(step).toHaveAttribute('data-step', '3');
  await run.click();
  await expect(panel.getByTestId('step-output')).toContainText('service/np-svc created');
  for (const check of await checks.all()) await expect(check).toHaveAttribute('data-state', 'pass');
  await page.screenshot({ path: 'e2e/screenshots/lessons-player-1920x1080.png' });

  // A reload on ?step=2 lands there, with the cluster built up to it.
  await page.goto('./#/lessons/000-1-nodeport?step=2');
  await page.reload();
  await expect(page.getByTestId('lesson-step')).toHaveAttribute('data-step', '2');
  await expect(page.getByTestId('lesson-step')).toContainText('The flag is --image');
  await expect(page.getByTestId('lesson-run')).toBeEnabled({ timeout: 30_000 });
  // Progress kept: steps 1 to 3 passed before the reload.
  await expect(page.getByTestId('lesson-step-link').nth(2)).toHaveText('✓');

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'e2e/screenshots/lessons-player-1280x720.png' });

  // Projector mode: Right runs the step, Right again goes on, Left comes back.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('p');
  await expect(page.getByTestId('lab')).toHaveClass(/is-projector/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-output')).toContainText('deployment.apps/np-pods created');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\?step=3$/);
  await page.screenshot({ path: 'e2e/screenshots/lessons-projector-1280x720.png' });
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\?step=2$/);

  await page.goto('./#/');
  await expect(page.getByTestId('lesson-000-1-nodeport')).toContainText('3/7');
  expect(errors).toEqual([]);
});
