// Diff before Apply: the editor shows what `kubectl diff -f -` says Apply would change, and
// nothing is changed by looking.
import { expect, test } from '@playwright/test';
import { nodePortExample } from '../src/app/scenarios/nodePortExample.ts';
import { LabPage } from './labPage.ts';

test('Diff shows what Apply would change, and nothing after Apply', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await lab.open();
  await expect(lab.podsNamed('default/np-pods-')).toHaveCount(3);

  // The example asks for 3 replicas; ask for 5 instead.
  const five = nodePortExample.manifest.replace(/replicas: 3/, 'replicas: 5');
  expect(five).not.toBe(nodePortExample.manifest);
  await lab.editor.fill(five);
  await page.getByTestId('diff').click();
  const diff = page.getByTestId('diff-output');
  await expect(diff).toContainText(
    /diff -u -N \/tmp\/LIVE-\d+\/apps\.v1\.Deployment\.default\.np-pods/,
  );
  await expect(diff).toContainText('-  replicas: 3');
  await expect(diff).toContainText('+  replicas: 5');
  await expect(diff.locator('.diff-add').first()).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/editor-diff-1920x1080.png' });
  // Looking changed nothing: still three pods.
  await expect(lab.podsNamed('default/np-pods-')).toHaveCount(3);

  await lab.applyButton.click();
  await expect(lab.applyOutput).toContainText('deployment.apps/np-pods configured');
  await expect(diff).toHaveCount(0);
  await page.getByTestId('diff').click();
  await expect(page.getByTestId('diff-output')).toContainText('Apply would change nothing');
  expect(errors).toEqual([]);
});
