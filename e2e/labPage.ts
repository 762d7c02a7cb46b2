// The lab screen as the journeys see it: data-testid selectors only.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class LabPage {
  readonly topology: Locator;
  readonly editor: Locator;
  readonly applyButton: Locator;
  readonly applyOutput: Locator;
  readonly target: Locator;
  readonly send: Locator;
  readonly replay: Locator;
  readonly hops: Locator;
  readonly hopDetail: Locator;
  readonly response: Locator;
  /** The xterm terminal, and the rows it draws (their text runs on from one row to the next). */
  readonly terminal: Locator;
  readonly terminalRows: Locator;

  constructor(readonly page: Page) {
    this.topology = page.getByTestId('topology');
    this.editor = page.getByTestId('editor');
    this.applyButton = page.getByTestId('apply');
    this.applyOutput = page.getByTestId('apply-output');
    this.target = page.getByTestId('target');
    this.send = page.getByTestId('send');
    this.replay = page.getByTestId('replay');
    this.hops = page.getByTestId('hop');
    this.hopDetail = page.getByTestId('hop-detail');
    this.response = page.getByTestId('response');
    this.terminal = page.getByTestId('terminal');
    this.terminalRows = this.terminal.locator('.xterm-rows');
  }

  /** Waits for the terminal's prompt and gives it the keyboard. */
  async focusTerminal(): Promise<void> {
    await expect(this.terminalRows).toContainText('$');
    await this.terminal.click();
  }

  /** Types a line into whatever has the keyboard, then Enter. */
  async typeLine(line: string): Promise<void> {
    await this.page.keyboard.type(line);
    await this.page.keyboard.press('Enter');
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`./#/playground${query}`);
  }

  node(name: string): Locator {
    return this.topology.locator(`[data-node="${name}"]`);
  }

  podsNamed(prefix: string): Locator {
    return this.topology.locator(`[data-pod^="${prefix}"]`);
  }

  /** Waits until every pod whose id starts with `prefix` is drawn ready (images pulled, started). */
  async waitForReadyPods(prefix: string, count: number): Promise<void> {
    await expect(this.podsNamed(prefix)).toHaveCount(count);
    await expect(this.topology.locator(`[data-pod^="${prefix}"].is-not-ready`)).toHaveCount(0, {
      timeout: 20_000,
    });
  }

  async sendAndWait(): Promise<void> {
    await this.send.click();
    await expect(this.topology).toHaveAttribute('data-anim-state', 'done', { timeout: 40_000 });
  }

  /** The rule shown for each hop with this action (selecting each in turn). */
  async rulesOf(action: string): Promise<string[]> {
    const hops = this.page.locator(`[data-testid="hop"][data-action="${action}"]`);
    const rules: string[] = [];
    for (let i = 0; i < (await hops.count()); i++) {
      await hops.nth(i).click();
      const rule = this.hopDetail.getByTestId('hop-rule');
      rules.push((await rule.count()) > 0 ? await rule.innerText() : '');
    }
    return rules;
  }

  async screenshot(name: string, width: number, height: number): Promise<void> {
    await this.page.setViewportSize({ width, height });
    // Let the topology re-layout for the new size (ResizeObserver, then one frame).
    await this.page.waitForTimeout(300);
    await this.page.screenshot({ path: `e2e/screenshots/${name}-${width}x${height}.png` });
  }
}
