// HAProxy's health check of one Galera node: a tiny HTTP server that answers 200 only while the node is Synced and
// wsrep_ready=ON, 503 otherwise (joining, donor, cut off, down). HAProxy's own mysql-check would only see that the
// node accepts connections, and a joining node does, then refuses queries ("WSREP has not yet prepared node").
// Usage: node check-agent.mjs --listen <port> --mysql-port <port>
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const requireFromServer = createRequire(new URL('../../server/package.json', import.meta.url));
const mysql = requireFromServer('mysql2/promise');

const { values } = parseArgs({ options: { listen: { type: 'string' }, 'mysql-port': { type: 'string' } } });
const listenPort = Number(values.listen);
const mysqlPort = Number(values['mysql-port']);
if (!listenPort || !mysqlPort) {
  console.error('usage: node check-agent.mjs --listen <port> --mysql-port <port>');
  process.exit(2);
}

/** A fresh connection per check: a node that died or hangs must fail the check, not a stale connection. */
async function nodeState() {
  let connection;
  try {
    connection = await mysql.createConnection({
      host: '127.0.0.1',
      port: mysqlPort,
      user: 'root',
      connectTimeout: 1500,
    });
    const [rows] = await connection.query({
      sql: "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_ready', 'wsrep_local_state_comment')",
      timeout: 1500,
    });
    const status = Object.fromEntries(rows.map((row) => [row.Variable_name.toLowerCase(), row.Value]));
    const synced = status.wsrep_ready === 'ON' && status.wsrep_local_state_comment === 'Synced';
    return { synced, text: `wsrep_ready=${status.wsrep_ready} state=${status.wsrep_local_state_comment}` };
  } catch (error) {
    return { synced: false, text: `unreachable: ${error.code ?? error.message}` };
  } finally {
    connection?.destroy();
  }
}

createServer(async (_request, response) => {
  const { synced, text } = await nodeState();
  response.writeHead(synced ? 200 : 503, { 'Content-Type': 'text/plain', Connection: 'close' }).end(`${text}\n`);
}).listen(listenPort, '127.0.0.1');
