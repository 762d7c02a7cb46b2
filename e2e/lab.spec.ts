// The playground's first journey on the real engine: the k8sinfra NodePort example is applied on
// load, a request from host to w2-k8s:30000 is traced, and the packet reaches an np-pods pod.
import { expect, test } from '@playwright/test';
import { nodePortExample } from '../src/app/scenarios/nodePortExample.ts';
import { LabPage } from './labPage.ts';

test('a request to the NodePort reaches an np-pods pod, and the response names it', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await lab.open();

  await expect(lab.node('w2-k8s')).toBeVisible();
  await expect(lab.podsNamed('default/np-pods-')).toHaveCount(3);
  await expect(lab.editor).toHaveValue(nodePortExample.manifest);
  await expect(lab.target).toHaveValue('http://192.168.1.102:30000');

  await lab.applyButton.click();
  await expect(lab.applyOutput).toContainText('deployment.apps/np-pods');
  await expect(lab.applyOutput).toContainText('service/np-svc');
  await expect(lab.node('w2-k8s')).toContainText('30000');
  // Simulated time follows real time: the pods pull their image and start within seconds.
  await lab.waitForReadyPods('default/np-pods-', 3);

  await lab.sendAndWait();
  const reached = await lab.topology.getAttribute('data-reached-pod');
  expect(reached).toMatch(/^default\/np-pods-/);
  const podName = (reached ?? '').split('/')[1] ?? '';
  // echo-hname answers with the pod's name.
  await expect(lab.response.getByTestId('response-body')).toHaveText(podName);
  await expect(lab.response).toContainText(`default/${podName}`);

  const dnatRules = await lab.rulesOf('dnat');
  expect(dnatRules.some((rule) => rule.includes('KUBE-SEP-'))).toBe(true);

  // The packet back at the end of the trace, for a look at both screen sizes.
  await lab.replay.click();
  await expect(lab.topology).toHaveAttribute('data-anim-state', 'done', { timeout: 40_000 });
  await lab.screenshot('lab', 1920, 1080);
  await lab.screenshot('lab', 1280, 720);
  expect(errors).toEqual([]);
});

test('broken YAML shows an error on its line, and the lab keeps working', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await expect(lab.podsNamed('default/np-pods-')).toHaveCount(3);

  await lab.editor.fill('apiVersion: v1\nkind: [\n');
  await lab.applyButton.click();
  const error = lab.applyOutput.locator('.out-error').first();
  await expect(error).toContainText(/line \d+/);
  await expect(lab.applyOutput).not.toContainText('created');

  // Nothing was lost: the cluster is still drawn and still answers.
  await lab.waitForReadyPods('default/np-pods-', 3);
  await lab.send.click();
  await expect(lab.response.getByTestId('verdict')).toHaveText('delivered');
  await expect(lab.topology).toHaveAttribute('data-anim-state', 'playing');

  // The example can be put back and applied again.
  await lab.editor.fill(nodePortExample.manifest);
  await lab.applyButton.click();
  await expect(lab.applyOutput).toContainText('service/np-svc');
});
