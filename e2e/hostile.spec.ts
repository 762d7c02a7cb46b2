// Nothing a manifest, a link, a file or a command contains can run. Hostile strings go everywhere
// a user string is shown: annotations, label values, Ingress hosts and paths, container images and
// env (the API refuses most of them in names and labels, and then its error message quotes them),
// a share link's scenario, a damaged share link, an imported file and its name, terminal commands.
// Each string must be shown as text (found in the page's text) and never run: window.__pwned stays
// undefined, no dialog opens, no element the strings describe exists in the page.
import LZString from 'lz-string';
import { expect, test, type Page } from '@playwright/test';
import { LabPage } from './labPage.ts';

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = '"><svg onload=window.__pwned=1>';
const JS_URL = 'javascript:window.__pwned=1';

/** YAML double-quoted form of a string. */
const q = (s: string) => JSON.stringify(s);

const MANIFEST = `apiVersion: v1
kind: Service
metadata:
  name: hostile
  annotations:
    img: ${q(IMG)}
    script: ${q(SCRIPT)}
    svg: ${q(SVG)}
    link: ${q(JS_URL)}
spec:
  type: NodePort
  selector:
    app: hostile
  ports:
  - port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: hostile
spec:
  replicas: 1
  selector:
    matchLabels:
      app: hostile
  template:
    metadata:
      labels:
        app: hostile
      annotations:
        note: ${q(SVG)}
    spec:
      containers:
      - name: web
        image: ${q(IMG)}
        env:
        - name: GREETING
          value: ${q(SCRIPT)}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: labelled
  labels:
    app: ${q(IMG)}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: hostile
spec:
  rules:
  - host: ${q(SVG)}
    http:
      paths:
      - path: ${q(`/${SCRIPT}`)}
        pathType: Prefix
        backend:
          service:
            name: hostile
            port:
              number: 80
`;

async function type(page: Page, line: string): Promise<void> {
  await page.getByTestId('terminal').click();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** Nothing ran: no flag, no dialog, no element or handler made from the strings. */
async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(
    page.locator('img[src="x"], [onerror], [onload], a[href^="javascript:"]'),
  ).toHaveCount(0);
  const scripts = await page
    .locator('script')
    .evaluateAll((els) => els.map((e) => e.textContent ?? '').filter((t) => t.includes('__pwned')));
  expect(scripts).toEqual([]);
}

test('hostile strings are shown as text and never run', async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1920, height: 1080 });
  const lab = new LabPage(page);

  // 1. A share link whose scenario carries the manifest and hostile shell lines.
  const scenario = {
    version: 1,
    preset: 'lab',
    seed: 1,
    actions: [
      { kind: 'apply', text: MANIFEST },
      { kind: 'run', line: `kubectl annotate svc hostile extra=${q(SVG)}` },
      { kind: 'wait', seconds: 10 },
    ],
    editorText: MANIFEST,
  };
  await page.goto(
    `./#/playground?s=${LZString.compressToEncodedURIComponent(JSON.stringify(scenario))}`,
  );
  await expect(page.getByTestId('scenario-note')).toContainText('Opened the shared scenario.');
  await expectNothingRan(page, dialogs);

  // 2. Apply the editor's text: the API server's refusals quote the strings, shown as text.
  await lab.applyButton.click();
  await expect(lab.applyOutput).toContainText(`Invalid value: ${q(IMG)}`);
  await expect(lab.applyOutput).toContainText(`Invalid value: ${q(SVG)}`);
  await expectNothingRan(page, dialogs);

  // 3. The terminal prints what the objects hold, and echoes hostile commands.
  const rows = page.getByTestId('terminal').locator('.xterm-rows');
  await type(page, 'kubectl describe svc hostile');
  await expect(rows).toContainText('<img src=x onerror=window.__pwned=1>');
  await type(page, 'kubectl get deploy hostile -o wide');
  await expect(rows).toContainText('<img');
  // The kubelet cannot parse the image; its event quotes it.
  await type(page, 'kubectl get events --field-selector reason=InspectFailed');
  await expect(rows).toContainText(`couldn't parse image name "${IMG}"`);
  await type(page, `kubectl get pods '${IMG}'`);
  await expect(rows).toContainText(`pods "${IMG}" not found`);
  await type(page, `lab trace curl 'http://${SVG}/'`);
  await type(page, JS_URL);
  await expect(rows).toContainText('javascript:window.__pwned=1');
  await expectNothingRan(page, dialogs);
  await page.screenshot({ path: 'e2e/screenshots/hostile-1920x1080.png' });

  // 4. An imported file, hostile in its name and in its objects.
  await page.getByTestId('import-file').setInputFiles({
    name: `${SVG}.yaml`,
    mimeType: 'application/yaml',
    buffer: Buffer.from(MANIFEST),
  });
  await expect(page.getByTestId('scenario-note')).toContainText(SVG);
  await expectNothingRan(page, dialogs);

  // 5. A damaged link carrying markup: a sentence, the markup nowhere as elements.
  await page.goto(`./#/playground?s=${encodeURIComponent(SCRIPT + IMG)}`);
  await expect(page.getByTestId('scenario-note')).toContainText('share link');
  await expectNothingRan(page, dialogs);

  // The strings were on screen as text, where the page shows them.
  await type(page, "kubectl get svc hostile -o jsonpath='{.metadata.annotations.svg}'");
  await expect(rows).toContainText('"><svg onload=window.__pwned=1>$');
  await expectNothingRan(page, dialogs);
  expect(errors).toEqual([]);
});
