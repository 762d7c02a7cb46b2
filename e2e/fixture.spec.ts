// The topology and the packet animation on recorded values (`?fixture=1`), independent of the
// engine: this journey pins down the drawing; lab.spec.ts checks the real cluster.
import { expect, test } from '@playwright/test';
import { LabPage } from './labPage.ts';

test('the recorded NodePort trace flies from host through w2-k8s to a pod on w3-k8s and back', async ({
  page,
}) => {
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await lab.open('?fixture=1');
  await expect(lab.node('w2-k8s')).toBeVisible();
  await expect(lab.node('w2-k8s')).toContainText('30000');
  await expect(lab.podsNamed('default/np-pods-')).toHaveCount(3);
  await expect(lab.topology.locator('[data-node="m-k8s"]')).toContainText('system pods');

  await lab.send.click();
  await expect(lab.topology).toHaveAttribute('data-anim-state', 'playing');
  // Catch the packet at the DNAT hop: the label strikes the node port through.
  await expect(lab.topology).toHaveAttribute('data-anim-hop', '1');
  await expect(lab.topology.locator('.packet-label .part-old')).toHaveText('192.168.1.102:30000');
  await expect(lab.topology.locator('.packet-label .part-new')).toHaveText('172.16.132.4:80');
  await lab.screenshot('fixture-dnat', 1920, 1080);

  await expect(lab.topology).toHaveAttribute('data-anim-state', 'done', { timeout: 40_000 });
  await expect(lab.topology).toHaveAttribute(
    'data-reached-pod',
    'default/np-pods-5d7c9b8f64-r2xkq',
  );
  await expect(lab.response).toContainText('np-pods-5d7c9b8f64-r2xkq');
  await expect(lab.response).toContainText('172.16.103.128');
  await lab.screenshot('fixture-done', 1920, 1080);
  await lab.screenshot('fixture-done', 1280, 720);

  // Picking a hop shows its rule and moves the packet there.
  await page.locator('[data-testid="hop"][data-action="snat"]').click();
  await expect(lab.hopDetail.getByTestId('hop-rule')).toContainText('MASQUERADE');
  await expect(lab.topology).toHaveAttribute('data-anim-state', 'paused');
  await expect(lab.topology).toHaveAttribute('data-anim-hop', '3');
  await lab.screenshot('fixture-snat', 1280, 720);
});

test('with reduced motion the packet steps from hop to hop', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const lab = new LabPage(page);
  await lab.open('?fixture=1');
  await lab.sendAndWait();
  await expect(lab.topology).toHaveAttribute('data-anim-hop', '13');
});
