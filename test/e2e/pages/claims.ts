import type { Locator, Page } from '@playwright/test';

/** The Claims view: filters, the paged grid, bulk actions. */
export class ClaimsView {
  readonly filters: Locator;
  readonly rows: Locator;
  readonly total: Locator;

  constructor(readonly page: Page) {
    this.filters = page.getByRole('group', { name: 'Claim filters' });
    this.rows = page
      .getByRole('region', { name: 'Claims' })
      .locator('.ag-center-cols-viewport .ag-row, .ag-row[row-index]')
      .filter({ has: page.locator('[col-id="value"]') });
    this.total = page.getByLabel('Claims shown');
  }

  async filter(label: string, value: string): Promise<void> {
    await this.filters.getByLabel(label).selectOption(value);
  }

  /** The visible text of one column, row by row (center rows only). */
  async column(colId: string): Promise<string[]> {
    return this.page.locator(`.ag-row [col-id="${colId}"]`).allInnerTexts();
  }

  rowWithText(text: string): Locator {
    return this.page.locator('.ag-row', { hasText: text });
  }

  async selectRow(index: number): Promise<void> {
    await this.page.locator(`.ag-row[row-index="${index}"] input[type="checkbox"]`).first().check();
  }

  async bulk(action: 'Accept' | 'Reject'): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^${action} selected`) }).click();
  }
}
