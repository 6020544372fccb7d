/** A project file problem the analyst can act on; `code` is stable for the UI and the CLI. */
export class ProjectError extends Error {
  constructor(
    readonly code:
      | 'not_a_project'
      | 'missing'
      | 'from_the_future'
      | 'edited_migration'
      | 'migration_failed'
      | 'corrupt'
      | 'locked',
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'ProjectError';
  }
}
