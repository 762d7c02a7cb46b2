// The engine is loaded lazily, in its own worker (engine.worker-*.js). If it cannot start, the
// screen must say so rather than stay blank.
import { expect, test } from '@playwright/test';
import { LabPage } from './labPage.ts';

test('when the engine cannot start, the lab says why and offers the recorded example', async ({
  page,
}) => {
  await page.route('**/assets/engine.worker-*.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "throw new Error('not implemented yet');",
    }),
  );
  const lab = new LabPage(page);
  await lab.open();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The simulated cluster did not start');
  await expect(alert).toContainText('not implemented yet');
  await expect(page.getByTestId('send')).toBeDisabled();
  await page.screenshot({ path: 'e2e/screenshots/engine-down-1280x720.png' });

  await alert.getByRole('link', { name: 'a recorded example' }).click();
  await expect(lab.node('w2-k8s')).toBeVisible();
});
