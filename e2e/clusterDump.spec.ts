// A real cluster's state in the browser: Import a `kubectl get nodes,pods,services,endpointslices,
// ingresses -A -o yaml` dump, see its nodes and pods, trace a request to a node port through it,
// and find the same cluster after a reload.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { LabPage } from './labPage.ts';

const DUMP = fileURLToPath(
  new URL('../src/engine/import/__fixtures__/kubeadm-calico-3node.yaml', import.meta.url),
);

test('a cluster dump opens as the lab cluster and requests trace through it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await lab.open();
  await lab.waitForReadyPods('default/np-pods-', 3);

  await page.getByTestId('import-file').setInputFiles(DUMP);
  await expect(page.getByTestId('scenario-note')).toContainText(
    'Imported kubeadm-calico-3node.yaml',
  );
  for (const node of ['k8s-cp', 'k8s-w1', 'k8s-w2']) await expect(lab.node(node)).toHaveCount(1);
  await expect(lab.podsNamed('default/web-7c5ddbdf54-')).toHaveCount(3);
  await expect(lab.podsNamed('default/np-pods-')).toHaveCount(0);
  await expect(lab.editor).toContainText('Pod network: Calico with IP-in-IP');

  // A request to the control plane's node port: kube-proxy's DNAT to a recorded web pod (none
  // runs on k8s-cp), then Calico's IP-in-IP to the pod's node.
  await lab.target.fill('http://192.168.56.10:30839');
  await lab.sendAndWait();
  await expect(page.locator('[data-testid="hop"][data-action="encap"]').first()).toContainText(
    'node/k8s-cp',
  );
  const dnat = page.locator('[data-testid="hop"][data-action="dnat"]');
  await dnat.first().click();
  await expect(lab.hopDetail.getByTestId('hop-rule')).toContainText(
    /-A KUBE-SEP-[A-Z2-7]{16} -p tcp -m comment --comment "default\/web" -m tcp -j DNAT --to-destination 10\.244\.(171\.65|23\.193|23\.194):80/,
  );
  const encap = page.locator('[data-testid="hop"][data-action="encap"]').first();
  await encap.click();
  await expect(lab.hopDetail).toContainText(/ipip|IP-in-IP/);
  await expect(lab.response).toContainText('Welcome to nginx!');
  await lab.screenshot('cluster-dump', 1920, 1080);
  await lab.screenshot('cluster-dump', 1280, 720);

  // The scenario keeps the dump: a reload rebuilds the same cluster.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.reload();
  await expect(lab.node('k8s-w2')).toHaveCount(1);
  await page.getByTestId('terminal').click();
  await page.keyboard.type('kubectl get svc web');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('terminal').locator('.xterm-rows')).toContainText(
    /web\s+NodePort\s+10\.105\.37\.214\s+<none>\s+80:30839\/TCP/,
  );
  expect(errors).toEqual([]);
});

test('a damaged dump is refused with the line at fault', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await lab.waitForReadyPods('default/np-pods-', 3);
  const text = [
    'apiVersion: v1',
    'items:',
    '- apiVersion: v1',
    '  kind: Node',
    '  metadata:',
    '    name: n1',
    '  status:',
    '    addresses:',
    '    - address: 10.0.0.300',
    '      type: InternalIP',
    '    nodeInfo:',
    '      kubeletVersion: v1.30.1',
    'kind: List',
    '',
  ].join('\n');
  await page.getByTestId('import-file').setInputFiles({
    name: 'broken.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(text),
  });
  await expect(page.getByTestId('scenario-note')).toContainText(
    'broken.yaml cannot be imported: the cluster dump cannot be read: line 9: items[0] (Node n1): status.addresses[0].address "10.0.0.300" is not an IP address',
  );
  await expect(lab.podsNamed('default/np-pods-')).toHaveCount(3);
});

test('a dump pasted into the editor opens as the cluster when applied', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await lab.waitForReadyPods('default/np-pods-', 3);
  // As a paste puts it there: the whole text at once, one input event.
  await lab.editor.evaluate(
    (area, text) => {
      const textarea = area as HTMLTextAreaElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(textarea, text);
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    },
    readFileSync(DUMP, 'utf8'),
  );
  await lab.applyButton.click();
  await expect(page.getByTestId('scenario-note')).toContainText('Opened the pasted cluster dump.');
  await expect(lab.node('k8s-cp')).toHaveCount(1);
  await expect(lab.podsNamed('default/api-5f8d6b7c9d-')).toHaveCount(2);
});

test('in Korean, the imported cluster opens on its summary in Korean', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await lab.waitForReadyPods('default/np-pods-', 3);
  await page.getByTestId('language-ko').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.getByTestId('import-file').setInputFiles(DUMP);
  await expect(page.getByTestId('scenario-note')).toContainText(
    'kubeadm-calico-3node.yaml 파일을 가져왔습니다.',
  );
  await expect(lab.editor).toContainText('# 가져온 클러스터: 노드 3개(k8s-cp 192.168.56.10');
  await expect(lab.editor).toContainText('파드 네트워크: Calico IP-in-IP');
  await expect(lab.node('k8s-w1')).toHaveCount(1);
});
