// Makes sure Playwright has a Chromium to drive before the browser tests run: Debian's
// /usr/bin/chromium when present (machines that cannot download browsers), otherwise Playwright's
// own, installed on first use.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

if (!existsSync('/usr/bin/chromium') && !existsSync(chromium.executablePath())) {
  process.stdout.write('Installing the Chromium that Playwright drives (one time)...\n');
  execFileSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], {
    stdio: 'inherit',
  });
}
