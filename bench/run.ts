import { askBench } from './ask.bench.ts';
import { checkBench } from './check.bench.ts';
import { slackHttpBench } from './slack-http.bench.ts';
import { startupBench } from './startup.bench.ts';
import { storeBench } from './store.bench.ts';
import type { BenchPart, BenchSection } from './bench-section.ts';

/**
 * `npm run bench`: every part measures the product side by side with its reference in the same
 * run, prints a table, and the last line is `BENCH {json}` with every figure.
 */
const PARTS: readonly BenchPart[] = [checkBench, askBench, storeBench, slackHttpBench, startupBench];

const printTable = (section: BenchSection): void => {
  const widths = section.table[0]!.map((_, column) => Math.max(...section.table.map((row) => (row[column] ?? '').length)));
  console.log(`\n## ${section.name}`);
  section.table.forEach((row, index) => {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  });
};

const figures: Record<string, BenchSection['figures']> = {};
for (const part of PARTS) {
  const section = await part();
  printTable(section);
  figures[section.name] = section.figures;
}
console.log(`\nBENCH ${JSON.stringify({ node: process.version, ...figures })}`);
