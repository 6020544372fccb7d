import { expect, test } from '@playwright/test';
import { ImportDialog } from './pages/import-dialog';
import { SourcesView } from './pages/sources';
import { WorkbenchPage } from './pages/workbench';

const url = () => {
  const value = process.env.CONCORD_E2E_URL;
  if (!value) throw new Error('CONCORD_E2E_URL is not set: run through playwright.config.ts (global setup)');
  return value;
};

test('the shell shows the project, imports a folder with progress, and keeps the token out of the address bar', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  const app = new WorkbenchPage(page);
  const sources = new SourcesView(page);

  await app.open(url());
  await expect(app.sourceCount).toHaveText('2');
  await expect(sources.row('Amazon weighs a $50 billion investment in OpenAI')).toBeVisible();
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);

  const dialog = new ImportDialog(page);
  await dialog.openByKey();
  await dialog.importPaths(process.env.CONCORD_E2E_IMPORT_DIR!);
  await expect(dialog.report).toContainText('Import done: 1 file, 1 source added');
  await expect(dialog.progress).toHaveAttribute('value', /\d+/);
  await dialog.closeByKey();
  await expect(app.sourceCount).toHaveText('3');
  await expect(sources.row('アマゾン、OpenAIに100億ドル出資を検討')).toBeVisible();

  // A reload keeps working: the token lives on in this tab's sessionStorage, not in the URL.
  await page.reload();
  await expect(app.sourceCount).toHaveText('3');
  expect(problems).toEqual([]);
});

test('a typed path that does not exist is reported, not thrown', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open(url());
  const dialog = new ImportDialog(page);
  await dialog.openByKey();
  await dialog.importPaths('/no/such/folder/anywhere');
  await expect(dialog.report).toContainText('1 error.');
  await expect(dialog.errors).toContainText('/no/such/folder/anywhere');
});

test('without the token the page cannot use the API', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bare = new URL(url());
  bare.search = '';
  const response = await page.goto(bare.toString());
  expect(response?.status()).toBe(401);
  await context.close();
});
