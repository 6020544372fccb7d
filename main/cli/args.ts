import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A usage problem: the CLI prints it with the command's usage line and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  allowPositionals: boolean,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export function requireOption(value: string | undefined, name: string): string {
  if (!value) throw new UsageError(`missing --${name}`);
  return value;
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: ReadonlyArray<T>,
  name: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as ReadonlyArray<string>).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}
