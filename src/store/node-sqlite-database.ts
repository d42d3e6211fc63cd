import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Kysely's `SqliteDialect` expects a better-sqlite3-like database; this adapts Node's built-in
 * `DatabaseSync` to it, so the embedded engine needs no native addon. Prepared statements are
 * cached by SQL text: Kysely prepares on every query, and preparing dominates small queries.
 */
export class NodeSqliteDatabase implements SqliteDatabase {
  readonly #database: DatabaseSync;
  readonly #statements = new Map<string, SqliteStatement>();

  constructor(database: DatabaseSync) {
    this.#database = database;
  }

  prepare(sql: string): SqliteStatement {
    const cached = this.#statements.get(sql);
    if (cached) return cached;
    const statement = adaptStatement(this.#database.prepare(sql));
    // Kysely compiles the same few shapes again and again; a bound keeps odd ad-hoc SQL from growing it.
    if (this.#statements.size >= 256) this.#statements.clear();
    this.#statements.set(sql, statement);
    return statement;
  }

  close(): void {
    this.#statements.clear();
    if (this.#database.isOpen) this.#database.close();
  }
}

/** Kysely passes parameters as one array; node:sqlite takes them spread, and refuses `undefined`. */
const bindable = (parameters: readonly unknown[]): SQLInputValue[] =>
  parameters.map((value) => (value === undefined ? null : typeof value === 'boolean' ? Number(value) : (value as SQLInputValue)));

const adaptStatement = (statement: StatementSync): SqliteStatement => ({
  // A statement that yields columns (SELECT, or anything with RETURNING) is a reader.
  reader: statement.columns().length > 0,
  all: (parameters) => statement.all(...bindable(parameters)),
  run: (parameters) => statement.run(...bindable(parameters)),
  iterate: (parameters) => statement.iterate(...bindable(parameters)),
});
