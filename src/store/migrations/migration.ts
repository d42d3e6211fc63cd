import type { EngineKind, StoreDb } from '../schema.ts';

/** One schema change, written once for both engines (`engine` for what only differs in DDL). */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: StoreDb, engine: EngineKind): Promise<void>;
}
