// The visual lab on the real engine: balancers drawn where traces visit them, the packet player's
// controls, the sender and target chooser, DNS and stop markers, and projector mode by keyboard.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { LabPage } from './labPage.ts';

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // playwright.config.ts blocks service workers (so routes see every request): the page's
    // warning that it will not work offline is then expected, and the offline spec covers the rest.
    const text = message.text();
    if (
      text.startsWith('The lab will not work offline') ||
      text.includes('Service Worker registration blocked by Playwright')
    )
      return;
    if (message.type() === 'error' || message.type() === 'warning') errors.push(text);
  });
  return errors;
}

test('lab preset: MetalLB VIP on its speaker node, player controls, a reset marked where it happens', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await lab.open('?preset=lab');
  await lab.waitForReadyPods('default/web-', 3);
  // MetalLB v0.14.9 in the lab preset: default-pool starts at 10.0.0.200.
  const vip = lab.topology.locator('[data-vip="10.0.0.200"]');
  await expect(vip).toHaveCount(1, { timeout: 20_000 });
  const speakerNode = await vip
    .locator('xpath=ancestor::*[@data-node][1]')
    .getAttribute('data-node');

  await page.getByTestId('target-choice').selectOption('http://10.0.0.200');
  await expect(lab.target).toHaveValue('http://10.0.0.200');
  await page.getByTestId('speed').selectOption('4');
  await lab.sendAndWait();
  await expect(lab.response.getByTestId('verdict')).toHaveText('delivered');
  // The ARP answer came from the node that wears the VIP badge; the packet went there next.
  const arp = page.locator('[data-testid="hop"][data-action="arp"]');
  await expect(arp).toHaveCount(1);
  const firstNodeHop = page.locator('[data-testid="hop"] .hop-at', { hasText: /^node\// }).first();
  await expect(firstNodeHop).toHaveText(`node/${speakerNode}`);
  await lab.screenshot('visual-metallb', 1920, 1080);

  // Step back and forth, then play on from there.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByTestId('step-back').click();
  await expect(lab.topology).toHaveAttribute('data-anim-state', 'paused');
  const hopCount = await lab.hops.count();
  await expect(page.getByTestId('hop-counter')).toHaveText(`hop ${hopCount - 1} / ${hopCount}`);
  await lab.hops.nth(2).click();
  await expect(lab.topology).toHaveAttribute('data-anim-hop', '2');
  await page.getByTestId('step-forward').click();
  await expect(lab.topology).toHaveAttribute('data-anim-hop', '3');
  await page.getByTestId('step-back').click();
  await page.getByTestId('step-back').click();
  await expect(lab.topology).toHaveAttribute('data-anim-hop', '1');
  await page.getByTestId('speed').selectOption('0.25');
  await page.getByTestId('play-pause').click();
  await expect(lab.topology).toHaveAttribute('data-anim-state', 'playing');
  await page.getByTestId('play-pause').click();
  await expect(lab.topology).toHaveAttribute('data-anim-state', 'paused');
  await page.getByTestId('speed').selectOption('4');
  await page.getByTestId('play-pause').click();
  await expect(lab.topology).toHaveAttribute('data-anim-state', 'done', { timeout: 40_000 });

  // A port nothing listens on: the node answers with a reset, and the X is drawn on that node.
  await lab.target.fill('http://10.0.0.11:31999');
  await lab.sendAndWait();
  await expect(lab.response.getByTestId('verdict')).toHaveText('refused');
  const mark = lab.topology.locator('.stop-mark[data-stop="reject"]');
  await expect(mark).toHaveCount(1);
  await expect(mark).toContainText('REJECT');
  const node = await lab.node('worker-1').locator('.node-box').boundingBox();
  const x = await mark.locator('circle').boundingBox();
  expect(node).not.toBeNull();
  expect(x).not.toBeNull();
  if (node !== null && x !== null) {
    const cx = x.x + x.width / 2;
    expect(cx).toBeGreaterThan(node.x);
    expect(cx).toBeLessThan(node.x + node.width);
  }
  await lab.screenshot('visual-reject', 1920, 1080);
  expect(errors).toEqual([]);
});

test('gke preset: the cloud balancer is a box between the outside machines and the nodes', async ({
  page,
}) => {
  // GKE takes 45 simulated seconds to provision the balancer (simulated time follows real time).
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await lab.open('?preset=gke');
  await lab.waitForReadyPods('default/web-', 3);
  const box = lab.topology.locator('[data-lb]');
  await expect(box).toHaveCount(1, { timeout: 70_000 });
  // presets.md: gke LoadBalancer VIPs come from 203.0.113.0/24.
  await expect(box).toContainText(/203\.0\.113\.\d+/);
  const client = await lab.topology.locator('[data-client]').first().boundingBox();
  const lbBox = await box.locator('.lb-box').boundingBox();
  const nodeBox = await lab.topology.locator('[data-node] .node-box').first().boundingBox();
  expect(client !== null && lbBox !== null && nodeBox !== null).toBe(true);
  if (client !== null && lbBox !== null && nodeBox !== null) {
    expect(lbBox.y).toBeGreaterThan(client.y + client.height);
    expect(lbBox.y + lbBox.height).toBeLessThan(nodeBox.y);
  }
  const choice = page.getByTestId('target-choice');
  const lbUrl = await choice
    .locator('optgroup[label="load balancer"] option')
    .first()
    .getAttribute('value');
  expect(lbUrl).toMatch(/^http:\/\/203\.0\.113\.\d+$/);
  await choice.selectOption(lbUrl ?? '');
  await page.getByTestId('speed').selectOption('2');
  await lab.send.click();
  const lbName = await box.getAttribute('data-lb');
  // The packet reaches the balancer box: it is marked current while there.
  await expect(lab.topology.locator(`[data-lb="${lbName}"].is-current`)).toHaveCount(1, {
    timeout: 20_000,
  });
  await lab.screenshot('visual-gke-lb', 1920, 1080);
  await expect(lab.topology).toHaveAttribute('data-anim-state', 'done', { timeout: 40_000 });
  await expect(lab.response.getByTestId('verdict')).toHaveText('delivered');
  expect(errors).toEqual([]);
});

test('a pod calls a Service by name: the DNS question goes to CoreDNS and back first', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await lab.open('?preset=lab');
  await lab.waitForReadyPods('default/web-', 3);
  const sender = page.getByTestId('sender');
  const podOption = sender.locator('optgroup[label="pods"] option', { hasText: 'default/web-' });
  const podId = (await podOption.first().getAttribute('value')) ?? '';
  expect(podId).toMatch(/^pod\/default\/web-/);
  await sender.selectOption(podId);
  await expect(page.getByTestId('target-choice').locator('optgroup[label="DNS name"]')).toHaveCount(
    1,
  );
  await page.getByTestId('target-choice').selectOption('http://web');
  await page.getByTestId('speed').selectOption('2');
  await lab.send.click();
  await expect(lab.topology.locator('.packet.is-dns')).toHaveCount(1);
  await lab.screenshot('visual-dns', 1920, 1080);
  await expect(lab.topology).toHaveAttribute('data-anim-state', 'done', { timeout: 40_000 });
  await expect(page.locator('[data-testid="hop"][data-action="dns"]')).toHaveCount(1);
  await expect(lab.topology.locator('.trail-dns')).toHaveCount(1);
  await expect(page.locator('[data-testid="hop"] .hop-at').first()).toHaveText(podId);
  expect(errors).toEqual([]);
});

