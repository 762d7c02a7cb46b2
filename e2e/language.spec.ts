// Two languages on the lab screen: 한국어 from the header's switch turns the UI and the hops'
// explanations Korean (addresses unchanged), while the terminal keeps kubectl's own English output;
// the choice survives a reload.
import { expect, test } from '@playwright/test';
import { LabPage } from './labPage.ts';

test.use({ locale: 'en-US' });

test('the lab screen in Korean: labels and hop explanations, kubectl output untouched', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const lab = new LabPage(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await lab.open();
  await lab.waitForReadyPods('default/np-pods-', 3);
  await expect(lab.send).toHaveText('Send request');

  await page.getByTestId('language-ko').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(lab.send).toHaveText('요청 보내기');
  await expect(lab.applyButton).toHaveText('적용');
  await expect(page.getByTestId('tab-hops')).toHaveText('홉');
  await expect(page.getByTestId('tab-distribution')).toHaveText('분포');
  await expect(page.getByRole('button', { name: '초기화' })).toBeVisible();
  await expect(page.getByTestId('replay')).toHaveText('다시 재생');
  await expect(lab.response).toContainText('아직 보낸 요청이 없습니다.');

  await lab.sendAndWait();
  await expect(lab.response.getByTestId('verdict')).toHaveText('전달됨');
  const reached = (await lab.topology.getAttribute('data-reached-pod')) ?? '';
  const podName = reached.split('/')[1] ?? '';
  // The pod's own answer and its name stay as they are, inside a Korean sentence.
  await expect(lab.response.getByTestId('response-body')).toHaveText(podName);
  await expect(lab.response).toContainText(`default/${podName} 파드가 응답했습니다`);

  // The DNAT hop: kube-proxy's choice explained in Korean, with the endpoint's address.
  const dnat = page.locator('[data-testid="hop"][data-action="dnat"]').first();
  await dnat.click();
  const after = (await lab.hopDetail.getByTestId('packet-after').textContent()) ?? '';
  const endpoint = /(\d+\.\d+\.\d+\.\d+:\d+)\s*$/.exec(after.trim())?.[1] ?? '';
  // k8sinfra runs Calico: pod addresses in 172.16.0.0/16.
  expect(endpoint).toMatch(/^172\.16\.\d+\.\d+:80$/);
  const note = lab.hopDetail.getByTestId('hop-note');
  await expect(note).toHaveText(
    new RegExp(`노드의 kube-proxy 규칙이 엔드포인트 ${endpoint.replace(/\./g, '\\.')} 주소를 골라`),
  );
  await expect(note).toHaveAttribute('lang', 'ko');
  // The rule itself is iptables-save's line, never translated.
  await expect(lab.hopDetail.getByTestId('hop-rule')).toContainText('-j DNAT --to-destination');
  await expect(lab.hopDetail).toContainText('결정한 규칙 (iptables-save)');
  // The drawing's own words follow too (the packet's caption), names do not.
  await expect(lab.topology.locator('.packet-label')).toContainText('에서 DNAT');

  // The terminal: kubectl prints what kubectl prints.
  const terminal = page.getByTestId('terminal');
  const rows = terminal.locator('.xterm-rows');
  await expect(rows).toContainText('$');
  await terminal.click();
  await page.keyboard.type('kubectl get pods');
  await page.keyboard.press('Enter');
  await expect(rows).toContainText(/NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/);
  await expect(rows).toContainText(/np-pods-\S+\s+1\/1\s+Running/);
  expect(await rows.textContent()).not.toMatch(/[\uac00-\ud7a3]/);

  await dnat.click();
  await page.screenshot({ path: 'e2e/screenshots/language-ko-1280x720.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'e2e/screenshots/language-ko-1920x1080.png' });

  // Remembered: a reload opens in Korean, and English comes back with the switch.
  await page.reload();
  await expect(lab.send).toHaveText('요청 보내기');
  await page.getByTestId('language-en').click();
  await expect(lab.send).toHaveText('Send request');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(errors).toEqual([]);
});

test('a lesson screen has the switch too, and its player follows it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#/lessons/000-1-nodeport');
  const panel = page.getByTestId('lesson-panel');
  await expect(panel.getByTestId('lesson-run')).toHaveText('Run');
  await expect(page.getByTestId('language')).toHaveCount(1);
  await page.getByTestId('language-ko').click();
  await expect(panel.getByTestId('lesson-run')).toHaveText('실행');
  await expect(panel.getByTestId('lesson-home')).toHaveText('← 레슨 목록');
  await expect(panel.getByTestId('lesson-title')).toContainText('노드포트');
});
