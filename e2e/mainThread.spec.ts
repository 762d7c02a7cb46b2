// The page never freezes: engine work (a big paste, a 10,000-request load, 1,000 objects, a cluster
// dump) runs in the engine's worker, so no task on the page's main thread lasts 100 ms or more.
// Long tasks are recorded by a PerformanceObserver installed before the page's own scripts; each
// action's longest is printed.
import { expect, test, type Page } from '@playwright/test';
import { deploymentsWithServices, dumpNodesAndPods } from '../src/engine/testing/scale.ts';
import { LabPage } from './labPage.ts';

/** The longest main-thread task any action may cause. */
const LIMIT_MS = 100;

/** A long animation frame, as much as the report prints of it (which scripts, and rendering). */
interface Frame {
  readonly start: number;
  readonly duration: number;
  readonly render: number;
  readonly scripts: readonly string[];
}

declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[];
    __frames?: Frame[];
    __paste?: DataTransfer;
    __file?: File;
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__longTasks = [];
    window.__frames = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longTasks!.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ entryTypes: ['longtask'] });
    // Long animation frames say what ran in them: printed to explain a long task.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const frame = entry as PerformanceEntry & {
          renderStart: number;
          scripts: { invoker: string; sourceFunctionName: string; duration: number }[];
        };
        window.__frames!.push({
          start: frame.startTime,
          duration: frame.duration,
          render: frame.renderStart > 0 ? frame.startTime + frame.duration - frame.renderStart : 0,
          scripts: frame.scripts
            .filter((x) => x.duration >= 5)
            .map((x) => `${x.invoker} ${x.sourceFunctionName} ${Math.round(x.duration)} ms`),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: false });
  });
});

/** Runs an action; returns the longest main-thread task from its start until things settle. */
async function longestTask(page: Page, name: string, act: () => Promise<void>): Promise<number> {
  const mark = await page.evaluate(() => performance.now());
  const started = Date.now();
  await act();
  const answered = Date.now() - started;
  // What follows the answer (the topology's redraw, pods starting as simulated time passes) counts.
  await page.waitForTimeout(3000);
  const { tasks, frames } = await page.evaluate(
    (from) => ({
      tasks: window.__longTasks!.filter((t) => t.start + t.duration >= from),
      frames: window.__frames!.filter((f) => f.start + f.duration >= from),
    }),
    mark,
  );
  const longest = Math.max(0, ...tasks.map((t) => t.duration));
  console.log(
    `${name}: answered in ${answered} ms; longest main-thread task ${Math.round(longest)} ms (${tasks.length} long tasks)`,
  );
  const worst = [...frames].sort((a, b) => b.duration - a.duration)[0];
  if (worst !== undefined && longest >= LIMIT_MS / 2)
    console.log(
      `  its longest frame: ${Math.round(worst.duration)} ms, rendering ${Math.round(worst.render)} ms; ${worst.scripts.join('; ') || 'no script over 5 ms'}`,
    );
  return longest;
}

/**
 * Puts text in the editor as a paste does: the paste event first (the page may refuse it), then,
 * unless refused, the text lands in the textarea as one input event.
 */
