// The terminal for real: keys typed into xterm run the lab shell, Tab completes from the cluster,
// a pasted here-document applies, a traced curl flies in the topology, history survives a reload.
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

test('the terminal runs kubectl, completes, takes a here-document, traces a curl and remembers', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await lab.open();
  await lab.waitForReadyPods('default/np-pods-', 3);

  const { terminal, terminalRows: rows } = lab;
  await lab.focusTerminal();

  await lab.typeLine('kubectl get pods');
  // kubectl's pod table (NAME READY STATUS RESTARTS AGE), the example's three pods.
  await expect(rows).toContainText(/NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/);
  await expect(rows).toContainText(/np-pods-\S+\s+1\/1\s+Running/);

  // Tab completes the subcommand, the kind and a Service's name.
  await page.keyboard.type('kubectl desc');
  await page.keyboard.press('Tab');
  // "servi" could be services or serviceaccounts: Tab goes as far as both agree.
  await page.keyboard.type('servi');
  await page.keyboard.press('Tab');
  await expect(rows).toContainText('$ kubectl describe service');
  await page.keyboard.type('s np');
  await page.keyboard.press('Tab');
  await expect(rows).toContainText('$ kubectl describe services np-svc');
  await page.keyboard.press('Enter');
  await expect(rows).toContainText(/Type:\s+NodePort/);

  // Ctrl+L clears the screen.
  await page.keyboard.press('Control+L');
  await expect(rows).not.toContainText('NodePort');

  // A pasted here-document feeds kubectl apply.
  await paste(
    page,
    'kubectl apply -f - <<EOF\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\nEOF\n',
  );
  await expect(rows).toContainText('namespace/shop created');

  // Errors come on stderr, in red.
  await lab.typeLine('kubectl get pods nope');
  const notFound = rows.getByText('Error from server (NotFound): pods "nope" not found');
  await expect(notFound).toBeVisible();
  await expect(notFound.locator('xpath=ancestor-or-self::span[1]')).toHaveClass(/xterm-fg-1/);

  // Ctrl+C abandons a line.
  await page.keyboard.type('kubectl delete ns shop');
  await page.keyboard.press('Control+C');
  await expect(rows).toContainText('kubectl delete ns shop^C');

  // A traced curl plays in the topology.
  await lab.typeLine('lab trace curl -s http://192.168.1.102:30000');
  await expect(lab.topology).toHaveAttribute('data-anim-state', /playing|done/);
  await page.screenshot({ path: 'e2e/screenshots/terminal-trace-1920x1080.png' });
  await expect(lab.topology).toHaveAttribute('data-anim-state', 'done', { timeout: 40_000 });
  expect(await lab.topology.getAttribute('data-reached-pod')).toMatch(/^default\/np-pods-/);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'e2e/screenshots/terminal-1280x720.png' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'e2e/screenshots/terminal-1366x768.png' });

  // History survives a reload.
  await page.reload();
  await expect(lab.node('w2-k8s')).toBeVisible();
  await expect(rows).toContainText('$');
  await terminal.click();
  await page.keyboard.press('ArrowUp');
  await expect(rows).toContainText('$ lab trace curl -s http://192.168.1.102:30000');
  // The line abandoned with Ctrl+C was not kept, as in bash.
  await page.keyboard.press('ArrowUp');
  await expect(rows).toContainText('$ kubectl get pods nope');
  expect(errors).toEqual([]);
});
