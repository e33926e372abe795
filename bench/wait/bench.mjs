// Readiness detection latency: how long after a service becomes ready does each waiter exit?
// Compares `shipgate wait` with wait-on (npm), one waiter at a time, on this machine's loopback.
//
//   cd bench/wait && npm ci && node bench.mjs            (TRIALS=10 by default)
//
// Scenario "port opens": nothing listens on the port (connection refused) until time T.
// Scenario "503 then 200": the server answers 503 until T, then 200.
// Latency = the waiter's process exit - T. Each waiter is started 2 s before T, so its start-up
// (JVM or Node) is over and it is polling when the service becomes ready; a random 0-1 s more
// keeps the ready moment from lining up with any waiter's poll schedule.
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const TRIALS = Number(process.env.TRIALS ?? 10);
const LEAD_MS = 2000;
// A random extra delay, so the ready moment does not line up with a waiter's poll schedule.
const lead = () => LEAD_MS + Math.random() * 1000;

const waiters = {
  'shipgate wait (default, 25ms local)': (url) => [path.join(root, 'shipgate'), ['wait', url, '--timeout', '30s']],
  'wait-on (default 250ms interval)': (url) => [path.join(here, 'node_modules', '.bin', 'wait-on'), ['-t', '30000', url]],
  'wait-on -i 50': (url) => [path.join(here, 'node_modules', '.bin', 'wait-on'), ['-t', '30000', '-i', '50', url]],
};

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function run(cmd, args) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'ignore'] });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, at: performance.now() })));
}

async function portOpens(waiter) {
  const port = await freePort();
  const [cmd, args] = waiter(`http://127.0.0.1:${port}/health`);
  const exited = run(cmd, args);
  await new Promise((r) => setTimeout(r, lead()));
  const server = http.createServer((req, res) => res.end('{"status":"alive"}'));
  const readyAt = await new Promise((r) => server.listen(port, '127.0.0.1', () => r(performance.now())));
  const { code, at } = await exited;
  server.close();
  server.closeAllConnections();
  return { code, ms: at - readyAt };
}

async function turnsHealthy(waiter) {
  const port = await freePort();
  let ready = false;
  const server = http.createServer((req, res) => {
    res.statusCode = ready ? 200 : 503;
    res.end(ready ? '{"status":"alive"}' : '{"status":"starting"}');
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  const [cmd, args] = waiter(`http://127.0.0.1:${port}/health`);
  const exited = run(cmd, args);
  await new Promise((r) => setTimeout(r, lead()));
  ready = true;
  const readyAt = performance.now();
  const { code, at } = await exited;
  server.close();
  server.closeAllConnections();
  return { code, ms: at - readyAt };
}

function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  const q = (p) => v[Math.min(v.length - 1, Math.floor(p * v.length))];
  return { median: q(0.5), p90: q(0.9), max: v[v.length - 1] };
}

// Warm-up: builds target/shipgate.jar if needed and writes the class-data archive.
await run(path.join(root, 'shipgate'), ['wait', path.join(here, 'package.json'), '--timeout', '60s']);

console.log(`detection latency (ms, process exit - ready), ${TRIALS} trials each, node ${process.version}`);
console.log('scenario          waiter                                  median    p90    max');
for (const [scenario, fn] of [['port opens', portOpens], ['503 then 200', turnsHealthy]]) {
  for (const [name, waiter] of Object.entries(waiters)) {
    const ms = [];
    for (let i = 0; i < TRIALS; i++) {
      const r = await fn(waiter);
      if (r.code !== 0) throw new Error(`${name} exited ${r.code} in "${scenario}"`);
      ms.push(r.ms);
    }
    const s = stats(ms);
    const f = (x) => x.toFixed(0).padStart(6);
    console.log(`${scenario.padEnd(17)} ${name.padEnd(38)} ${f(s.median)} ${f(s.p90)} ${f(s.max)}`);
  }
}
