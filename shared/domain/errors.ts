/** Misuse and unreadable input are typed errors with a Vietnamese message (findings are values instead). */

export class TtdnError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The workbook is not a TTĐN form at all (no `_ttdn`, no defined names). */
export class NotTtdnWorkbookError extends TtdnError {
  constructor(message: string) {
    super(message, 'not-ttdn');
  }
}

/** A TTĐN form whose template id/version this build does not know. */
export class UnknownTemplateError extends TtdnError {
  constructor(message: string) {
    super(message, 'unknown-template');
  }
}

/** Bad command-line or API use: unknown unit, kind, year… */
export class UsageError extends TtdnError {
  constructor(message: string) {
    super(message, 'usage');
  }
}

/** A registry or calendar file that cannot be used; the message names the line and field. */
export class ConfigFileError extends TtdnError {
  constructor(message: string) {
    super(message, 'config');
  }
}
