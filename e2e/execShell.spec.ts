// `kubectl exec -it POD -- sh` in the browser's terminal: a shell inside the pod until exit.
import { expect, test } from '@playwright/test';
import { LabPage } from './labPage.ts';

test('kubectl exec -it opens a shell in the pod; exit comes back', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await lab.open();
  await lab.waitForReadyPods('default/np-pods-', 3);
  const id = (await lab.podsNamed('default/np-pods-').first().getAttribute('data-pod')) ?? '';
  const pod = id.split('/')[1]!;

  const rows = lab.terminalRows;
  await lab.focusTerminal();
  await lab.typeLine(`kubectl exec -it ${pod} -- sh`);
  await expect(rows).toContainText('/ #');
  await lab.typeLine('hostname');
  // The rows' text runs on from one row to the next: the command, then the pod's hostname.
  await expect(rows).toContainText(`/ # hostname${pod}`);
  await lab.typeLine('exit');
  await lab.typeLine('kubectl get svc np-svc -o name');
  await expect(rows).toContainText('service/np-svc');
  expect(errors).toEqual([]);
});
