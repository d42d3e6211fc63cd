import { enableCompileCache } from 'node:module';
import type { ShellAdapter } from './adapters/shell/shell-adapter.ts';
import type { BotConfig } from './config.ts';
import type { RunningAdapter } from './create-adapter.ts';
import type { Logger } from './logger.ts';
import type { Store } from './policy/ports.ts';
import type { PolicySource, ReloadOutcome } from './policy-source.ts';
import { recordPolicyVersion } from './record-policy-version.ts';

// Before any other module loads: V8 code (and, since Node 22.x, the stripped TypeScript) is kept
// on disk between runs, which took most of the start-up time. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
enableCompileCache();

// Only what every start needs is loaded here, side by side; the rest when (and if) it is needed:
// the store's engine, the chosen SDKs, and the router with the rules on the first request.
const [{ config: loadDotenv }, { loadConfig }, { createLogger }] = await Promise.all([import('dotenv'), import('./config.ts'), import('./logger.ts')]);

/**
 * The composition root: configuration → policy → store and adapters → ready. Slack and Discord
 * are imported only when configured, so the shell starts without loading either SDK. `ready`
 * means the policy validated, the store is open and the policy version recorded, and every
 * adapter is connected and wired to the router, which (with the rules) loads on the first
 * request: see lazy-routing.ts.
 */

/** How long after `ready` the audit trail is checked: once the start's own work is done. */
const TRAIL_CHECK_DELAY_MS = 1000;

