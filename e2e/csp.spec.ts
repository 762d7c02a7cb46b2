// The Content-Security-Policy holds while the whole app runs: the lab, Monaco with monaco-yaml's
// worker, the xterm terminal and an animated trace cause no violation, and a script planted in the
// page (inline, an event handler attribute, a data: URL, a string compiled like eval) does not run.
import { expect, test, type Page } from '@playwright/test';
import { LabPage } from './labPage.ts';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Records every `securitypolicyviolation` event from the first script on. */
async function recordViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __violations: unknown[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
}

test('the CSP allows the lab, the editor, the terminal and a trace, and blocks planted scripts', async ({
  page,
}) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const violations = await recordViolations(page);
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });

  // The policy is in the built page itself, not only in the preview server's header.
  const response = await page.goto('./#/playground');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).not.toBeNull();
  const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? '';
  expect(scriptSrc.trim()).toBe("'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(response?.headers()['content-security-policy']).toBe(policy);

  await lab.waitForReadyPods('default/np-pods-', 3);

  // Monaco and monaco-yaml's worker: a schema warning proves the YAML worker runs.
  await lab.editor.click();
  const monaco = page.getByTestId('monaco-editor');
  await expect(monaco.locator('.view-lines')).toBeVisible();
  await monaco.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('apiVersion: v1\nkind: Service\nspec:\n  type: Nodeport\n');
  await expect(monaco.locator('.squiggly-warning').first()).toBeVisible({ timeout: 20_000 });

  // The terminal runs a command.
  const rows = page.getByTestId('terminal').locator('.xterm-rows');
  await expect(rows).toContainText('$');
  await page.getByTestId('terminal').click();
  await page.keyboard.type('kubectl get svc np-svc');
  await page.keyboard.press('Enter');
  await expect(rows).toContainText(/np-svc\s+NodePort/);

  // A trace animates in the topology (D3 transitions).
  await lab.sendAndWait();
  await expect(lab.hops.first()).toBeVisible();

  expect(await violations()).toEqual([]);
  expect(consoleErrors).toEqual([]);

  // Planted code does not run: an inline script, an event handler attribute, a script from a
  // data: URL, and a string handed to setTimeout (compiled like eval when the timer fires); each
  // is reported as a violation of script-src (once by the <meta> policy, once by the header's).
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__planted = "inline";';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__planted = "attribute"');
    img.src = 'data:,';
    document.body.append(img);
    const external = document.createElement('script');
    external.src = 'data:text/javascript,window.__planted = "data-url"';
    document.body.append(external);
    // A string timer, as an injected `setTimeout("...")` would do.
    (window.setTimeout as unknown as (code: string, ms: number) => number)(
      'window.__planted = "eval"',
      0,
    );
  });
  await expect
    .poll(async () => (await violations()).map((v) => `${v.directive} ${v.blocked}`).sort())
    .toEqual([
      'script-src eval',
      'script-src eval',
      'script-src-attr inline',
      'script-src-attr inline',
      'script-src-elem data',
      'script-src-elem data',
      'script-src-elem inline',
      'script-src-elem inline',
    ]);
  expect(await page.evaluate(() => (window as unknown as { __planted?: string }).__planted)).toBe(
    undefined,
  );
});
