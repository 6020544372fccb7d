import { ProjectError } from '../core/db/errors';
import { UsageError } from './args';
import { CLAIMS_USAGE, claimsCommand } from './commands/claims';
import { IMPORT_USAGE, importCommand } from './commands/import';
import { PARSE_USAGE, parseCommand } from './commands/parse';
import { SEARCH_USAGE, searchCommand } from './commands/search';
import { SERVE_USAGE, serveCommand } from './commands/serve';

type Command = { readonly usage: string; readonly run: (argv: string[]) => Promise<number> };

const COMMANDS: Record<string, Command> = {
  import: { usage: IMPORT_USAGE, run: importCommand },
  claims: { usage: CLAIMS_USAGE, run: claimsCommand },
  search: { usage: SEARCH_USAGE, run: searchCommand },
  parse: { usage: PARSE_USAGE, run: parseCommand },
  serve: { usage: SERVE_USAGE, run: serveCommand },
};

function usage(): string {
  return `usage:\n${Object.values(COMMANDS)
    .map((c) => `  ${c.usage}`)
    .join('\n')}\n`;
}

/** Runs one CLI invocation and returns its exit status (0 done, 1 failed, 2 usage error). */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`concord: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`concord ${name}: ${err.message}\nusage: ${command.usage}\n`);
      return 2;
    }
    if (err instanceof ProjectError) {
      process.stderr.write(`concord ${name}: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`concord ${name}: ${(err as Error).message ?? String(err)}\n`);
    return 1;
  }
}
