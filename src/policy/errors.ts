/**
 * Expected refusals: the person did something we can explain. Each carries a stable code (for
 * tests, logs and adapters) and a message written for the person, never for a developer.
 */
export type UserErrorCode =
  | 'draft-empty'
  | 'draft-too-long'
  | 'unknown-account'
  | 'unknown-command'
  | 'missing-argument'
  | 'invalid-argument'
  | 'not-an-owner'
  | 'busy'
  | 'not-found';

export class UserError extends Error {
  readonly code: UserErrorCode;
  constructor(code: UserErrorCode, message: string) {
    super(message);
    this.name = 'UserError';
    this.code = code;
  }
}

export const isUserError = (error: unknown): error is UserError => error instanceof UserError;
