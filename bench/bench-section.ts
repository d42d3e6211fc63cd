/**
 * One part of `npm run bench`. Each part measures the product side by side with the reference
 * it names, in the same run, and returns a table to print and figures for the `BENCH {json}` line.
 */
export interface BenchSection {
  /** Key in the BENCH json, e.g. "check". */
  readonly name: string;
  /** Rows printed as a table: first row is the header. */
  readonly table: readonly (readonly string[])[];
  /** Measured figures and ratios (numbers rounded sensibly). */
  readonly figures: Readonly<Record<string, number | string | boolean>>;
}

export type BenchPart = () => Promise<BenchSection>;

/** Percentile of an ascending-sorted array of numbers. */
export const percentile = (sorted: readonly number[], fraction: number): number =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;

export const round = (value: number, digits = 3): number => Number(value.toFixed(digits));
