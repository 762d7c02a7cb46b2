// The Monaco editor for real: it loads when the plain editor is first focused, typed keys get the
// Kubernetes schema's completion and warnings, Ctrl+Enter applies, and the API server's error
// lands on its line; a multi-document file then applies object by object.
import { expect, test, type Page } from '@playwright/test';
import { LabPage } from './labPage.ts';

/** Types lines into Monaco with the keyboard, undoing its auto-indent and closing any suggestion. */
async function typeLines(page: Page, lines: readonly string[]): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+End');
    }
    await page.keyboard.type(line);
  }
  await page.keyboard.press('Escape');
}

const SERVICE = [
  'apiVersion: v1',
  'kind: Namespace',
  'metadata:',
  '  name: shop',
  '---',
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: web',
  '  namespace: shop',
  'spec:',
  '  type: Nodeport',
  '  selector:',
  '    app: web',
  '  ports:',
  '  - port: 80',
];

test('Monaco: schema completion and warnings, Apply errors on their line, multi-document apply', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await lab.open();
  await expect(lab.node('w2-k8s')).toBeVisible();
  // The first screen has the plain editor; Monaco's chunk has not been fetched.
  await expect(page.getByTestId('monaco-editor')).toHaveCount(0);

  await lab.editor.click();
  const monaco = page.getByTestId('monaco-editor');
  await expect(monaco.locator('.view-lines')).toBeVisible();
  await monaco.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await typeLines(page, SERVICE);

  // The schema (generated from kubectl explain's data) knows ServiceSpec's fields: completion.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('  sessionAff');
  const suggest = monaco.locator('.suggest-widget');
  await expect(suggest).toBeVisible();
  await expect(suggest).toContainText('sessionAffinity');
  await page.screenshot({ path: 'e2e/screenshots/editor-completion-1920x1080.png' });
  // Tab accepts a suggestion; Enter always ends the line (acceptSuggestionOnEnter off).
  await page.keyboard.press('Tab');
  await page.keyboard.type(' None');
  await page.keyboard.press('Escape');

  // "Nodeport" is not one of the values the API server accepts: a schema warning while typing.
  await expect(monaco.locator('.squiggly-warning').first()).toBeVisible({ timeout: 15_000 });

  // Ctrl+Enter applies; the API server refuses the Service, its message on line 12.
  await page.keyboard.press('ControlOrMeta+Enter');
  const message =
    'The Service "web" is invalid: spec.type: Unsupported value: "Nodeport": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"';
  await expect(lab.applyOutput).toContainText('namespace/shop created');
  await expect(lab.applyOutput).toContainText(message);
  await expect(monaco.locator('.squiggly-error')).toHaveCount(1);
  const line12 = monaco.locator('.view-line', { hasText: 'type: Nodeport' });
  await line12.getByText('Nodeport').hover();
  await expect(
    page.locator('.monaco-hover').filter({ hasText: 'Unsupported value' }),
  ).toContainText(message);
  await page.screenshot({ path: 'e2e/screenshots/editor-apply-error-1920x1080.png' });

  // Fix line 12 and apply again: the Namespace is unchanged, the Service created.
  await line12.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('type: NodePort');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(lab.applyOutput).toContainText('namespace/shop unchanged');
  await expect(lab.applyOutput).toContainText('service/web created');
  await expect(monaco.locator('.squiggly-error')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(lab.applyOutput).toContainText('service/web unchanged');

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'e2e/screenshots/editor-1280x720.png' });
  expect(errors).toEqual([]);
});
