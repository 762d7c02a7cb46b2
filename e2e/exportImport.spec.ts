// Export, Reset and Import: the scenario leaves as a YAML file a real cluster would accept (a v1
// List of what was applied, under the lab's comment header with the shell lines), Reset goes back
// to the preset's example, and importing the file builds the same cluster again. Ctrl+L clears the
// terminal.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseAllDocuments } from 'yaml';
import { LabPage } from './labPage.ts';

test('export a scenario, reset, import it back; Ctrl+L clears the terminal', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await lab.open();
  await lab.waitForReadyPods('default/np-pods-', 3);

  const { terminal, terminalRows: rows } = lab;
  await lab.focusTerminal();
  await lab.typeLine('kubectl scale deployment np-pods --replicas=4');
  await expect(rows).toContainText('deployment.apps/np-pods scaled');
  await lab.waitForReadyPods('default/np-pods-', 4);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('k8s-lab-k8sinfra.yaml');
  const text = readFileSync((await download.path())!, 'utf8');
  // The lab's header and the shell line are comments; the objects are one List kubectl accepts.
  expect(text).toMatch(/^# k8s-lab: /m);
  expect(text).toContain('# $ kubectl scale deployment np-pods --replicas=4');
  const docs = parseAllDocuments(text).map((d) => d.toJS() as Record<string, unknown>);
  expect(docs).toHaveLength(1);
  expect(docs[0]).toMatchObject({ apiVersion: 'v1', kind: 'List' });
  const kinds = (docs[0]!.items as { kind: string; metadata: { name: string } }[]).map(
    (o) => `${o.kind}/${o.metadata.name}`,
  );
  expect(kinds).toEqual(expect.arrayContaining(['Deployment/np-pods', 'Service/np-svc']));

  // Reset: the preset's example again, three pods.
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(lab.podsNamed('default/np-pods-')).toHaveCount(3, { timeout: 20_000 });

  // Import the file: the same four pods' Deployment again, and the lab says it was imported.
  await page.getByTestId('import-file').setInputFiles({
    name: 'k8s-lab-k8sinfra.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(text),
  });
  await expect(page.getByText('k8s-lab-k8sinfra.yaml')).toBeVisible();
  await lab.waitForReadyPods('default/np-pods-', 4);

  // Ctrl+L clears the screen: the earlier output is gone, a prompt is left.
  await terminal.click();
  await page.keyboard.press('Control+l');
  await expect(rows).not.toContainText('scaled');
  await expect(rows).toContainText('$');
  expect(errors).toEqual([]);
});
