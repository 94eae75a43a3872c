// The configuration files of the local cluster, as text: one my.cnf per Galera node, HAProxy's and nginx's.
import { join } from 'node:path';
import { NODES, SERVERS } from './layout.mjs';

/** A Galera node's my.cnf, as it worked on these machines (README › Scale-out explains the choices). */
export function nodeConfig(layout, n, { user }) {
  const node = layout.node(n);
  const peers = NODES.map((m) => `127.0.0.1:${layout.node(m).galeraPort}`).join(',');
  return `# Galera node ${n} of the ${layout.name} cluster; written by scripts/cluster (changes are overwritten).
[mysqld]
${user ? `user=${user}` : ''}
datadir=${join(node.dir, 'data')}
socket=${join(node.dir, 'mariadbd.sock')}
pid-file=${join(node.dir, 'mariadbd.pid')}
log-error=${join(node.dir, 'error.log')}
port=${node.sqlPort}
bind-address=127.0.0.1
skip-name-resolve
max_connections=300
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_flush_log_at_trx_commit=1
innodb_buffer_pool_size=128M
performance_schema=OFF
binlog_format=ROW
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci

wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=${layout.clusterName}
wsrep_cluster_address=gcomm://${peers}
wsrep_node_name=node${n}
wsrep_node_address=127.0.0.1:${node.galeraPort}
wsrep_node_incoming_address=127.0.0.1:${node.sqlPort}
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:${node.galeraPort};ist.recv_addr=127.0.0.1:${node.istPort};gcache.size=64M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:${node.sstPort}
wsrep_slave_threads=2
`;
}

/**
 * HAProxy in TCP mode in front of the nodes. A node is in rotation only while its check agent answers 200 (Synced and
 * wsrep_ready=ON); when it is marked down, its open connections are cut (on-marked-down shutdown-sessions) so that the
 * servers' pools drop them at once and reconnect through a node that is up. Each listener sends every connection to one
 * node and keeps the others as ordered backups: writes go through one node at a time (no certification conflicts
 * between nodes in normal running), the others take over in a second or two.
 */
export function haproxyConfig(layout) {
  const servers = (order) =>
    order
      .map((n, i) => {
        const node = layout.node(n);
        return `  server node${n} 127.0.0.1:${node.sqlPort} check port ${node.checkPort}${i > 0 ? ' backup' : ''}`;
      })
      .join('\n');
  const listener = (name, port, order) => `listen ${name}
  bind 127.0.0.1:${port}
  option httpchk GET /
  http-check expect status 200
${servers(order)}
`;
  const rotate = (first) => NODES.map((_, i) => NODES[(NODES.indexOf(first) + i) % NODES.length]);
  return `# HAProxy for the ${layout.name} Galera cluster; written by scripts/cluster (changes are overwritten).
global
  maxconn 4000
  stats socket ${join(layout.haproxy.dir, 'admin.sock')} mode 600 level admin

defaults
  mode tcp
  timeout connect 2s
  # Pooled database connections sit idle for long stretches.
  timeout client 1h
  timeout server 1h
  retries 2
  option redispatch
  default-server inter 1s fastinter 500ms downinter 1s rise 2 fall 2 on-marked-down shutdown-sessions

${listener('galera', layout.haproxy.port, NODES)}
${SERVERS.map((n) => listener(`galera-node${n}-first`, layout.haproxy.pinnedPort(n), rotate(n))).join('\n')}
listen stats
  mode http
  bind 127.0.0.1:${layout.haproxy.statsPort}
  stats enable
  stats uri /
  stats refresh 2s
`;
}

/**
 * nginx in front of the server processes. Open-source nginx has passive health checks: a server that refuses or drops
 * connections is taken out for 5 s (max_fails/fail_timeout) and the request goes to the next one. nginx retries a
 * request on another server only when the first never received it (proxy_next_upstream's default leaves out
 * non-idempotent requests already sent), so a booking is never sent twice by nginx; the app's Idempotency-Key covers
 * the client's own retry.
 */
export function nginxConfig(layout, { user }) {
  const temp = (name) => join(layout.nginx.dir, 'tmp', name);
  return `# nginx for the ${layout.name} cluster; written by scripts/cluster (changes are overwritten).
${user ? `user ${user};` : ''}
worker_processes 1;
daemon off;
pid ${join(layout.nginx.dir, 'nginx.pid')};
error_log ${join(layout.logDir, 'nginx-error.log')} warn;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  upstream wac_servers {
${SERVERS.map((n) => `    server 127.0.0.1:${layout.server(n).port} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${layout.nginx.port};
    client_max_body_size 10m;
    location / {
      proxy_pass http://wac_servers;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
  }
}
`;
}
