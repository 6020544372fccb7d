import { Project } from '../../core/project';
import { parseCommandArgs, requireOption, UsageError } from '../args';

export const SEARCH_USAGE = 'concord search --db FILE QUERY [--json] [--limit N]';

export async function searchCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { db: { type: 'string' }, json: { type: 'boolean' }, limit: { type: 'string' } },
    true,
  );
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('missing QUERY');
  const limit = values.limit ? Number.parseInt(values.limit, 10) : 50;
  if (!Number.isFinite(limit) || limit <= 0) throw new UsageError('--limit must be a positive whole number');
  const project = await Project.open(requireOption(values.db, 'db'), { readonly: true });
  try {
    const hits = project.search(query, limit);
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ query, hits })}\n`);
    } else {
      for (const h of hits) {
        const s = h.source;
        process.stdout.write(
          `${s.id}  ${s.publishedAt ?? '----------'}  ${s.outlet ?? s.file}  ${s.title ?? ''}\n`,
        );
        process.stdout.write(`    ${h.snippet.replace(/\s+/g, ' ')}\n`);
      }
      process.stderr.write(`${hits.length} source${hits.length === 1 ? '' : 's'} found for "${query}"\n`);
    }
  } finally {
    project.close();
  }
  return 0;
}
