import type { Migration } from './migration.ts';

/** The register, acknowledgements, handled deliveries and the append-only audit trail. */
export const initialMigration: Migration = {
  version: 1,
  name: 'initial',
  up: async (db, engine) => {
    // Imported here: the list of migrations is read at every start, the builder only when one runs.
    const { sql } = await import('kysely');
    const seqType = engine === 'postgres' ? 'bigint' : 'integer';
    await db.schema
      .createTable('audit_log')
      .addColumn('seq', sql.raw(seqType), (column) => column.primaryKey())
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('at', 'text', (column) => column.notNull())
      .addColumn('actor', 'text', (column) => column.notNull())
      .addColumn('platform', 'text', (column) => column.notNull())
      .addColumn('event', 'text', (column) => column.notNull())
      .addColumn('prev_hash', 'text', (column) => column.notNull())
      .addColumn('hash', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('account_grants')
      .addColumn('subject', 'text', (column) => column.notNull())
      .addColumn('account', 'text', (column) => column.notNull())
      .addColumn('granted_by', 'text', (column) => column.notNull())
      .addColumn('granted_at', 'text', (column) => column.notNull())
      .addColumn('expires_at', 'text')
      .addColumn('reason', 'text')
      .addPrimaryKeyConstraint('account_grants_pk', ['subject', 'account'])
      .execute();
    await db.schema
      .createTable('app_approvals')
      .addColumn('app', 'text', (column) => column.primaryKey())
      .addColumn('granted_by', 'text', (column) => column.notNull())
      .addColumn('granted_at', 'text', (column) => column.notNull())
      .addColumn('expires_at', 'text')
      .addColumn('reason', 'text')
      .execute();
    await db.schema
      .createTable('acknowledgements')
      .addColumn('person', 'text', (column) => column.notNull())
      .addColumn('policy_version', 'text', (column) => column.notNull())
      .addColumn('at', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('acknowledgements_pk', ['person', 'policy_version'])
      .execute();
    await db.schema
      .createTable('deliveries')
      .addColumn('key', 'text', (column) => column.primaryKey())
      .addColumn('seen_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('deliveries_seen_at').on('deliveries').column('seen_at').execute();
    await refuseAuditChanges(db, engine);
  },
};

/** The database itself refuses to change or remove an audit entry, whoever asks. */
const refuseAuditChanges: Migration['up'] = async (db, engine) => {
  const { sql } = await import('kysely');
  if (engine === 'sqlite') {
    for (const operation of ['UPDATE', 'DELETE'] as const) {
      await sql
        .raw(
          `CREATE TRIGGER audit_log_no_${operation.toLowerCase()} BEFORE ${operation} ON audit_log ` +
            `BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
        )
        .execute(db);
    }
    return;
  }
  await sql
    .raw(
      `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`,
    )
    .execute(db);
  await sql.raw('CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()').execute(db);
  await sql.raw('CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()').execute(db);
};
