// The yardstick: Node's own HTTP server answering a fixed JSON body of about 1 KB, nothing else (no framework, no
// database). The reads benchmark divides every other figure by this one, measured in the same run.
import { createServer } from 'node:http';

const body = JSON.stringify({
  items: Array.from({ length: 6 }, (_, i) => ({
    code: `centre-${i}`,
    name: `服务中心 ${i}`,
    address: '泉州市某区某街道某路 1 号',
    latitude: 24.9 + i / 100,
    longitude: 118.6 + i / 100,
    status: 'open',
  })),
});

createServer((request, response) => {
  response.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1');