test('projector mode: P, then the whole lesson by keyboard, with text of 24 px or more', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await lab.open();
  await lab.waitForReadyPods('default/np-pods-', 3);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await expect(page.getByTestId('lab')).toHaveClass(/is-projector/);
  await expect(page.locator('.lab-header')).toBeHidden();
  await expect(lab.editor).toBeHidden();
  await expect(lab.hopDetail).toBeHidden();

  await page.keyboard.press('Space');
  await expect(lab.topology).toHaveAttribute('data-anim-state', 'playing');
  await page.keyboard.press('Space');
  await expect(lab.topology).toHaveAttribute('data-anim-state', 'paused');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const hop = Number(await lab.topology.getAttribute('data-anim-hop'));
  await page.keyboard.press('ArrowLeft');
  await expect(lab.topology).toHaveAttribute('data-anim-hop', String(hop - 1));
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(page.getByTestId('caption-speed')).toHaveText('4x');
  await page.keyboard.press('-');
  await expect(page.getByTestId('caption-speed')).toHaveText('2x');
  // Step to the SNAT hop: its label shows the node's address, big enough for the back row.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(lab.topology.locator('.packet-label')).toBeVisible();

  const smallest = await page.evaluate(() => {
    const sizes: number[] = [];
    const ctm = (el: Element) => (el as SVGGraphicsElement).getScreenCTM?.()?.a ?? 1;
    for (const el of document.querySelectorAll('.packet-label text, .hop-caption, .playback-bar')) {
      const px = parseFloat(getComputedStyle(el).fontSize);
      sizes.push(el instanceof SVGElement ? px * ctm(el) : px);
    }
    return Math.min(...sizes);
  });
  expect(smallest).toBeGreaterThanOrEqual(24);
  await lab.screenshot('visual-projector', 1280, 720);

  await page.keyboard.press('r');
  await expect(lab.topology).toHaveAttribute('data-anim-state', 'playing');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('lab')).not.toHaveClass(/is-projector/);
  await expect(page.locator('.lab-header')).toBeVisible();
  expect(errors).toEqual([]);
});
