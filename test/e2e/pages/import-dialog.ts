import type { Locator, Page } from '@playwright/test';

/** The Import dialog (Ctrl/Cmd+I): typed paths, progress, cancel, the batch report. */
export class ImportDialog {
  readonly dialog: Locator;
  readonly paths: Locator;
  readonly importButton: Locator;
  readonly progress: Locator;
  readonly report: Locator;
  readonly errors: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import articles' });
    this.paths = this.dialog.getByLabel('Files or folders to import (one path per line)');
    this.importButton = this.dialog.getByRole('button', { name: 'Import', exact: true });
    this.progress = this.dialog.getByRole('progressbar', { name: 'Import progress' });
    this.report = this.dialog.locator('[aria-live="polite"]');
    this.errors = this.dialog.getByRole('list', { name: 'Import errors' });
  }

  async openByKey(): Promise<void> {
    await this.page.keyboard.press('Control+i');
    await this.paths.waitFor();
  }

  async importPaths(...paths: string[]): Promise<void> {
    await this.paths.fill(paths.join('\n'));
    await this.importButton.click();
  }

  async closeByKey(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }
}
