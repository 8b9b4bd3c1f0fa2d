/**
 * Plain-text tables for the readable summaries that compare, attribute and sensitivity print on
 * stdout: columns padded with spaces, numbers right-aligned, no colours or box drawing (so the
 * output pastes cleanly into e-mail, issues and logs).
 */

export type Align = 'left' | 'right';

/** Lines of a table: the header, a rule of dashes, then the rows. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    widths
      .map((width, c) => {
        const cell = cells[c] ?? '';
        return (align[c] ?? 'left') === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A number with fixed decimals (`–` when missing); `signed` writes a leading + on positive values. */
export function formatNumber(value: number | null | undefined, decimals: number, signed = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = value.toFixed(decimals);
  if (/^-0\.?0*$/.test(text)) return signed ? `±${text.slice(1)}` : text.slice(1);
  if (signed && value > 0) return `+${text}`;
  if (signed && Number(text) === 0) return `±${text}`;
  return text;
}

/** `[low, high]` with fixed decimals and signs. */
export function formatInterval(low: number | null, high: number | null, decimals: number): string {
  return `[${formatNumber(low, decimals, true)}, ${formatNumber(high, decimals, true)}]`;
}

/** Decimals that show an indicator's differences sensibly, from its unit (bn DKK: millions; shares and indices: 5). */
export function decimalsForUnit(unit: string): number {
  if (unit.startsWith('bn DKK')) return 3;
  if (/^(index|share)/.test(unit)) return 5;
  if (/^(persons|places|cases|stays)/.test(unit)) return 0;
  return 2;
}