async function paste(lab: LabPage): Promise<void> {
  await lab.editor.evaluate((area) => {
    const textarea = area as HTMLTextAreaElement;
    const transfer = window.__paste!;
    textarea.focus();
    const event = new ClipboardEvent('paste', {
      clipboardData: transfer,
      bubbles: true,
      cancelable: true,
    });
    if (!textarea.dispatchEvent(event)) return;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setter.call(textarea, transfer.getData('text/plain'));
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Readies the clipboard's text in the page (so making it is not part of the measured task). */
async function clipboard(page: Page, text: string | { repeat: string; bytes: number }) {
  await page.evaluate((t) => {
    const data = typeof t === 'string' ? t : t.repeat.repeat(Math.ceil(t.bytes / t.repeat.length));
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    window.__paste = transfer;
  }, text);
}

/** A real cluster's state as `kubectl get ... -A -o json` prints it: `nodes` nodes, 30 pods each
 * (one space of indent to stay under the import's 1 MB). */
const clusterDump = (nodes: number): string =>
  JSON.stringify({ apiVersion: 'v1', kind: 'List', items: dumpNodesAndPods(nodes) }, null, 1);

test.describe('the main thread stays free', () => {
  // Long tasks are wall time: on a shared two-core machine another process can take the CPU in the
  // middle of a 20 ms task (traces showed 95 ms tasks of 12 ms CPU). Such a try is run again; a
  // real regression (the engine's work back on this thread: 300 ms to 22 s) fails every try.
  test.describe.configure({ timeout: 180_000, retries: 2 });

  test.beforeEach(async ({ page }) => {
    const lab = new LabPage(page);
    await page.setViewportSize({ width: 1600, height: 1000 });
    await lab.open();
    await lab.waitForReadyPods('default/np-pods-', 3);
  });

  test('a 10 MB paste into the editor, then Apply', async ({ page }) => {
    const lab = new LabPage(page);
    const doc = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  k: v\n---\n';
    await clipboard(page, { repeat: doc, bytes: 10 * 1024 * 1024 });
    const longest = await longestTask(page, '10 MB paste, Apply', async () => {
      await paste(lab);
      // Refused at once, with the reason; the editor keeps its text, which Apply applies.
      await expect(page.getByTestId('editor-note')).toContainText(
        'The pasted text is 10 MB; the lab applies at most 3 MB',
      );
      await lab.applyButton.click();
      await expect(lab.applyOutput).toContainText('service/np-svc unchanged');
    });
    await expect(lab.editor).toHaveValue(/name: np-pods/);
    expect(longest).toBeLessThan(LIMIT_MS);
  });

  test('lab load -n 10000 in the terminal', async ({ page }) => {
    const terminal = page.getByTestId('terminal');
    await expect(terminal.locator('.xterm-rows')).toContainText('$');
    await terminal.click();
    await page.keyboard.type('lab load -n 10000 http://192.168.1.102:30000');
    const longest = await longestTask(page, 'lab load -n 10000', async () => {
      await page.keyboard.press('Enter');
      await expect(terminal.locator('.xterm-rows')).toContainText(
        '10000 requests, 10000 answered',
        { timeout: 60_000 },
      );
    });
    expect(longest).toBeLessThan(LIMIT_MS);
  });

  test('1,000 objects pasted into the editor and applied', async ({ page }) => {
    const lab = new LabPage(page);
    // The editor as a learner has it once they click in it: Monaco, which draws only the lines in
    // view (the plain textarea of the first screen lays out every line of a paste).
    await lab.editor.click();
    const monaco = page.getByTestId('monaco-editor');
    await expect(monaco.locator('.view-lines')).toBeVisible();
    await page.waitForTimeout(1000);
    await clipboard(page, deploymentsWithServices(500, { deployment: 'web', service: 'web' }));
    const pasted = await longestTask(page, 'paste 500 Deployments and 500 Services', async () => {
      await monaco.locator('textarea').evaluate((area) => {
        (area as HTMLTextAreaElement).focus();
        area.dispatchEvent(
          new ClipboardEvent('paste', {
            clipboardData: window.__paste!,
            bubbles: true,
            cancelable: true,
          }),
        );
      });
      // The caret ends after the paste, and the editor shows the last Service.
      await expect(monaco.locator('.view-lines')).toContainText('web-499');
    });
    const longest = await longestTask(page, 'apply 500 Deployments and 500 Services', async () => {
      await lab.applyButton.click();
      // The first lines, and how many more kubectl printed.
      await expect(lab.applyOutput).toContainText('… and 900 more lines', { timeout: 60_000 });
    });
    await expect(lab.applyOutput).toContainText('deployment.apps/web-0 created');
    await expect(lab.applyOutput).toContainText('service/web-0 created');
    // Monaco's own work on a 14,000-line paste (its text model, tokens, folding) is printed, not
    // asserted: it is the editor's, on the main thread by design, and varies with the machine.
    console.log(`  (Monaco's paste: ${Math.round(pasted)} ms; not engine work)`);
    expect(longest).toBeLessThan(LIMIT_MS);
  });

  test('a large cluster dump imported', async ({ page }) => {
    const dump = clusterDump(40);
    expect(dump.length).toBeLessThan(1_000_000);
    // The file as the browser hands it over when the learner picks it (made before the clock runs).
    await page.evaluate((text) => {
      window.__file = new File([text], 'big-dump.json', { type: 'application/json' });
    }, dump);
    const name = `import a ${(dump.length / 1e6).toFixed(2)} MB dump (40 nodes, 1,200 pods)`;
    const longest = await longestTask(page, name, async () => {
      await page.getByTestId('import-file').evaluate((input) => {
        const transfer = new DataTransfer();
        transfer.items.add(window.__file!);
        (input as HTMLInputElement).files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await expect(page.getByTestId('scenario-note')).toContainText('Imported big-dump.json', {
        timeout: 60_000,
      });
      await expect(new LabPage(page).node('n39')).toHaveCount(1);
    });
    expect(longest).toBeLessThan(LIMIT_MS);
  });
});
