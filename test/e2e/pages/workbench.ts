import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

export type ViewName = 'Sources' | 'Reader' | 'Claims' | 'Compare' | 'Reconcile';
const VIEW_ORDER: ReadonlyArray<ViewName> = ['Sources', 'Reader', 'Claims', 'Compare', 'Reconcile'];

/** The frame around every view: header counts, navigation, status bar, shortcuts. */
export class WorkbenchPage {
  readonly heading: Locator;
  readonly sourceCount: Locator;
  readonly claimCount: Locator;
  readonly nav: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Concord', level: 1 });
    this.sourceCount = page.getByLabel('Source count');
    this.claimCount = page.getByLabel('Claim count');
    this.nav = page.getByRole('navigation', { name: 'Views' });
    this.status = page.getByRole('status', { name: 'Status message' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.heading.waitFor();
  }

  navButton(view: ViewName): Locator {
    return this.nav.getByRole('button', { name: new RegExp(`^${view}`) });
  }

  /** Switches view with its shortcut, Ctrl+1..5, the way a keyboard user does. */
  async goByKey(view: ViewName): Promise<void> {
    await this.page.keyboard.press(`Control+${VIEW_ORDER.indexOf(view) + 1}`);
  }

  async screenshot(view: string): Promise<void> {
    mkdirSync('test-results/screens', { recursive: true });
    await this.page.screenshot({ path: `test-results/screens/${view}.png` });
  }
}
