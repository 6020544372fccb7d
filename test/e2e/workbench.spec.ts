import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { ClaimsView } from './pages/claims';
import { ImportDialog } from './pages/import-dialog';
import { ReaderView } from './pages/reader';
import { SourcesView } from './pages/sources';
import { WorkbenchPage } from './pages/workbench';

// The seed articles live beside the repo: ../shared/seeds from its root.
const SEEDS = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
const KO_TITLE_TEXT = '아마존이 오픈AI에 최대 500억 달러';
const JA_TITLE = '提携拡大!アマゾンがOpenAIに100億ドルの巨額投資を検討';
// The Japanese seed writes "OpenAI"; this short report writes "オープンAI", which search must find alone.
const JA_KATAKANA_TITLE = 'アマゾン、オープンAIに100億ドル出資を検討';

function katakanaArticle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'concord-wb-'));
  const file = join(dir, 'ja-nikkan-2025-12-18.txt');
  const body = 'アマゾンがオープンAIに少なくとも100億ドルを出資する方向で交渉している。';
  writeFileSync(file, [' date 2025-12-18', JA_KATAKANA_TITLE, '', body, ''].join('\n'));
  return file;
}

const KATAKANA_CLAIMS = 2; // the title's and the body's 100億ドル

const url = () => {
  const value = process.env.CONCORD_E2E_WORKBENCH_URL;
  if (!value) throw new Error('CONCORD_E2E_WORKBENCH_URL is not set: run through playwright.config.ts');
  return value;
};

test.describe.configure({ mode: 'serial' });

test('an analyst imports the seeds, searches, reads, accepts and reviews claims', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  const app = new WorkbenchPage(page);
  const dialog = new ImportDialog(page);
  const sources = new SourcesView(page);
  const reader = new ReaderView(page);
  const claims = new ClaimsView(page);

  await app.open(url());
  await expect(app.sourceCount).toHaveText('0');

  // Import through the dialog: progress, then the batch report.
  await dialog.openByKey();
  await dialog.importPaths(SEEDS, katakanaArticle());
  await expect(dialog.report).toContainText('Import done: 3 files, 3 sources added, 0 duplicates skipped');
  await expect(dialog.report).toContainText('0 errors.');
  await expect(dialog.progress).toHaveAttribute('value', '3');
  await app.screenshot('import');
  await dialog.closeByKey();
  await expect(dialog.dialog).toBeHidden();
  await expect(app.sourceCount).toHaveText('3');
  await expect(app.claimCount).toHaveText(String(25 + KATAKANA_CLAIMS));

  // The grid lists both, newest first, with outlet, language and claim counts.
  const ja = sources.row(JA_TITLE);
  await expect(ja).toContainText('TradingKey');
  await expect(ja).toContainText('2025-12-17');
  await expect(ja).toContainText('ja');
  await expect(ja.locator('[col-id="claims"]')).toHaveText('16');
  await expect(page.locator('.ag-row[row-index="0"] [col-id="publishedAt"]')).toHaveText('2026-02-26');
  await app.screenshot('sources');

  // Search in Korean and in Japanese: each finds its own article, with the hit marked.
  await sources.searchFor('오픈AI');
  await expect(sources.results).toHaveCount(1);
  await expect(sources.results.first()).toContainText(KO_TITLE_TEXT);
  await expect(sources.results.first().locator('mark')).toHaveText('오픈AI');
  await app.screenshot('sources-search');
  await sources.searchFor('オープンAI');
  await expect(sources.results).toHaveCount(1);
  await expect(sources.results.first()).toContainText(JA_KATAKANA_TITLE);
  await expect(sources.results.first()).not.toContainText(JA_TITLE);
  await expect(sources.results.first().locator('mark')).toHaveText('オープンAI');

  // Open the Korean article (search "오픈AI", Enter on the hit) and read its lead claim.
  await sources.searchFor('오픈AI');
  await sources.results.first().getByRole('button').press('Enter');
  await expect(reader.text).toContainText('아마존이 오픈AI에 최대 500억 달러(약 70조원)를 투자하는 방안을');
  const lead = reader.highlight('최대 500억 달러');
  await expect(lead).toHaveClass(/status-candidate/);
  await lead.click();
  await expect(reader.detail('Key')).toHaveText('Amazon → OpenAI : investment');
  await expect(reader.detail('Qualifier')).toHaveText('up to');
  await expect(reader.detail('Value')).toContainText('≤USD 50B');
  await expect(reader.detail('Equivalents')).toContainText('KRW 70T');
  await reader.accept();
  await expect(lead).toHaveClass(/status-accepted/);
  await expect(reader.details.locator('.badge')).toHaveText('accepted');

  // A new claim from typed words: the value field understands "7.7兆円".
  await page.getByLabel('Select text in the article, or type its words here').fill('약 70조원');
  await page.getByRole('button', { name: 'New claim', exact: true }).click();
  const value = page.getByLabel('Value', { exact: true });
  await expect(value).toHaveValue('약 70조원');
  await expect(page.getByLabel('Understood as')).toContainText('~KRW 70T (70,000,000,000,000 KRW, about)');
  await value.fill('7.7兆円');
  await expect(page.getByLabel('Understood as')).toContainText('JPY 7.7T');
  await value.fill('500억 달러');
  await expect(page.getByLabel('Understood as')).toContainText('USD 50B (50,000,000,000 USD, exact)');
  await value.fill('약 70조원');
  await page.getByLabel('Subject').fill('Amazon');
  await page.getByLabel('Object').fill('OpenAI');
  await page.getByLabel('Metric').selectOption('investment');
  await app.screenshot('reader');
  await page.getByRole('button', { name: 'Save claim' }).click();
  await expect(reader.details.locator('.badge')).toHaveText('accepted');
  await expect(reader.detail('Origin')).toHaveText('manual');
  await expect(reader.detail('Key')).toHaveText('Amazon → OpenAI : investment');
  await expect(reader.highlight('약 70조원')).toHaveClass(/status-accepted/);
  await expect(app.claimCount).toHaveText(String(26 + KATAKANA_CLAIMS));

  // Claims: filter by metric 'valuation' → the 730B and 500B reports.
  await app.goByKey('Claims');
  await claims.filter('Metric', 'valuation');
  await expect(claims.total).toHaveText('4 claims');
  await expect
    .poll(async () => (await claims.column('value')).sort())
    .toEqual(['USD 500B', 'USD 500B', '>USD 500B', '~USD 730B'].sort());
  await app.screenshot('claims');

  // Bulk-reject two of them.
  await claims.selectRow(0);
  await claims.selectRow(1);
  await expect(page.getByRole('button', { name: 'Reject selected (2)' })).toBeEnabled();
  await claims.bulk('Reject');
  await expect(app.status).toHaveText('2 claims rejected.');
  await expect
    .poll(async () => (await claims.column('status')).filter((s) => s === 'rejected').length)
    .toBe(2);
  await claims.filter('Status', 'rejected');
  await expect(claims.total).toHaveText('2 claims');
  await app.screenshot('claims-rejected');

  // The two views that come with reconciliation say what they will show.
  await app.goByKey('Compare');
  await expect(page.getByRole('main')).toContainText('Coming with reconciliation.');
  await expect(page.getByRole('main')).toContainText('One row per claim key');
  await app.screenshot('compare');
  await app.goByKey('Reconcile');
  await expect(page.getByRole('main')).toContainText('a decision form');
  await app.screenshot('reconcile');
  expect(problems).toEqual([]);
});
