import { AllCommunityModule, ModuleRegistry, type IDatasource } from 'ag-grid-community';
// Legacy CSS themes: the theming API injects <style> elements, which the renderer's CSP
// (style-src 'self', no 'unsafe-inline') forbids. The icon font is a file (font-src 'self').
import 'ag-grid-community/styles/ag-grid.css';
import 'ag-grid-community/styles/ag-theme-balham-no-font.css';
import '../styles/grid.css';
import type { GridSort, Page } from '../state/deps';

ModuleRegistry.registerModules([AllCommunityModule]);

/** The infinite row model's datasource over a store's loadPage action. */
export function pagedSource<T>(
  load: (start: number, end: number, sort: ReadonlyArray<GridSort>) => Promise<Page<T>>,
): IDatasource {
  return {
    getRows(params) {
      load(params.startRow, params.endRow, params.sortModel).then(
        (page) => params.successCallback([...page.rows], page.total),
        () => params.failCallback(),
      );
    },
  };
}

/** Options both grids share: server paging in blocks of 100, rows keyed by id. */
export const INFINITE = {
  theme: 'legacy',
  rowModelType: 'infinite',
  cacheBlockSize: 100,
  maxBlocksInCache: 50,
  rowHeight: 28,
  headerHeight: 30,
  getRowId: (p: { data: { id: string } }) => p.data.id,
} as const;
