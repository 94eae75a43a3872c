import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export type NodeState = { ready: true } | { ready: false; reason: string };

/** How long readiness waits for the node's answer: a node that cannot answer in that time is not ready. */
const CHECK_TIMEOUT_MS = 3000;

/**
 * Whether the database node this server talks to can serve requests. On a Galera node that means `wsrep_ready` = ON
 * and `wsrep_local_state_comment` = Synced: a joining or donor node may answer `SELECT 1` and still refuse bookings
 * ("WSREP has not yet prepared node for application use"). On one MySQL/MariaDB (`wsrep_on` = OFF) or TiDB (no such
 * variable), answering is enough; SQLite is always ready.
 */
@Injectable()
export class DatabaseNodeState {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async check(): Promise<NodeState> {
    if (this.dataSource.options.type === 'better-sqlite3') {
      return { ready: true };
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<NodeState>((resolve) => {
      timer = setTimeout(
        () => resolve({ ready: false, reason: 'the database did not answer in time' }),
        CHECK_TIMEOUT_MS,
      );
    });
    try {
      return await Promise.race([this.askNode(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async askNode(): Promise<NodeState> {
    // One connection for both questions: each pooled connection may reach a different node.
    const runner = this.dataSource.createQueryRunner();
    try {
      const wsrepOn = (await runner.query("SHOW VARIABLES LIKE 'wsrep_on'")) as StatusRow[];
      if (wsrepOn[0]?.Value !== 'ON') {
        return { ready: true };
      }
      const status = (await runner.query("SHOW STATUS LIKE 'wsrep_%'")) as StatusRow[];
      return galeraNodeState(new Map(status.map((row) => [row.Variable_name.toLowerCase(), row.Value])));
    } catch {
      return { ready: false, reason: 'the database does not answer' };
    } finally {
      await runner.release().catch(() => undefined);
    }
  }
}

interface StatusRow {
  Variable_name: string;
  Value: string;
}

/** Readiness of a Galera node (`wsrep_on` = ON) from its wsrep status variables. */
export function galeraNodeState(status: ReadonlyMap<string, string>): NodeState {
  const ready = status.get('wsrep_ready');
  const state = status.get('wsrep_local_state_comment');
  if (ready !== 'ON') {
    return { ready: false, reason: `Galera node not ready (wsrep_ready=${ready ?? 'unknown'})` };
  }
  if (state !== 'Synced') {
    return { ready: false, reason: `Galera node is ${state ?? 'in an unknown state'}, not Synced` };
  }
  return { ready: true };
}
