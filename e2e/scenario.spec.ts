// Scenarios for real: what the learner applies and types survives a reload (the cluster rebuilt by
// replay), Undo takes the last step back, and a share link opens the same cluster in a fresh browser.
import { expect, test, type Page } from '@playwright/test';
import { LabPage } from './labPage.ts';

/** Pastes text into the terminal as the clipboard would. */
async function paste(page: Page, text: string): Promise<void> {
  await page
    .getByTestId('terminal')
    .locator('textarea')
    .evaluate((area, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }));
    }, text);
}

async function type(page: Page, line: string): Promise<void> {
  await page.getByTestId('terminal').click();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

const CONFIG_MAP = [
  'kubectl apply -f - <<EOF',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: lab-note',
  'data:',
  '  hello: world',
  'EOF',
  '',
].join('\n');

test('a scenario survives a reload, undoes, and travels by link', async ({ page, browser }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await lab.open();
  await lab.waitForReadyPods('default/np-pods-', 3);
  const rows = page.getByTestId('terminal').locator('.xterm-rows');
  await expect(rows).toContainText('$');

  // Apply the editor's text again (unchanged), scale from the terminal, apply a here-document.
  await lab.applyButton.click();
  await expect(lab.applyOutput).toContainText('deployment.apps/np-pods unchanged');
  await type(page, 'kubectl scale deployment np-pods --replicas=5');
  await expect(rows).toContainText('deployment.apps/np-pods scaled');
  await page.getByTestId('terminal').click();
  await paste(page, CONFIG_MAP);
  await expect(rows).toContainText('configmap/lab-note created');
  await lab.waitForReadyPods('default/np-pods-', 5);
  await page.screenshot({ path: 'e2e/screenshots/scenario-1920x1080.png' });

  // A reload rebuilds the same cluster from the saved scenario.
  await page.reload();
  await lab.waitForReadyPods('default/np-pods-', 5);
  await type(page, 'kubectl get configmap lab-note');
  await expect(rows).toContainText(/lab-note\s+1\s+/);

  // Undo twice: the `get` just typed, then the here-document's ConfigMap.
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.click();
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(undo).toBeEnabled();
  await type(page, 'kubectl get configmap lab-note');
  await expect(rows).toContainText('Error from server (NotFound): configmaps "lab-note" not found');
  await expect(lab.podsNamed('default/np-pods-')).toHaveCount(5);

  // Share: the link opens the same cluster in a fresh browser context.
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/#\/playground\?s=[A-Za-z0-9+\-$]+$/);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const fresh = await context.newPage();
  fresh.on('pageerror', (error) => errors.push(error.message));
  await fresh.goto(link);
  const other = new LabPage(fresh);
  await other.waitForReadyPods('default/np-pods-', 5);
  await expect(fresh.getByTestId('scenario-note')).toContainText('Opened the shared scenario.');
  // The link is spent: the address no longer holds it, a reload opens the saved scenario.
  expect(fresh.url()).not.toContain('s=');
  await fresh.screenshot({ path: 'e2e/screenshots/scenario-shared-1280x720.png' });

  // A damaged link (the page already open, only the address changes) says so and keeps the
  // learner's scenario.
  await fresh.goto(link.slice(0, link.length - 20));
  await expect(fresh.getByTestId('scenario-note')).toContainText(
    'The share link is incomplete or damaged',
  );
  await other.waitForReadyPods('default/np-pods-', 5);
  await fresh.screenshot({ path: 'e2e/screenshots/scenario-bad-link-1280x720.png' });
  await context.close();
  expect(errors).toEqual([]);
});
