#!/usr/bin/env python3
"""A stand-in service for the deploy example and shipgate's deploy tests.

  standin.py backend   serves /health/live, /health/db, /health/recovery-stats, POST /health/recover
  standin.py frontend  serves / (an HTML page) and /health
  standin.py tunnel    listens on PUBLIC_PORT and forwards every GET to ORIGIN (a local origin)

Environment: PORT (or PUBLIC_PORT for the tunnel), VERSION (sent as X-App-Version and in bodies),
MODE: ok | never-ready | exit-at-start | recover (ready only after POST /health/recover) |
slow (ready after READY_AFTER_MS) | no-route (tunnel: answers 502), RECOVER_LOG: a file that gets
one line per recovery trigger, MODE_FILE: the tunnel reads its mode from this file on every
request (so a test can break a running tunnel), SAY: a line printed at start (tests print canary values with it).
"""
import http.server
import json
import os
import signal
import sys
import time
import urllib.request

role = sys.argv[1] if len(sys.argv) > 1 else "backend"
mode = os.environ.get("MODE", "ok")
version = os.environ.get("VERSION", "dev")
started = time.monotonic()
state = {"ready": mode == "ok", "recovered": 0}

if os.environ.get("SAY"):
    print(os.environ["SAY"], flush=True)
if mode == "exit-at-start":
    print(f"{role}: cannot start: missing config (mode exit-at-start)", flush=True)
    sys.exit(3)


def ready():
    if mode == "slow":
        return (time.monotonic() - started) * 1000 >= int(os.environ.get("READY_AFTER_MS", "500"))
    return state["ready"]


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):
        print(f"{role}: {self.command} {self.path} -> {fmt % args}", flush=True)

    def reply(self, status, body, ctype="application/json"):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-App-Version", version)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if role == "tunnel":
            return self.forward()
        if self.path in ("/health", "/health/live"):
            ok = ready()
            return self.reply(200 if ok else 503, json.dumps({"status": "alive" if ok else "starting", "version": version}))
        if self.path == "/health/db":
            return self.reply(200, json.dumps({"ready": ready()}))
        if self.path == "/health/recovery-stats":
            return self.reply(200, json.dumps({"recoveries": state["recovered"], "mode": mode}))
        if role == "frontend" and self.path == "/":
            return self.reply(200, f"<html><body>app {version}</body></html>", "text/html")
        self.reply(404, json.dumps({"error": "not found"}))

    def do_POST(self):
        if self.path == "/health/recover":
            state["recovered"] += 1
            log = os.environ.get("RECOVER_LOG")
            if log:
                with open(log, "a") as f:
                    f.write("recover\n")
            if mode == "recover":
                state["ready"] = True
            return self.reply(202, json.dumps({"triggered": True}))
        self.reply(404, json.dumps({"error": "not found"}))

    def forward(self):
        current = mode
        if os.environ.get("MODE_FILE") and os.path.exists(os.environ["MODE_FILE"]):
            current = open(os.environ["MODE_FILE"]).read().strip() or mode
        if current == "no-route":
            return self.reply(502, "<html><body>502 Bad Gateway</body></html>", "text/html")
        try:
            with urllib.request.urlopen(os.environ["ORIGIN"].rstrip("/") + self.path, timeout=5) as r:
                body = r.read().decode()
                self.send_response(r.status)
                for k in ("Content-Type", "X-App-Version"):
                    if r.headers.get(k):
                        self.send_header(k, r.headers[k])
                self.send_header("Content-Length", str(len(body.encode())))
                self.end_headers()
                self.wfile.write(body.encode())
        except Exception as e:  # the origin is down: what a tunnel edge shows
            self.reply(502, f"<html><body>502 origin unreachable: {e}</body></html>", "text/html")


signal.signal(signal.SIGTERM, lambda *a: (print(f"{role}: SIGTERM, stopping", flush=True), sys.exit(0)))
port = int(os.environ.get("PUBLIC_PORT" if role == "tunnel" else "PORT", "8000"))
server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
print(f"{role} {version} listening on 127.0.0.1:{port} (mode {mode})", flush=True)
server.serve_forever()
