/**
 * Measures the personal-data detectors (src/core/privacy/detect.ts) on a
 * corpus of markdown files that hold no personal data, so that every hit is a
 * false positive: by default the example network and netgov's own docs.
 * Usage: node --require tsx/cjs scripts/measure-personal-data.ts [folder...]
 * Prints a markdown table: files, lines, and hits per detector.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDatesOfBirth, findEmails, findNhsNumbers, findPhones, findPostcodes, type Found } from '../src/core/privacy/detect';
import { findHealthDetails } from '../src/core/privacy/health-detail';

const DETECTORS: readonly [string, (text: string) => Found[]][] = [
  ['privacy.email', findEmails],
  ['privacy.phone', findPhones],
  ['privacy.nhs-number', findNhsNumbers],
  ['privacy.postcode', findPostcodes],
  ['privacy.date-of-birth', findDatesOfBirth],
  ['privacy.health-detail', findHealthDetails],
];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function bodyOf(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['examples', 'docs'];
console.log(`| corpus | files | lines | ${DETECTORS.map(([code]) => code).join(' | ')} |`);
console.log(`| --- | --- | --- | ${DETECTORS.map(() => '---').join(' | ')} |`);
for (const folder of folders) {
  const files = markdownFiles(folder);
  let lines = 0;
  const hits = DETECTORS.map(() => [] as string[]);
  for (const file of files) {
    const body = bodyOf(readFileSync(file, 'utf8'));
    lines += body.split('\n').length;
    DETECTORS.forEach(([, find], i) => {
      for (const found of find(body)) hits[i]!.push(`${file}: ${found.text.replace(/\s+/g, ' ')}`);
    });
  }
  console.log(`| ${folder} | ${files.length} | ${lines} | ${hits.map((h) => h.length).join(' | ')} |`);
  for (const list of hits) for (const hit of list) console.error(`  ${hit}`);
}
