#!/usr/bin/env python3
"""A local stand-in for Mixpanel's raw export and engage APIs (shared/docs/mixpanel.md), for tests.

Usage: mixpanel_emulator.py PORT [EVENTS_PER_DAY] [FIXTURE_DIR]. Binds 127.0.0.1 only, on the port
given (0 = any free port) and prints "PORT <n>" on stdout once it listens. With FIXTURE_DIR the export
serves DIR/YYYY-MM-DD.jsonl.gz as it is (for the sync benchmark). Events are generated deterministically per day from a seed, so a test knows exactly
what the store must hold. Faults are switched per test through POST /control with a JSON body:
  {"faults": [{"kind": "429", "times": 2, "retry_after": 1}, ...], "changes": {...}}
Kinds: 429, 500, 502, 503, 401, drop (connection closed mid-body), truncated_gzip, terminated_early,
slow (body sent in slow pieces), malformed (one bad line among good ones, which stays).
Each fault applies to the next `times` export requests (default 1) and then clears itself.
"failure_rate": F (with "failure_seed") makes that share of export and engage requests fail at random
with 429 (Retry-After 0), 500, 502, 503, a dropped connection, a cut gzip body or `terminated early`.
"engage_faults" does the same for profile pages (kinds 429, 500, 502, 503, drop, 401, 402, 403).
Profiles are served only as mixpanel.md 3.1 documents them: POST /api/query/engage?project_id=N with a
form-urlencoded body (page, session_id); a GET there or on the legacy /api/2.0/engage gets 405.
GET /stats returns the requests seen (export and engage apart), so tests can check pacing and retries.
"""
import base64
import datetime
import gzip
import hashlib
import json
import os
import random
import re
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

USERNAME = "svc-user"
SECRET = "s3cret-emulator-token"
PROJECT = "4242"


