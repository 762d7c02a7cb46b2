// `kubectl edit` in the browser's terminal opens the object in the editor, under kubectl edit's
// header; Apply saves the change.
import { expect, test } from '@playwright/test';
import { LabPage } from './labPage.ts';

test('kubectl edit opens the Deployment in the editor, and Apply saves the edit', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await lab.open();
  await lab.waitForReadyPods('default/np-pods-', 3);

  const rows = lab.terminalRows;
  await lab.focusTerminal();
  await lab.typeLine('kubectl edit deployment nope');
  await expect(rows).toContainText(
    'Error from server (NotFound): deployments.apps "nope" not found',
  );

  await lab.typeLine('kubectl edit deployment np-pods');
  await expect(rows).toContainText('Editing deployment/np-pods in the editor above');
  const text = await lab.editor.inputValue();
  expect(
    text.startsWith(
      "# Please edit the object below. Lines beginning with a '#' will be ignored,\n",
    ),
  ).toBe(true);
  expect(text).toContain('kind: Deployment\n');
  expect(text).toMatch(/\n {2}replicas: 3\n/);

  await lab.editor.fill(text.replace(/\n {2}replicas: 3\n/, '\n  replicas: 4\n'));
  await lab.applyButton.click();
  await expect(lab.applyOutput).toContainText('deployment.apps/np-pods configured');
  await expect(lab.podsNamed('default/np-pods-')).toHaveCount(4);
  expect(errors).toEqual([]);
});
