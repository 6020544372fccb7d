import type { Locator, Page } from '@playwright/test';

/** The Reader: article text with highlighted claims and the claim panel. */
export class ReaderView {
  readonly title: Locator;
  readonly text: Locator;
  readonly details: Locator;

  constructor(readonly page: Page) {
    const region = page.getByRole('region', { name: 'Reader' });
    this.title = region.getByRole('heading', { level: 2 });
    this.text = page.getByLabel('Article text');
    this.details = page.getByRole('region', { name: 'Claim details' });
  }

  highlight(text: string): Locator {
    return this.text.locator('mark.claim', { hasText: text });
  }

  detail(label: string): Locator {
    return this.details.locator(`dt:text-is("${label}") + dd`);
  }

  async accept(): Promise<void> {
    await this.details.getByRole('button', { name: 'Accept' }).click();
  }
}