const exitWithProblems = (heading: string, problems: readonly string[]): void => {
  process.stderr.write(`${heading}\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
  process.exitCode = 2;
};

/**
 * The policy file's problems too, when the rest of the configuration has some: one start lists
 * every mistake, not one batch at a time. Empty when the file validates (or POLICY_FILE itself is
 * a problem already listed).
 */
const policyFileProblems = async (): Promise<string[]> => {
  const [{ DEFAULT_POLICY_FILE }, { loadPolicyFile }] = await Promise.all([import('./config.ts'), import('./load-policy-file.ts')]);
  const file = process.env.POLICY_FILE || DEFAULT_POLICY_FILE;
  try {
    const loaded = loadPolicyFile(file);
    return loaded.ok ? [] : loaded.problems.map((problem) => `POLICY_FILE: ${problem.startsWith(`${file}: `) ? problem : `${file}: ${problem}`}`);
  } catch {
    return [];
  }
};

const run = async (): Promise<void> => {
  loadDotenv({ quiet: true });
  const outcome = loadConfig(process.env);
  if (!outcome.ok) return exitWithProblems('The configuration has problems:', [...outcome.problems, ...(await policyFileProblems())]);
  const { config } = outcome;
  const logger = createLogger({ level: config.logLevel });
  // Both transports' settings: Socket Mode wins (docs/slack.md), and one moving to HTTP mode who forgot the app token should hear why nothing listens.
  if (config.slack?.appToken && config.slack.signingSecret) logger.warn({}, 'SLACK_SIGNING_SECRET is set but SLACK_APP_TOKEN is too, so Slack runs in Socket Mode and no port listens; empty SLACK_APP_TOKEN for HTTP mode');
  // Begin loading the chosen SDKs now, alongside the policy and the store; createAdapter awaits the same modules.
  if (config.adapters.includes('slack')) void import('./adapters/slack/slack-adapter.ts').catch(() => undefined);
  if (config.adapters.includes('discord')) void import('./adapters/discord/discord-adapter.ts').catch(() => undefined);
  const { openPolicySource, PolicyFileError } = await import('./policy-source.ts');
  // The literal gate's disk cache, installed once before any rule loads: before the policy parser
  // (whose checks load every rule) when the parse cache misses, else before the router's first check.
  let prepared: Promise<void> | undefined;
  const prepare = (): Promise<void> => (prepared ??= import('./literal-gate-cache.ts').then(({ installLiteralGateCache }) => installLiteralGateCache()));
  let policies: PolicySource;
  try {
    policies = await openPolicySource(config.policyFile, prepare);
  } catch (error) {
    if (error instanceof PolicyFileError) return exitWithProblems(`POLICY_FILE: ${config.policyFile} does not validate; fix these or point POLICY_FILE at another file:`, error.problems);
    throw error;
  }

  // The store opens first with PostgreSQL, whose adapters start with it (Discord's leadership lock,
  // Slack's shared deliveries), and with the shell, which reads its first line at once. Otherwise
  // the embedded database opens while Slack and Discord connect, in their network waits; a request
  // that comes sooner waits for it, and `ready` comes only once it is open.
  const openFirst = Boolean(config.databaseUrl) || config.adapters.includes('shell');
  let store = openFirst ? await openTheStore(config, logger) : undefined;
  if (openFirst && !store) return policies.close();
  const opened = Promise.withResolvers<Store>();
  // Nobody may be waiting when it fails: that alone must not be an unhandled rejection.
  opened.promise.catch(() => undefined);
  if (store) opened.resolve(store);
  const { lazyRouting } = await import('./lazy-routing.ts');
  // The rules' pattern analyses come from a disk cache when they can (tens of ms of every first request otherwise).
  const routing = lazyRouting({ policy: () => policies.current().policy, store: opened.promise, prepare, owners: config.owners, clock: { now: () => new Date() }, logger });
  // The shell's first line is waiting for the router: begin loading it while the adapter starts.
  if (config.adapters.includes('shell')) void routing.load().catch(() => undefined);

  let adapters: RunningAdapter[] = [];
  let stopping: Promise<void> | undefined;
  // The audit trail's start-up check (a moment after `ready`); a shutdown before then runs it at
  // once (a piped shell session is over in less), and lets it finish before the store closes.
  let trailCheck: Promise<void> | undefined;
  let trailCheckTimer: NodeJS.Timeout | undefined;
  let checkTrailNow: (() => void) | undefined;
  const shutdown = (reason: string): Promise<void> => {
    stopping ??= (async () => {
      logger.info({ reason }, 'stopping');
      await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
      clearTimeout(trailCheckTimer);
      if (trailCheck === undefined) checkTrailNow?.();
      await trailCheck;
      policies.close();
      await store?.close().catch(() => undefined);
      logger.info({}, 'stopped');
    })();
    return stopping;
  };
  // From here the policy is open, then the store and the adapters: a failure to start closes them again.
  const failToStart = async (error: unknown): Promise<void> => {
    const [{ describeFault }, { isUserError }] = await Promise.all([import('./commands/describe-fault.ts'), import('./policy/errors.ts')]);
    logger.error({ fault: describeFault(error) }, 'start failed');
    process.stderr.write(`The bot could not start: ${isUserError(error) ? error.message : 'an unexpected fault (see the log)'}\n`);
    await shutdown('start failed');
    process.exitCode = 1;
    exitSoon();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    void shutdown(signal).then(exitSoon);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const { createAdapter } = await import('./create-adapter.ts');
    adapters = await Promise.all(config.adapters.map((platform) => createAdapter(platform, { config, logger, store, home: routing.home, policy: () => policies.current().policy })));
  } catch (error) {
    return failToStart(error);
  }
  const starting = Promise.allSettled(adapters.map((adapter) => adapter.start(routing.handle)));
  store ??= await openTheStore(config, logger);
  // A signal while the embedded store was opening: shutdown has already run, without this store.
  if (stopping) {
    if (!openFirst) await store?.close().catch(() => undefined);
    return;
  }
  if (!store) {
    opened.reject(new Error('the store did not open'));
    await starting;
    await shutdown('store failed to open');
    return exitSoon();
  }
  opened.resolve(store);
  try {
    await recordPolicyVersion(store, policies.current().policy);
  } catch (error) {
    await starting;
    return failToStart(error);
  }
  if (stopping) return;
  const running = store;
  const onReload = (reload: ReloadOutcome): void => {
    if (reload.kind === 'loaded') {
      logger.info({ previousVersion: reload.previousVersion, policyVersion: reload.version }, 'policy reloaded');
      void recordPolicyVersion(running, policies.current().policy).catch((error: unknown) => logger.error({ fault: error instanceof Error ? error.name : 'unknown' }, 'policy version not recorded'));
    } else if (reload.kind === 'refused') {
      logger.warn({ policyVersion: reload.version, problems: reload.problems }, 'policy file does not validate; keeping the running policy');
    }
  };
  if (!policies.watchFile(onReload)) logger.warn({}, 'the policy file cannot be watched for changes; send SIGHUP to reload it');
  // SIGHUP reloads on demand (operators' habit, and for file systems where watching is unreliable).
  process.on('SIGHUP', () => void policies.reload().then(onReload));

  const started = await starting;
  const failures = started.flatMap((result, index) => (result.status === 'rejected' ? [{ platform: adapters[index]!.platform, error: result.reason as unknown }] : []));
  if (failures.length > 0) {
    const [{ describeFault }, { describeStartFailure }] = await Promise.all([import('./commands/describe-fault.ts'), import('./start-failure.ts')]);
    const described = failures.map(({ platform, error }) => describeStartFailure(platform, error, config.port));
    // A failure told in words (a token refused, a port in use, no answer) needs no stack in the log; only an unexpected fault does.
    failures.forEach(({ platform, error }, index) => {
      const { stack: _stack, ...fault } = describeFault(error);
      logger.error({ adapter: platform, fault: described[index]!.recognised ? fault : describeFault(error) }, 'adapter failed to start');
    });
    process.stderr.write(`The bot could not start:\n${described.map((failure) => `  - ${failure.message}`).join('\n')}\n`);
    await shutdown('start failed');
    process.exitCode = described.some((failure) => failure.configuration) ? 2 : 1;
    exitSoon();
    return;
  }
  // Stopped while the adapters connected: never claim to be ready after "stopped".
  if (stopping) return;
  const port = adapters.find((adapter) => adapter.port !== undefined)?.port;
  // A standby (another instance holds Discord's one gateway session) is ready to take over, not connected: say which.
  const standingBy = adapters.filter((adapter) => adapter.standingBy?.() === true).map((adapter) => adapter.platform);
  logger.info(
    { adapters: config.adapters, ...(standingBy.length === 0 ? {} : { standingBy }), ...(port === undefined ? {} : { port }), policyVersion: policies.current().policy.version, store: store.engine },
    'ready',
  );
  const audit = store.audit;
  checkTrailNow = () => {
    trailCheck = import('./trail-start-check.ts')
      .then(({ checkTrailAtStart }) => checkTrailAtStart(audit, logger))
      .catch((error: unknown) => logger.warn({ fault: error instanceof Error ? error.name : 'unknown' }, 'the audit trail could not be checked'));
  };
  // Not at once: loading the query builder would hold up the `ready` line just written, and the first requests.
  trailCheckTimer = setTimeout(checkTrailNow, TRAIL_CHECK_DELAY_MS);

  const shell = adapters.find((adapter): adapter is ShellAdapter & RunningAdapter => adapter.platform === 'shell');
  if (shell && adapters.length === 1) {
    // Piped input has ended (or Ctrl-D): every answer is written, so the bot is done.
    await shell.finished;
    await shutdown('end of input');
    exitSoon();
  }
};

/**
 * Opens the store the configuration names; on failure says which and why on standard error, sets
 * exit code 2 (the configuration names a store that cannot be used, as for any other bad setting)
 * and gives undefined.
 */
const openTheStore = async (config: BotConfig, logger: Logger): Promise<Store | undefined> => {
  try {
    const { openStore } = await import('./store/open-store.ts');
    return await openStore({ dataDir: config.dataDir, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}) });
  } catch (error) {
    const { openFailureReason } = await import('./store/store-config.ts');
    const where = config.databaseUrl ? 'DATABASE_URL: the PostgreSQL database' : `DATA_DIR: the embedded database under ${config.dataDir}`;
    const code = (error as { code?: unknown } | null)?.code;
    logger.error({ fault: { type: error instanceof Error ? error.name : typeof error, ...(typeof code === 'string' ? { code } : {}) } }, 'store failed to open');
    const reason = openFailureReason(error);
    process.stderr.write(`${where} could not be opened${reason === undefined ? '' : `: ${reason}`}. Check the setting, and that it is reachable and writable.\n`);
    process.exitCode = 2;
    return undefined;
  }
};

/** Everything is closed; if a library still holds a handle open, do not let it keep the process alive. */
const exitSoon = (): void => {
  setTimeout(() => process.exit(process.exitCode ?? 0), 500).unref();
};

try {
  await run();
} catch (error) {
  process.stderr.write(`Policy bot could not start (${error instanceof Error ? error.name : 'unknown error'}).\n`);
  process.exitCode = 1;
}
