// The visual lab's second part on the k8sinfra NodePort example: the inspector's rule tree and
// before/after packet, the distribution of a load (pinned beside the next), the controls on the
// topology (power, delete, scale) and projector mode's big names and addresses.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { LabPage } from './labPage.ts';

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

async function openExample(page: Page, width = 1920, height = 1080): Promise<LabPage> {
  const lab = new LabPage(page);
  await page.setViewportSize({ width, height });
  await lab.open();
  await lab.waitForReadyPods('default/np-pods-', 3);
  return lab;
}

test('inspector: the DNAT hop names its KUBE-SEP rule inside the node’s iptables tree', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const lab = await openExample(page);
  await page.getByTestId('speed').selectOption('4');
  await lab.sendAndWait();

  await page.locator('[data-testid="hop"][data-action="dnat"]').first().click();
  const tree = lab.hopDetail.getByTestId('rule-tree');
  await expect(tree).toBeVisible();
  await expect(tree).toContainText('ssh w2-k8s iptables-save');
  const decisive = tree.getByTestId('decisive-rule');
  await expect(decisive).toHaveCount(1);
  await expect(decisive).toContainText(/^\d+-A KUBE-SEP-\w+ .* -j DNAT --to-destination /);
  const rule = await lab.hopDetail.getByTestId('hop-rule').innerText();
  await expect(decisive.locator('.rt-line')).toHaveText(rule);
  // The chain the rule is in is open, inside the open nat table; the filter table stays closed.
  await expect(tree.locator('details[data-table="nat"]')).toHaveAttribute('open', '');
  await expect(tree.locator('details[data-table="filter"]')).not.toHaveAttribute('open', '');
  // Before: the node port; after: the pod, highlighted, the node port struck through.
  await expect(lab.hopDetail.getByTestId('packet-before')).toContainText('192.168.1.102:30000');
  await expect(lab.hopDetail.getByTestId('packet-after').locator('del')).toHaveText(
    '192.168.1.102:30000',
  );
  await expect(lab.hopDetail.getByTestId('packet-after').locator('mark')).toHaveText(
    /^172\.16\.\d+\.\d+:80$/,
  );
  await lab.screenshot('inspect-dnat', 1920, 1080);
  await lab.screenshot('inspect-dnat', 1280, 720);
  await page.setViewportSize({ width: 1920, height: 1080 });

  // Un-NAT on the way back: the conntrack entry that restored the address.
  const unNat = page.locator('[data-testid="hop"][data-action^="un-"]').first();
  if ((await unNat.count()) > 0) {
    await unNat.click();
    await expect(lab.hopDetail).toContainText('conntrack entry');
    await expect(lab.hopDetail.getByTestId('hop-rule')).toContainText(/ESTABLISHED src=192\.168/);
  }
  expect(errors).toEqual([]);
});

test('distribution: one bar per np-pods pod grouped by node, a pinned run beside the next', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const lab = await openExample(page);
  await page.getByTestId('tab-distribution').click();
  await page.getByTestId('load-count').fill('60');
  await page.getByTestId('send-load').click();
  const pods = page.getByTestId('dist-pod');
  await expect(pods).toHaveCount(3);
  await expect(page.getByTestId('dist-node')).toHaveCount(3);
  const counts = await page
    .locator('[data-testid="bar-latest"]')
    .evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('data-count'))));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(60);
  await expect(page.getByTestId('command-echo')).toContainText(
    '$ lab load -n 60 http://192.168.1.102:30000',
  );

  await page.getByTestId('pin-run').click();
  await page.getByTestId('load-keepalive').check();
  await page.getByTestId('send-load').click();
  await expect(page.getByTestId('run-pinned')).toContainText('lab load -n 60 http://');
  await expect(page.getByTestId('run-latest')).toContainText('lab load -n 60 --keepalive http://');
  // Each pod has both runs' bars; the keep-alive run went to one pod only.
  await expect(page.locator('[data-testid="bar-pinned"]')).toHaveCount(3);
  await expect(page.locator('[data-testid="bar-latest"]')).toHaveCount(3);
  const kept = await page
    .locator('[data-testid="bar-latest"]')
    .evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('data-count'))));
  expect(kept.sort((a, b) => a - b)).toEqual([0, 0, 60]);
  await lab.screenshot('distribution', 1920, 1080);
  await lab.screenshot('distribution', 1280, 720);
  expect(errors).toEqual([]);
});

