// The topology under load and under the hand: a `lab load` flies many packets at once, each one
// traceable; zoom and pan move the picture and F puts the whole cluster back; the distribution has
// one bar per pod. Screenshots at 1920x1080, 1366x768 and the projector's 1280x720.
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

test('a load flies many packets at once; clicking one shows its hops', async ({ page }) => {
  const errors = watchErrors(page);
  const lab = await openExample(page);
  await page.getByTestId('tab-distribution').click();
  await page.getByTestId('load-count').fill('60');
  await page.getByTestId('send-load').click();

  // Several requests are in the air together, each its own dot.
  const dots = page.locator('.swarm-packet');
  await expect.poll(() => dots.count(), { timeout: 10_000 }).toBeGreaterThan(5);
  const inFlight = Number(await lab.topology.getAttribute('data-packets-in-flight'));
  expect(inFlight).toBeGreaterThan(1);
  // Replies (the second colour) fly while later requests are still on their way out.
  await expect(page.locator('.swarm-packet.is-reply')).not.toHaveCount(0);
  await expect(page.locator('.swarm-packet:not(.is-reply)')).not.toHaveCount(0);

  // One bar per pod of the Deployment, together counting every answered request.
  await expect(page.getByTestId('dist-pod')).toHaveCount(3);
  const counts = await page
    .locator('[data-testid="bar-latest"]')
    .evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('data-count'))));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(60);
  await lab.screenshot('load-in-flight', 1920, 1080);

  // Click a dot (it moves, so the click is dispatched on it): its trace opens in the hop list.
  // (In one go in the page: a dot lands and leaves within a second.)
  const index = await page.evaluate(() => {
    const dot = document.querySelector('.swarm-packet .swarm-dot');
    dot?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    return Number(dot?.closest('[data-packet]')?.getAttribute('data-packet') ?? -1);
  });
  expect(index).toBeGreaterThanOrEqual(0);
  await expect(page.getByTestId('load-request')).toHaveValue(String(index));
  await expect(lab.hops.first()).toContainText('send');
  // The request went through kube-proxy's DNAT to a KUBE-SEP chain, and was delivered to the pod
  // the list names for that request.
  const dnat = await lab.rulesOf('dnat');
  expect(dnat.some((rule) => rule.includes('KUBE-SEP-'))).toBe(true);
  const chosen = await page.getByTestId('load-request').locator('option:checked').innerText();
  const pod = /→ (np-pods-[a-z0-9-]+) on /.exec(chosen)?.[1] ?? '';
  expect(pod).not.toBe('');
  await expect(page.locator('[data-testid="hop"][data-action="deliver"]').first()).toContainText(
    pod,
  );

  // Another request, chosen in the list, replaces it.
  await page.getByTestId('load-request').selectOption(String((index + 7) % 60));
  await expect(page.getByTestId('load-request')).toHaveValue(String((index + 7) % 60));
  await expect(lab.hops.first()).toBeVisible();
  await lab.screenshot('load-picked', 1366, 768);
  expect(errors).toEqual([]);
});

