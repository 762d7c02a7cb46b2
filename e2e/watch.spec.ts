// `kubectl get pods -w` in the browser's terminal: the table, then each pod's row again as the
// cluster changes under it (here a pod deleted from the topology), until Ctrl+C.
import { expect, test } from '@playwright/test';
import { LabPage } from './labPage.ts';

test('kubectl get pods -w prints the rows that change until Ctrl+C', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await lab.open();
  await lab.waitForReadyPods('default/np-pods-', 3);
  const first = lab.podsNamed('default/np-pods-').first();
  const id = (await first.getAttribute('data-pod')) ?? '';
  const pod = id.split('/')[1]!;

  const { terminal, terminalRows: rows } = lab;
  await lab.focusTerminal();
  await lab.typeLine('kubectl get pods -w');
  await expect(rows).toContainText(/NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/);
  await expect(rows).toContainText(new RegExp(`${pod}\\s+1/1\\s+Running`));

  // The watch holds the terminal; the topology's delete control changes the cluster under it.
  await first.locator('[data-control="delete-pod"]').click();
  // The deleted pod's row comes again as it terminates, and its replacement's rows follow.
  await expect(rows).toContainText(new RegExp(`${pod}\\s+\\d/1\\s+Terminating`), {
    timeout: 20_000,
  });
  await expect(lab.podsNamed('default/np-pods-')).toHaveCount(3, { timeout: 20_000 });
  const now = await lab
    .podsNamed('default/np-pods-')
    .evaluateAll((cards) => cards.map((c) => (c.getAttribute('data-pod') ?? '').split('/')[1]));
  const replacement = now.find((name) => name !== pod && !name?.startsWith(pod));
  expect(replacement).toBeTruthy();
  await expect(rows).toContainText(new RegExp(`${replacement}\\s+[01]/1\\s+`), { timeout: 20_000 });

  // Back in the terminal (the click gave the topology the focus): typing does nothing while
  // watching; Ctrl+C ends the watch and gives the prompt back.
  await terminal.click();
  await page.keyboard.type('ignored');
  await expect(rows).not.toContainText('ignored');
  await page.keyboard.press('Control+c');
  await expect(rows).toContainText('^C');
  await lab.typeLine('kubectl get svc np-svc -o name');
  await expect(rows).toContainText('service/np-svc');
  expect(errors).toEqual([]);
});
