/**
 * Errors shaped like OfficeExtension.Error: `code` (e.g. "ItemNotFound", "AccessDenied"),
 * `message`, `debugInfo` (code, message, errorLocation, statement, surroundingStatements) and the
 * trace messages of the batch up to the failure.
 */
export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
  fullStatements?: string[];
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: FakeDebugInfo = { code, message },
    readonly traceMessages: string[] = [],
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

/** Thrown when a property is read that was not loaded and synced (as Office.js does, synchronously). */
export function propertyNotLoaded(typeName: string, property: string): FakeOfficeError {
  const message =
    `The property '${property}' is not available. Before reading the property's value, call the load ` +
    `method on the containing object and call "context.sync()" on the associated request context.`;
  return new FakeOfficeError('PropertyNotLoaded', message, {
    code: 'PropertyNotLoaded',
    message,
    errorLocation: `${typeName}.${property}`,
  });
}
