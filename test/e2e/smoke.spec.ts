import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ShellPage } from './pages/shell';

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
  const shell = new ShellPage(page);

  await shell.open(url());
  await expect(shell.sourceCount).toHaveText('2');
  await expect(shell.latestSources).toHaveCount(2);
  await expect(shell.latestSources.first()).toContainText('Amazon weighs a $50 billion investment in OpenAI');
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: 'test-results/screens/shell.png', fullPage: true });

  await shell.importFolder(process.env.CONCORD_E2E_IMPORT_DIR!);
  await expect(shell.importStatus).toContainText('Import done: 1 file, 1 source added');
  await expect(shell.progress).toHaveAttribute('value', /\d+/);
  await expect(shell.sourceCount).toHaveText('3');
  await page.screenshot({ path: 'test-results/screens/shell-imported.png', fullPage: true });

  // A reload keeps working: the token lives on in this tab's sessionStorage, not in the URL.
  await page.reload();
  await expect(shell.sourceCount).toHaveText('3');
  expect(problems).toEqual([]);
});

test('a typed path that does not exist is reported, not thrown', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.open(url());
  await shell.importFolder('/no/such/folder/anywhere');
  await expect(shell.importStatus).toContainText('1 error.');
  await expect(page.getByRole('list', { name: 'Import errors' })).toContainText('/no/such/folder/anywhere');
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
