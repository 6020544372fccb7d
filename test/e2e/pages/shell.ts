import type { Locator, Page } from '@playwright/test';

/** The minimal shell as an analyst sees it: project summary and the import box. */
export class ShellPage {
  readonly heading: Locator;
  readonly sourceCount: Locator;
  readonly claimCount: Locator;
  readonly latestSources: Locator;
  readonly importPaths: Locator;
  readonly importButton: Locator;
  readonly progress: Locator;
  readonly importStatus: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Concord', level: 1 });
    this.sourceCount = page.getByLabel('Source count');
    this.claimCount = page.getByLabel('Claim count');
    this.latestSources = page.getByRole('list', { name: 'Latest sources' }).getByRole('listitem');
    this.importPaths = page.getByLabel('Files or folders to import (one path per line)');
    this.importButton = page.getByRole('button', { name: 'Import', exact: true });
    this.progress = page.getByRole('progressbar', { name: 'Import progress' });
    this.importStatus = page.locator('[aria-live="polite"]');
    this.alert = page.getByRole('alert');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.heading.waitFor();
  }

  async importFolder(path: string): Promise<void> {
    await this.importPaths.fill(path);
    await this.importButton.click();
  }
}