test('zoom and pan move the picture; F fits the whole cluster again', async ({ page }) => {
  const errors = watchErrors(page);
  const lab = await openExample(page, 1366, 768);
  const viewport = lab.topology.locator('g.viewport');
  await expect(lab.topology).toHaveAttribute('data-zoom', '1.000');

  const box = (await lab.topology.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect
    .poll(async () => Number(await lab.topology.getAttribute('data-zoom')))
    .toBeGreaterThan(1.2);
  const zoomed = await viewport.getAttribute('transform');
  expect(zoomed).toMatch(/scale\(/);

  // Drag to pan: the translation changes, the scale does not.
  const before = Number(await lab.topology.getAttribute('data-zoom'));
  await page.mouse.move(box.x + 200, box.y + 300);
  await page.mouse.down();
  await page.mouse.move(box.x + 320, box.y + 360, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => viewport.getAttribute('transform')).not.toBe(zoomed);
  expect(Number(await lab.topology.getAttribute('data-zoom'))).toBe(before);
  await lab.screenshot('zoomed', 1366, 768);

  // F (with nothing focused that takes text) brings back the whole cluster.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('f');
  await expect(lab.topology).toHaveAttribute('data-zoom', '1.000');
  await expect
    .poll(() => viewport.getAttribute('transform'))
    .toMatch(/^translate\(0,0\) scale\(1\)$/);

  // The buttons do the same for a mouse.
  await page.getByTestId('zoom-in').click();
  await expect
    .poll(async () => Number(await lab.topology.getAttribute('data-zoom')))
    .toBeGreaterThan(1.3);
  await page.getByTestId('zoom-fit').click();
  await expect(lab.topology).toHaveAttribute('data-zoom', '1.000');
  expect(errors).toEqual([]);
});

test('projector: a load at 1280x720, the keys still step and fit', async ({ page }) => {
  const errors = watchErrors(page);
  const lab = await openExample(page, 1280, 720);
  await page.getByTestId('tab-distribution').click();
  await page.getByTestId('load-count').fill('40');
  await page.getByTestId('send-load').click();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await expect(page.getByTestId('lab')).toHaveClass(/is-projector/);
  await expect
    .poll(() => page.locator('.swarm-packet').count(), { timeout: 10_000 })
    .toBeGreaterThan(3);
  await lab.screenshot('projector-load', 1280, 720);
  expect(errors).toEqual([]);
});

/** Each np-pods card's place inside its node box (viewBox units), by pod id. */
async function cardPlaces(page: Page): Promise<Record<string, string>> {
  return page.getByTestId('topology').evaluate((svg) => {
    const places: Record<string, string> = {};
    for (const node of svg.querySelectorAll('g.node')) {
      // Cards are placed relative to their node's corner.
      const nx = 0;
      const ny = 0;
      for (const pod of node.querySelectorAll('g.pod[data-pod^="default/np-pods-"]')) {
        const m = /translate\(\s*([-\d.]+)[\s,]+([-\d.]+)\s*\)/.exec(
          pod.getAttribute('transform') ?? '',
        );
        places[pod.getAttribute('data-pod') ?? ''] =
          `${node.getAttribute('data-node')} ${Number(m?.[1]) - nx},${Number(m?.[2]) - ny}`;
      }
    }
    return places;
  });
}

test('a new pod appears without moving the others; a replacement takes a deleted pod’s slot', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const lab = await openExample(page);
  const before = await cardPlaces(page);
  expect(Object.keys(before)).toHaveLength(3);

  const scale = page.locator('[data-testid="scale"][data-deployment="default/np-pods"]');
  await scale.getByTestId('scale-up').click();
  await scale.getByTestId('scale-up').click();
  await expect(lab.podsNamed('default/np-pods-')).toHaveCount(5, { timeout: 20_000 });
  // Let the cards' slide and fade settle.
  await page.waitForTimeout(600);
  const after = await cardPlaces(page);
  for (const [id, place] of Object.entries(before)) expect(after[id], id).toBe(place);

  // Deleting a pod (kubectl delete waits until it is gone): its card fades away, the cards on
  // other nodes stay put, and the ReplicaSet's replacement takes the freed slot when it lands on
  // the same node.
  const pod = lab.podsNamed('default/np-pods-').first();
  const id = (await pod.getAttribute('data-pod')) ?? '';
  await pod.locator('[data-control="delete-pod"]').click();
  await expect(lab.topology.locator(`[data-pod="${id}"]`)).toHaveCount(0);
  await expect(lab.podsNamed('default/np-pods-')).toHaveCount(5, { timeout: 20_000 });
  await page.waitForTimeout(600);
  const replaced = await cardPlaces(page);
  const fresh = Object.keys(replaced).filter((other) => after[other] === undefined);
  expect(fresh).toHaveLength(1);
  // (On the deleted pod's own node the cards close up when half its slots are empty.)
  const node = (place: string | undefined) => (place ?? '').split(' ')[0];
  for (const [other, place] of Object.entries(after)) {
    if (node(place) !== node(after[id])) expect(replaced[other], other).toBe(place);
  }
  const freed = after[id] ?? '';
  const landed = replaced[fresh[0] ?? ''] ?? '';
  if (landed.split(' ')[0] === freed.split(' ')[0]) expect(landed).toBe(freed);
  await lab.screenshot('pods-replaced', 1366, 768);
  expect(errors).toEqual([]);
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('no packets fly; the bars and the list of requests give the result', async ({ page }) => {
    await openExample(page);
    await page.getByTestId('tab-distribution').click();
    await page.getByTestId('load-count').fill('30');
    await page.getByTestId('send-load').click();
    await expect(page.getByTestId('dist-pod')).toHaveCount(3);
    await expect(page.locator('.swarm-packet')).toHaveCount(0);
    await expect(page.getByTestId('load-request').locator('option')).toHaveCount(31);
    await page.getByTestId('load-request').selectOption('4');
    await expect(page.getByTestId('hop').first()).toBeVisible();
  });
});
