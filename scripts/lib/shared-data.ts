/**
 * Reads the shared municipality data from ../shared/data beside the project (never copied into
 * the repository). SHARED_DATA_DIR overrides the location.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMunicipalities, type Municipality } from '../../models/index';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function sharedDataDir(): string {
  return process.env.SHARED_DATA_DIR ?? resolve(projectRoot, '../shared/data');
}

export function loadMunicipalities(): Municipality[] {
  const file = resolve(sharedDataDir(), 'dk_kommuner.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`cannot read ${file}: the shared data folder must sit beside the project (or set SHARED_DATA_DIR)`);
  }
  return parseMunicipalities(JSON.parse(text));
}
