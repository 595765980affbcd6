// Expected operational failures: a stable snake_case code and a message that names the thing and the problem.
// The CLI prints `concord: <message> (<code>)`; the API answers {error: code, message, details}.

export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A file or input that could not be turned into a document. The batch goes on without it. */
export class IngestError extends AppError {
  constructor(readonly source: string, code: string, problem: string) {
    super(`ingest/${code}`, `${source}: ${problem}`, { source });
    this.name = 'IngestError';
  }
}

/** The store is unreachable, busy (locked by another process) or refused a write. */
export class StoreError extends AppError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(`store/${code}`, message, details);
    this.name = 'StoreError';
  }
}

export class UsageError extends AppError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'UsageError';
  }
}