test('controls: power a node off and on, delete a pod, scale the Deployment', async ({ page }) => {
  const errors = watchErrors(page);
  const lab = await openExample(page);
  const echo = page.getByTestId('command-echo');

  const node = lab.node('w3-k8s');
  await node.locator('[data-control="power"]').click();
  await expect(echo).toContainText('$ lab node down w3-k8s');
  await expect(node).toHaveClass(/is-powered-off/);
  await expect(node.locator('[data-control="power"]')).toHaveAttribute('aria-checked', 'false');
  await lab.screenshot('controls-node-down', 1920, 1080);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await node.locator('[data-control="power"]').click();
  await expect(echo).toContainText('$ lab node up w3-k8s');
  await expect(node).not.toHaveClass(/is-powered-off/);

  const pod = lab.podsNamed('default/np-pods-').first();
  const id = (await pod.getAttribute('data-pod')) ?? '';
  const name = id.split('/')[1] ?? '';
  await pod.locator('[data-control="delete-pod"]').click();
  await expect(echo).toContainText(`$ kubectl delete pod ${name}`);
  // kubectl's message for a deleted pod.
  await expect(echo).toContainText(`pod "${name}" deleted`);

  const scale = page.locator('[data-testid="scale"][data-deployment="default/np-pods"]');
  await expect(scale.getByTestId('replicas')).toHaveText('3', { timeout: 20_000 });
  await scale.getByTestId('scale-up').click();
  await expect(echo).toContainText('$ kubectl scale deployment np-pods --replicas=4');
  await expect(echo).toContainText('deployment.apps/np-pods scaled');
  await expect(lab.podsNamed('default/np-pods-')).toHaveCount(4, { timeout: 20_000 });
  await expect(scale.getByTestId('replicas')).toHaveText('4');
  await lab.screenshot('controls-scaled', 1920, 1080);
  expect(errors).toEqual([]);
});

test('projector at 1280x720: names and addresses of nodes, pods and clients are 24 px or more', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const lab = await openExample(page, 1280, 720);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await expect(page.getByTestId('lab')).toHaveClass(/is-projector/);
  await page.keyboard.press('Space');
  await expect(lab.topology).toHaveAttribute('data-anim-state', 'playing');
  await page.keyboard.press('Space');
  // Let the layout settle for the projector's drawing area.
  await page.waitForTimeout(300);
  const measured = await page.evaluate(() => {
    const selector = '.node-name, .node-ip, .pod-name, .pod-ip, .client-name, .client-ip';
    return [...document.querySelectorAll(selector)].map((el) => {
      const ctm = (el as SVGGraphicsElement).getScreenCTM()?.a ?? 1;
      return {
        text: el.textContent ?? '',
        px: parseFloat(getComputedStyle(el).fontSize) * ctm,
      };
    });
  });
  expect(measured.length).toBeGreaterThanOrEqual(4 * 2 + 3 * 2 + 2);
  for (const m of measured) expect(m.px, m.text).toBeGreaterThanOrEqual(24);
  // Nothing overlaps: node boxes apart, each pod's texts inside its card.
  const boxes = await lab.topology
    .locator('.node-box')
    .evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect()).map((r) => [r.x, r.y, r.width, r.height]),
    );
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [ax = 0, ay = 0, aw = 0, ah = 0] = boxes[i] ?? [];
      const [bx = 0, by = 0, bw = 0, bh = 0] = boxes[j] ?? [];
      expect(ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah).toBe(false);
    }
  }
  const spill = await lab.topology.locator('g.pod').evaluateAll(
    (pods) =>
      pods.filter((g) => {
        const card = g.querySelector('.pod-card')?.getBoundingClientRect();
        if (card === undefined) return false;
        return [...g.querySelectorAll('text')].some((t) => {
          const r = t.getBoundingClientRect();
          return r.left < card.left || r.right > card.right + 0.5;
        });
      }).length,
  );
  expect(spill).toBe(0);
  await lab.screenshot('projector-names', 1280, 720);
  expect(errors).toEqual([]);
});
