// Accessibility: axe-core (WCAG 2.1 A and AA rules, contrast among them) finds no serious or
// critical issue on any screen: the home, the playground with a trace shown and the editor and the
// terminal open, a lesson, and projector mode. A trace is also read out as sentences in a polite
// live region, and the lab's controls work from the keyboard.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LabPage } from './labPage.ts';

test.use({ locale: 'en-US' });

/** axe's serious and critical findings, one line each (rule, impact, the elements). */
async function seriousIssues(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .slice(0, 8)
          .map(
            (n) =>
              `${n.target.join(' ')} [${n.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}]`,
          )
          .join(', ')}`,
    );
}

test('home, playground with editor and terminal, a lesson and projector mode pass axe', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });

  await page.goto('./#/');
  await expect(page.getByTestId('lesson-000-1-nodeport')).toBeVisible();
  expect.soft(await seriousIssues(page), 'home').toEqual([]);

  await lab.open();
  await lab.waitForReadyPods('default/np-pods-', 3);
  await lab.sendAndWait();
  await expect(lab.hops.first()).toBeVisible();
  // The trace in words, in a polite live region: one sentence per hop, then the result.
  const log = page.getByTestId('trace-log');
  await expect(log).toHaveAttribute('role', 'log');
  await expect(log).toHaveAttribute('aria-live', 'polite');
  const hopCount = await lab.hops.count();
  await expect(log.locator('li')).toHaveCount(hopCount + 1);
  await expect(log.locator('li').first()).toContainText(`Hop 1 of ${hopCount}, at `);
  await expect(log.locator('li').last()).toHaveText('Result: delivered.');
  await lab.editor.click();
  await expect(page.getByTestId('monaco-editor').locator('.view-lines')).toBeVisible();
  await expect(page.getByTestId('terminal').locator('.xterm-rows')).toContainText('$');
  expect.soft(await seriousIssues(page), 'playground').toEqual([]);

  // Projector mode (P, from outside a text field).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('p');
  await expect(page.locator('.lab.is-projector')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('hop-caption')).toBeVisible();
  expect.soft(await seriousIssues(page), 'projector').toEqual([]);
  await page.keyboard.press('Escape');

  await page.goto('./#/lessons/000-1-nodeport');
  const panel = page.getByTestId('lesson-panel');
  await expect(panel.getByTestId('lesson-run')).toBeEnabled({ timeout: 30_000 });
  await panel.getByTestId('lesson-run').click();
  await expect(panel.getByTestId('step-output')).toContainText('error: unknown flag: --images');
  expect.soft(await seriousIssues(page), 'lesson').toEqual([]);
});

/** Presses Tab until the element with this test id has the focus (at most `limit` times). */
async function tabTo(page: Page, testId: string, limit = 80): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    // Tab completes in the terminal; Escape then Tab leaves it.
    if (seen.at(-1)?.startsWith('TEXTAREA.xterm')) await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.dataset.testid ?? `${el?.tagName}.${el?.className}`;
    });
    seen.push(focused);
    if (focused === testId) return;
  }
  throw new Error(`Tab never reached [data-testid=${testId}]: ${seen.join(' > ')}`);
}

test('the lab works from the keyboard: open the playground, leave the terminal, send, walk the hops', async ({
  page,
}) => {
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./#/');
  await tabTo(page, 'open-playground');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/playground$/);
  await lab.waitForReadyPods('default/np-pods-', 3);

  // Without Escape, Tab stays in the terminal (it completes there).
  await page.getByTestId('terminal').click();
  await page.keyboard.press('Tab');
  await expect(page.locator('.xterm-helper-textarea')).toBeFocused();

  await tabTo(page, 'send');
  await page.keyboard.press('Enter');
  await expect(lab.topology).toHaveAttribute('data-anim-state', 'done', { timeout: 40_000 });
  await tabTo(page, 'hop');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(lab.hops.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(lab.hopDetail).toContainText('Hop 2');
  // Monaco keeps Tab for indenting; its Ctrl+M makes Tab move the focus on (to Apply).
  await lab.editor.click();
  const monaco = page.getByTestId('monaco-editor');
  await expect(monaco.locator('.view-lines')).toBeVisible();
  await monaco.locator('.view-lines').click();
  await page.keyboard.press('Control+M');
  await page.keyboard.press('Tab');
  await expect(lab.applyButton).toBeFocused();
  await lab.hops.nth(1).focus();

  // Focus is drawn: the focused hop has an outline or a box shadow.
  const ring = await lab.hops.nth(1).evaluate((el) => {
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' || style.boxShadow !== 'none';
  });
  expect(ring).toBe(true);
});
