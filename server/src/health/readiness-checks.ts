import { Injectable } from '@nestjs/common';
import { DatabaseNodeState } from '../database/node-state.js';
import { HealthRepository } from './health.repository.js';
import type { ReadinessCheck } from './readiness.js';
import { ShutdownState } from './shutdown-state.js';

/** Not ready once SIGTERM/SIGINT arrived: the load balancer stops sending new requests while those in flight end. */
@Injectable()
export class DrainingCheck implements ReadinessCheck {
  readonly name = 'draining';

  constructor(private readonly shutdown: ShutdownState) {}

  check(): Promise<void> {
    return this.shutdown.draining ? Promise.reject(new Error('shutting down')) : Promise.resolve();
  }
}

@Injectable()
export class DatabaseCheck implements ReadinessCheck {
  readonly name = 'database';

  constructor(private readonly database: HealthRepository) {}

  async check(): Promise<void> {
    await this.database.ping().catch(rethrowWithCodeOnly);
  }
}

/**
 * Not ready while the database lacks migrations this build expects: while another process (or `npm run migrate`)
 * is still migrating, and when a deploy skipped the migration step. Old builds stay ready during a migration that
 * only adds to the schema.
 */
@Injectable()
export class MigrationsCheck implements ReadinessCheck {
  readonly name = 'migrations';

  constructor(private readonly database: HealthRepository) {}

  async check(): Promise<void> {
    const pending = await this.database.pendingMigrations().catch(rethrowWithCodeOnly);
    if (pending.length > 0) {
      throw new Error(`${pending.length} migration(s) pending: run \`npm run migrate\``);
    }
  }
}

/** On a Galera cluster: not ready while the node this server reaches is joining, a donor, or not yet prepared. */
@Injectable()
export class DatabaseNodeCheck implements ReadinessCheck {
  readonly name = 'database-node';

  constructor(private readonly node: DatabaseNodeState) {}

  async check(): Promise<void> {
    const state = await this.node.check();
    if (!state.ready) {
      throw new Error(state.reason);
    }
  }
}

/** The driver's code (ECONNREFUSED, ER_ACCESS_DENIED_ERROR…) says enough; its message may name hosts and users. */
function rethrowWithCodeOnly(error: unknown): never {
  throw new Error(`query failed (${(error as { code?: string }).code ?? 'no error code'})`, { cause: error });
}
