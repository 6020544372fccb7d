import type { Locator, Page } from '@playwright/test';

/** The Sources view: the grid of articles and full-text search. */
export class SourcesView {
  readonly search: Locator;
  readonly results: Locator;
  readonly grid: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search articles' });
    this.results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
    this.grid = page
      .getByRole('region', { name: 'Sources' })
      .getByRole('treegrid')
      .or(page.getByRole('region', { name: 'Sources' }).getByRole('grid'));
  }

  /** Ctrl+F, then type: the keyboard path to search. */
  async searchFor(text: string): Promise<void> {
    await this.page.keyboard.press('Control+f');
    await this.search.fill(text);
    await this.search.press('Enter');
  }

  row(text: string): Locator {
    return this.page.locator('.ag-row', { hasText: text });
  }

  async clearSearch(): Promise<void> {
    await this.search.fill('');
    await this.search.press('Escape');
  }
}