class State:
    def __init__(self, seed, events_per_day):
        self.seed = seed
        self.events_per_day = events_per_day
        self.faults = []
        self.engage_faults = []
        self.engage_requests = []
        self.failure_rate = 0.0
        self.failures = random.Random(1)
        self.profile_count = 50
        self.deleted = set()   # insert ids removed "upstream"
        self.added = {}        # day -> extra events
        self.requests = []
        self.lock = threading.Lock()
        self.fixture_dir = None
        self.local_offset_minutes = 0

    def events_for_day(self, day):
        out = []
        base = int(datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc).timestamp() * 1000)
        for i in range(self.events_per_day):
            h = hashlib.sha256(f"{self.seed}:{day.isoformat()}:{i}".encode()).digest()
            insert_id = h[:8].hex()
            if insert_id in self.deleted:
                continue
            out.append({"event": ["view", "click", "signup", "purchase"][h[8] % 4],
                        "properties": {"time": base + int.from_bytes(h[9:13], "big") % 86400000,
                                       "distinct_id": f"user-{h[13] % 50}", "$insert_id": insert_id,
                                       "mp_processing_time_ms": 0, "plan": ["free", "pro"][h[14] % 2]}})
            p = out[-1]["properties"]
            p["mp_processing_time_ms"] = p["time"] + 2000 + (h[15] % 120) * 1000  # processed seconds later (UTC)
            p["time"] += self.local_offset_minutes * 60000  # pre-2023 projects: the project's clock
        out.extend(self.added.get(day.isoformat(), []))
        return out

    def take_fault(self, which="faults"):
        with self.lock:
            faults = getattr(self, which)
            if not faults:
                if self.failure_rate > 0 and self.failures.random() < self.failure_rate:
                    kinds = ["429", "500", "502", "503", "drop"]
                    if which == "faults":
                        kinds += ["truncated_gzip", "terminated_early"]
                    return {"kind": self.failures.choice(kinds), "retry_after": 0}
                return None
            fault = faults[0]
            fault["times"] = fault.get("times", 1) - 1
            if fault["times"] <= 0:
                faults.pop(0)
            return fault


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body=b"", headers=None):
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def authorized(self):
        auth = self.headers.get("Authorization", "")
        if not auth.startswith("Basic "):
            return False
        user, _, password = base64.b64decode(auth[6:]).decode().partition(":")
        return (user == USERNAME and password == SECRET) or (user == SECRET and password == "")

    def do_POST(self):
        state = self.server.state
        if self.path == "/control":
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
            with state.lock:
                state.faults = body.get("faults", [])
                state.engage_faults = body.get("engage_faults", [])
                if "profiles" in body:
                    state.profile_count = body["profiles"]
                state.failure_rate = body.get("failure_rate", 0.0)
                state.failures = random.Random(body.get("failure_seed", 1))
                state.deleted |= set(body.get("delete", []))
                for day, events in body.get("add", {}).items():
                    state.added.setdefault(day, []).extend(events)
                if "local_offset_minutes" in body:
                    state.local_offset_minutes = body["local_offset_minutes"]
                if body.get("reset_stats"):
                    state.requests = []
                    state.engage_requests = []
            return self.reply(200, b"{}")
        url = urlparse(self.path)
        if url.path == "/api/query/engage":
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            length = int(self.headers.get("Content-Length", 0))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            with state.lock:
                state.engage_requests.append({"method": "POST", "query": query, "form": form, "at": time.time()})
            return self.engage(query, form)
        self.reply(404)

    def do_GET(self):
        state = self.server.state
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        if url.path == "/stats":
            with state.lock:
                return self.reply(200, json.dumps({"requests": state.requests,
                                                   "engage_requests": state.engage_requests}).encode())
        if url.path == "/api/2.0/export":
            with state.lock:
                state.requests.append({"path": url.path, "query": query, "at": time.time()})
            return self.export(query)
        if url.path in ("/api/2.0/engage", "/api/query/engage"):
            with state.lock:
                state.engage_requests.append({"method": "GET", "query": query, "at": time.time()})
            return self.reply(405, b'{"error":"use POST /api/query/engage with a form body"}', {"Allow": "POST"})
        if url.path in ("/generic/events.jsonl", "/generic/events.csv"):
            with state.lock:
                state.requests.append({"path": url.path, "query": query, "at": time.time()})
            return self.generic(query, url.path.endswith(".csv"))
        self.reply(404, b'{"error":"not found"}')

    def export(self, query):
        state = self.server.state
        if state.fixture_dir:
            return self.export_fixture(query)
        fault = state.take_fault()
        kind = fault["kind"] if fault else None
        if kind == "401" or not self.authorized():
            return self.reply(401, b'{"error":"Unable to authenticate request"}')
        if query.get("project_id") != PROJECT:
            return self.reply(401, b'{"error":"wrong project_id"}')
        if kind == "429":
            return self.reply(429, b'{"error":"Query rate limit exceeded"}', {"Retry-After": str(fault.get("retry_after", 1))})
        if kind in ("500", "502", "503"):
            return self.reply(int(kind), b'{"error":"server error"}')
        try:
            first = datetime.date.fromisoformat(query["from_date"])
            last = datetime.date.fromisoformat(query["to_date"])
        except (KeyError, ValueError):
            return self.reply(400, b'{"error":"bad from_date or to_date"}')
        if last > datetime.date.today():
            return self.reply(400, b'{"error":"to_date cannot be later than today"}')
        # A `where` on the event time, as hourly requests send it: properties["$time"] >= datetime(A)
        # and properties["$time"] < datetime(B), in seconds.
        bounds = [int(x) for x in re.findall(r"datetime\((\d+)\)", query.get("where", ""))]
        lines = []
        day = first
        while day <= last:
            for e in state.events_for_day(day):
                if len(bounds) == 2 and not (bounds[0] <= e["properties"]["time"] // 1000 < bounds[1]):
                    continue
                if query.get("time_in_ms") != "true":
                    e = json.loads(json.dumps(e))
                    e["properties"]["time"] //= 1000
                lines.append(json.dumps(e, separators=(",", ":")))
            day += datetime.timedelta(days=1)
        if "limit" in query:
            lines = lines[: int(query["limit"])]
        if kind == "malformed":
            lines.insert(len(lines) // 2, '{"event":"broken","properties":')
        if kind == "terminated_early":
            lines = lines[: len(lines) // 2] + ["terminated early"]
        body = ("\n".join(lines) + "\n").encode() if lines else b""
        gzipped = "gzip" in self.headers.get("Accept-Encoding", "")
        if gzipped:
            body = gzip.compress(body)
        if kind == "truncated_gzip" and gzipped:
            body = body[: len(body) * 2 // 3]
        headers = {"Content-Type": "text/plain"}
        if gzipped:
            headers["Content-Encoding"] = "gzip"
        if kind == "drop":
            return self.drop_mid_body(body, headers)
        if kind == "slow":
            self.send_response(200)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for i in range(0, len(body), 512):
                self.wfile.write(body[i:i + 512])
                self.wfile.flush()
                time.sleep(0.02)
            return
        self.reply(200, body, headers)

    def generic(self, query, csv):
        # A plain HTTP source: one day per request, a bearer token, JSON lines or CSV.
        state = self.server.state
        fault = state.take_fault()
        if self.headers.get("Authorization", "") != "Bearer " + SECRET:
            return self.reply(401, b'{"error":"bad token"}')
        if fault and fault["kind"] in ("500", "502", "503"):
            return self.reply(int(fault["kind"]), b"server error")
        day = datetime.date.fromisoformat(query["from"])
        last = datetime.date.fromisoformat(query.get("to", query["from"]))
        events = []
        while day <= last:
            events.extend(state.events_for_day(day))
            day += datetime.timedelta(days=1)
        if csv:
            lines = ["distinct_id,event,time,$insert_id,plan,note"]
            for e in events:
                p = e["properties"]
                lines.append(f'{p["distinct_id"]},{e["event"]},{p["time"]},{p["$insert_id"]},{p.get("plan", "")},"a, quoted ""note"""')
            if fault and fault["kind"] == "malformed":
                lines.insert(2, "user-1,broken")
        else:
            lines = [json.dumps(e, separators=(",", ":")) for e in events]
            if fault and fault["kind"] == "malformed":
                lines.insert(1, "{not json")
        body = ("\n".join(lines) + "\n").encode()
        headers = {"Content-Type": "text/csv" if csv else "application/x-ndjson"}
        if "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        self.reply(200, body, headers)

    def export_fixture(self, query):
        # Benchmarks: pre-made gzip bodies per day, sent as they are.
        if not self.authorized():
            return self.reply(401, b'{"error":"Unable to authenticate request"}')
        # A range is the days' gzip members one after another, which is still one gzip stream.
        body = b""
        day = datetime.date.fromisoformat(query["from_date"])
        while day <= datetime.date.fromisoformat(query["to_date"]):
            path = os.path.join(self.server.state.fixture_dir, day.isoformat() + ".jsonl.gz")
            if os.path.exists(path):
                with open(path, "rb") as f:
                    body += f.read()
            day += datetime.timedelta(days=1)
        self.reply(200, body, {"Content-Type": "text/plain", "Content-Encoding": "gzip"})

    def engage(self, query, form):
        state = self.server.state
        fault = state.take_fault("engage_faults")
        kind = fault["kind"] if fault else None
        if kind == "401" or not self.authorized():
            return self.reply(401, b'{"error":"Unable to authenticate request"}')
        if kind in ("402", "403"):
            return self.reply(int(kind), b'{"error":"not permitted"}')
        if query.get("project_id") != PROJECT:
            return self.reply(401, b'{"error":"wrong project_id"}')
        if self.headers.get("Content-Type", "").split(";")[0] != "application/x-www-form-urlencoded":
            return self.reply(400, b'{"error":"expected a form-urlencoded body"}')
        if kind == "429":
            return self.reply(429, b'{"error":"Query rate limit exceeded"}', {"Retry-After": str(fault.get("retry_after", 1))})
        if kind in ("500", "502", "503"):
            return self.reply(int(kind), b'{"error":"server error"}')
        page = int(form.get("page", "0"))
        if page > 0 and form.get("session_id") != "emulator-session":
            return self.reply(400, b'{"error":"page > 0 needs the session_id of page 0"}')
        page_size = 20
        users = [f"user-{i}" for i in range(state.profile_count)]
        chunk = users[page * page_size:(page + 1) * page_size]
        results = [{"$distinct_id": u, "$properties": {"$name": u.title(), "plan": "pro" if i % 3 == 0 else "free"}}
                   for i, u in enumerate(chunk, start=page * page_size)]
        body = json.dumps({"page": page, "page_size": page_size, "session_id": "emulator-session",
                           "status": "ok", "total": len(users), "results": results}).encode()
        if kind == "drop":
            return self.drop_mid_body(body, {"Content-Type": "application/json"})
        self.reply(200, body, {"Content-Type": "application/json"})

    def drop_mid_body(self, body, headers):
        """Announces the whole body, sends half of it and closes the connection."""
        self.send_response(200)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        self.connection.shutdown(socket.SHUT_RDWR)
        self.close_connection = True


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a client that went away mid-body (tests kill them on purpose) is not news


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    events_per_day = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    server = QuietServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    server.state = State(seed=7, events_per_day=events_per_day)
    server.state.fixture_dir = sys.argv[3] if len(sys.argv) > 3 else None
    print(f"PORT {server.server_address[1]}", flush=True)
    # Ends by itself when the test that started it goes away (stdin closes), or after 15 minutes.
    threading.Thread(target=lambda: (sys.stdin.read(), server.shutdown()), daemon=True).start()
    timer = threading.Timer(900, server.shutdown)
    timer.daemon = True
    timer.start()
    server.serve_forever()


if __name__ == "__main__":
    main()
