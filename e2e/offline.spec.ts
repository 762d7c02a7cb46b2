// Offline in a classroom: the build served from a sub-path (/some/sub/path/, as on a school's
// shared web space) registers its service worker on the first visit; with the network cut, a
// reload still brings up the lab, a trace flies, the editor (Monaco with its YAML worker and
// schema) and the terminal load, and a lesson opens and runs its first step.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { LabPage } from './labPage.ts';

const SUB_PATH = '/some/sub/path/';

test.use({ serviceWorkers: 'allow', locale: 'en-US' });

/**
 * Serves the build under SUB_PATH (forwarding to the preview server Playwright started), answers
 * 404 to anything outside it, so an absolute asset URL would fail, and can be cut off entirely.
 */
async function subPathServer(origin: string): Promise<{
  url: string;
  requests: string[];
  cut: () => void;
  close: () => Promise<void>;
}> {
  let down = false;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (down) {
      req.socket.destroy();
      return;
    }
    requests.push(path);
    if (!path.startsWith(SUB_PATH)) {
      res.writeHead(404).end('not found');
      return;
    }
    fetch(new URL(path.slice(SUB_PATH.length), origin))
      .then(async (upstream) => {
        const headers: Record<string, string> = {};
        for (const name of ['content-type', 'content-security-policy', 'cache-control']) {
          const value = upstream.headers.get(name);
          if (value !== null) headers[name] = value;
        }
        res.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()));
      })
      .catch(() => res.writeHead(502).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}${SUB_PATH}`,
    requests,
    cut: () => {
      down = true;
      server.closeAllConnections();
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

test('after one visit from a sub-path, the lab, the editor and a lesson work offline', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const server = await subPathServer(baseURL ?? 'http://localhost:4173/');
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const lab = new LabPage(page);
    await page.setViewportSize({ width: 1920, height: 1080 });

    // First visit, online, from the sub-path: every file is fetched relative to it.
    await page.goto(`${server.url}#/playground`);
    await lab.waitForReadyPods('default/np-pods-', 3);
    expect(server.requests.filter((path) => !path.startsWith(SUB_PATH))).toEqual([]);

    // The service worker installs (caching the whole build) and takes control of the page.
    const scope = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.scope;
    });
    expect(scope).toBe(server.url);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);

    // The network is cut: the browser is offline and the server drops every connection.
    await context.setOffline(true);
    server.cut();
    const seenBefore = server.requests.length;

    await page.reload();
    await expect(lab.node('w2-k8s')).toBeVisible();
    await lab.waitForReadyPods('default/np-pods-', 3);
    await lab.sendAndWait();
    await expect(lab.hops.first()).toBeVisible();

    // The editor: Monaco, its YAML worker and the schema chunk, all from the cache.
    await lab.editor.click();
    const monaco = page.getByTestId('monaco-editor');
    await expect(monaco.locator('.view-lines')).toBeVisible();
    await monaco.locator('.view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('apiVersion: v1\nkind: Service\nspec:\n  type: Nodeport\n');
    await expect(monaco.locator('.squiggly-warning').first()).toBeVisible({ timeout: 20_000 });

    // The terminal.
    const rows = page.getByTestId('terminal').locator('.xterm-rows');
    await page.getByTestId('terminal').click();
    await page.keyboard.type('kubectl get svc np-svc');
    await page.keyboard.press('Enter');
    await expect(rows).toContainText(/np-svc\s+NodePort/);

    // A lesson, from the home's list.
    await page.goto(`${server.url}#/`);
    await page.getByTestId('lesson-000-1-nodeport').click();
    const panel = page.getByTestId('lesson-panel');
    await expect(panel.getByTestId('lesson-step')).toContainText("The note's command, as typed");
    await expect(panel.getByTestId('lesson-run')).toBeEnabled({ timeout: 30_000 });
    await panel.getByTestId('lesson-run').click();
    await expect(panel.getByTestId('step-output')).toContainText('error: unknown flag: --images');

    // Nothing reached the server after the cut, and nothing broke.
    expect(server.requests.length).toBe(seenBefore);
    expect(errors).toEqual([]);
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});
