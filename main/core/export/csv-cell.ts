/**
 * CSV cells per RFC 4180. Numbers stay numbers; only text cells that a spreadsheet would run as a
 * formula (leading =, +, -, @, tab or CR) get a leading apostrophe, so "-3.5" as a number is kept.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The text with a leading apostrophe when a spreadsheet would run it as a formula. Shared by the
 * CSV and XLSX writers so both neutralise exactly the same cells.
 */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvTextCell(text: string): string {
  const safe = defuseFormula(text);
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return csvTextCell(value);
}

export function csvRow(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
