/**
 * `npm run levers`: the lever registry (models/levers/registry.ts) as a readable table, one row per
 * lever. `npm run -s levers -- --json` prints the whole registry as JSON on stdout and nothing else.
 */
import { LEVERS } from '../models/index';
import { formatTable } from './lib/text-table';

const USAGE = 'usage: npm run levers [-- --json]';

function table(): string {
  const rows = LEVERS.map((lever) => [
    lever.id,
    lever.group,
    lever.title.en,
    `${lever.defaultSetting} from ${lever.defaultStartYear}`,
    lever.settings.map((s) => s.id).join(', '),
    lever.knobs.join(', '),
    lever.sharesMechanismWith ?? '',
  ]);
  return formatTable(['id', 'group', 'title', 'default', 'settings', 'knobs', 'shares with'], rows);
}

function main(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = args.filter((arg) => arg !== '--json');
  if (unknown.length) {
    process.stderr.write(`levers: unknown option ${unknown.join(' ')}; ${USAGE}\n`);
    return 2;
  }
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(LEVERS, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${table()}\n\n${LEVERS.length} levers; details in docs/levers.md (npm run docs:levers).\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
