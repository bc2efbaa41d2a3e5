"""The deployment of deploy/ run on this machine, without Docker, and put through its faults.

    .venv/bin/python bench/cluster.py [--replicas 3] [--quick] [--shared-max-age N]

It creates a PostgreSQL database of its own on 127.0.0.1:5432 (dropped at the end), runs
`python -m app migrate` once, starts replicas with `python -m app serve --no-migrate` on free ports
and Debian's nginx (installed with apt-get when missing) with deploy/nginx.conf rendered for them,
all on 127.0.0.1, each in a process group of its own that is killed on the way out. The replicas
reach PostgreSQL through a TCP proxy of the harness's, so that "the database is unreachable" can be
made true for them alone: the server is shared with everything else on the machine.

Then, with wrk (bounded) or Python clients: throughput through nginx with 1, 2 and 3 replicas;
nginx's cache hit rate; a replica SIGKILLed and restarted under load; one SIGTERMed and restarted
(a rolling restart); the database unreachable for 10 s; and a new dataset migrated in while clients
walk pages in both languages. tests/test_cluster.py runs `--quick` and asserts on what it returns.
"""

import argparse
import asyncio
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg
import yaml
from sqlalchemy import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "deploy"))

import common  # bench/ is not a package: its scripts run as files, beside common.py
from render_nginx import render_nginx

ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"  # a server it may create databases on
HOT_URL = "/v1/statistics?limit=5"  # a page every client asks for: nginx's cache answers it
MISS_URL = "/v1/statistics?limit=5"  # with a cursor of its own (common.miss_path): read from the database
CHANGED_SLUG = "zengwangmu-reimbursement-forms"  # the seed's first statistic, on the first page
LANGS = ("zh", "en")
CODINGS = ("gzip", "identity")
REVISED = {"zh": "（修订）", "en": " (revised)"}
CJK = re.compile(r"[\u4e00-\u9fff]")


# ---------------------------------------------------------------------------------------------
# The parts: a database, a cuttable proxy to it, replicas, nginx


def ensure_nginx() -> str:
    """Debian's nginx, installed with apt-get when missing (as root)."""
    for candidate in (shutil.which("nginx"), "/usr/sbin/nginx"):
        if candidate and Path(candidate).exists():
            return candidate
    if shutil.which("apt-get") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=False, capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "nginx-light"], env=env, check=False)
    if Path("/usr/sbin/nginx").exists():
        return "/usr/sbin/nginx"
    sys.exit("nginx is needed: apt-get install -y nginx-light")


@contextmanager
def fresh_database(admin_url: str) -> Iterator[str]:
    """A database of our own on the shared server, dropped on the way out (connections and all):
    its URL."""
    admin_dsn = make_url(admin_url).set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"cluster_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class DatabaseProxy:
    """A TCP proxy between the replicas and PostgreSQL that the harness can cut: while cut, it resets
    every connection, open or new, as a database server that went away would. Runs its own event loop
    in a thread."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.cut_off = False
        self.open: set[asyncio.StreamWriter] = set()
        self.port = 0

    def start(self) -> None:
        self.thread.start()
        server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._handle, "127.0.0.1", 0), self.loop
        ).result()
        self.server = server
        self.port = server.sockets[0].getsockname()[1]

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.cut_off:
            writer.transport.abort()
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.transport.abort()
            return
        self.open |= {writer, up_writer}
        pipes = [
            asyncio.ensure_future(_pipe(reader, up_writer)),
            asyncio.ensure_future(_pipe(up_reader, writer)),
        ]
        try:
            await asyncio.wait(pipes, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for pipe in pipes:
                pipe.cancel()
            for end in (writer, up_writer):
                self.open.discard(end)
                end.transport.abort()

    def cut(self) -> None:
        def reset_all() -> None:
            self.cut_off = True
            for end in list(self.open):
                end.transport.abort()

        self.loop.call_soon_threadsafe(reset_all)

    def restore(self) -> None:
        self.loop.call_soon_threadsafe(setattr, self, "cut_off", False)

    def stop(self) -> None:
        if self.thread.is_alive():
            self.cut()
            self.loop.call_soon_threadsafe(self.server.close)
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(timeout=5)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with suppress(OSError, asyncio.IncompleteReadError):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()


def _start_group(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    """A process in a session (and process group) of its own, so that it and its children can be
    signalled together, its output in `log`."""
    with log.open("ab") as out:
        return subprocess.Popen(
            command, cwd=common.ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def _signal_group(process: subprocess.Popen | None, sig: int) -> None:
    if process is not None and process.poll() is None:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, sig)


def _stop_group(process: subprocess.Popen | None, timeout: float = 15) -> None:
    if process is None:
        return
    _signal_group(process, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        _signal_group(process, signal.SIGKILL)
        process.wait()


@dataclass
class Replica:
    name: str
    port: int
    env: dict[str, str]
    log: Path
    process: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        command = [common.PYTHON, "-m", "app", "serve", "--no-migrate", "--port", str(self.port)]
        self.process = _start_group(command, self.env, self.log)

    def wait_ready(self, timeout: float = 60) -> float:
        assert self.process is not None
        return common.wait_until_up(self.base, "/readyz", self.process, timeout)

    def signal(self, sig: int) -> None:
        _signal_group(self.process, sig)

    def stop(self) -> None:
        _stop_group(self.process)


@dataclass
class Cluster:
    """Everything the harness started, and the addresses to reach it."""

    folder: Path
    database_url: str  # direct, for `migrate`
    proxy: DatabaseProxy
    replicas: list[Replica]
    nginx_port: int
    nginx: subprocess.Popen | None = None
    nginx_bin: str = "nginx"
    rate: int = 100_000
    events: list[str] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.nginx_port}"

    def render(self, count: int) -> None:
        """Write nginx's configuration for the first `count` replicas (the main file and ours)."""
        prefix = self.folder / "nginx"
        for sub in ("temp", "cache"):
            (prefix / sub).mkdir(parents=True, exist_ok=True)
        (prefix / "api.conf").write_text(
            render_nginx(
                [f"127.0.0.1:{replica.port}" for replica in self.replicas[:count]],
                listen=f"127.0.0.1:{self.nginx_port}",
                server_name="127.0.0.1",
                public_host=f"127.0.0.1:{self.nginx_port}",
                cache_dir=str(prefix / "cache"),
                rate=self.rate,
                burst=self.rate,
            )
        )
        # What Debian's (or the Docker image's) main file gives, for a prefix of our own.
        (prefix / "main.conf").write_text(
            "daemon off;\nworker_processes 1;\npid nginx.pid;\nerror_log stderr warn;\n"
            "events { worker_connections 4096; }\n"
            "http {\n"
            "    log_format cache '$upstream_cache_status $status $upstream_status';\n"
            "    access_log cache.log cache buffer=64k flush=1s;\n"
            "    client_body_temp_path temp/body; proxy_temp_path temp/proxy;\n"
            "    fastcgi_temp_path temp/fastcgi; uwsgi_temp_path temp/uwsgi; scgi_temp_path temp/scgi;\n"
            "    include api.conf;\n"
            "}\n"
        )

    def start_nginx(self, count: int) -> None:
        _stop_group(self.nginx)
        shutil.rmtree(self.folder / "nginx" / "cache", ignore_errors=True)
        self.render(count)
        prefix = self.folder / "nginx"
        self.nginx = _start_group(
            [self.nginx_bin, "-p", str(prefix), "-c", str(prefix / "main.conf")],
            dict(os.environ),
            self.folder / "nginx.log",
        )
        common.wait_until_up(self.base, "/readyz", self.nginx, timeout=30)

    def cache_statuses(self) -> Counter[str]:
        """X-Cache-Status of every request nginx logged so far (its log is flushed within 1 s)."""
        log = self.folder / "nginx" / "cache.log"
        return (
            Counter(line.split()[0] for line in log.read_text().splitlines()) if log.exists() else Counter()
        )

    def note(self, text: str) -> None:
        self.events.append(text)
        print(f"[cluster] {text}", file=sys.stderr, flush=True)


def migrate(database_url: str, seed_dir: Path | None = None) -> None:
    env = {**os.environ, "DATABASE_URL": database_url}
    if seed_dir is not None:
        env["SEED_DIR"] = str(seed_dir)
    subprocess.run([common.PYTHON, "-m", "app", "migrate"], cwd=common.ROOT, env=env, check=True,
                   capture_output=True)  # fmt: skip


@contextmanager
def cluster(
    replicas: int = 3, shared_max_age: int | None = None, admin_url: str = ADMIN_URL
) -> Iterator[Cluster]:
    """Database, migrate, proxy, replicas and nginx, all stopped on the way out, whatever happens."""
    nginx_bin = ensure_nginx()
    folder = Path(tempfile.mkdtemp(prefix="changdu-cluster-"))
    folder.chmod(0o755)  # nginx's workers run as nobody when the harness is root
    server = make_url(admin_url)
    proxy = DatabaseProxy(server.host or "127.0.0.1", server.port or 5432)
    started: Cluster | None = None
    try:
        with fresh_database(admin_url) as direct:
            migrate(direct)
            proxy.start()
            nginx_port = common.free_port()
            public = f"127.0.0.1:{nginx_port}"
            env = {
                **os.environ,
                "DATABASE_URL": make_url(direct)
                .set(host="127.0.0.1", port=proxy.port)
                .render_as_string(hide_password=False),
                # The settings of the security work (issue 10); today's main ignores them.
                "PUBLIC_URL": f"http://{public}",
                "ALLOWED_HOSTS": f"{public},127.0.0.1",
                "FORWARDED_ALLOW_IPS": "127.0.0.1",
            }
            if shared_max_age is not None:
                env["CACHE_SHARED_MAX_AGE"] = str(shared_max_age)
            started = Cluster(
                folder=folder,
                database_url=direct,
                proxy=proxy,
                replicas=[
                    Replica(f"r{index + 1}", common.free_port(), env, folder / f"r{index + 1}.log")
                    for index in range(replicas)
                ],
                nginx_port=nginx_port,
                nginx_bin=nginx_bin,
            )
            try:
                for replica in started.replicas:
                    replica.start()
                for replica in started.replicas:
                    replica.wait_ready()
                started.start_nginx(len(started.replicas))
                yield started
            finally:
                _stop_group(started.nginx)
                for replica in started.replicas:
                    replica.stop()
    finally:
        proxy.stop()
        if started is not None and os.environ.get("CLUSTER_KEEP_LOGS"):
            print(f"[cluster] logs kept in {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# Load


@dataclass
class Load:
    requests: int
    failed: int  # non-2xx/3xx answers and socket errors
    requests_per_second: float


class WrkRun:
    """wrk in the background for a fixed time, every request a page nginx has not cached."""

    def __init__(self, url: str, seconds: int, connections: int = 8, miss: bool = True) -> None:
        command = [common.ensure_wrk(), "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
        if miss:
            command += ["-s", str(common.MISS_SCRIPT)]
        self.process = subprocess.Popen(
            [*command, url], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            start_new_session=True,
        )  # fmt: skip

    def result(self) -> Load:
        try:
            out, _ = self.process.communicate(timeout=120)
        finally:
            _signal_group(self.process, signal.SIGKILL)
        total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
        bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
        errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
        failed = (int(bad.group(1)) if bad else 0) + (sum(map(int, errors.groups())) if errors else 0)
        return Load(total, failed, rps)


# ---------------------------------------------------------------------------------------------
# Measurements


def throughput(c: Cluster, counts: list[int], seconds: int) -> dict[str, Any]:
    """Requests a second through nginx with 1..N replicas: misses (each request a page of its own,
    built by a replica) and hits (one URL, answered by nginx's cache)."""
    rows = []
    for count in counts:
        c.start_nginx(count)
        WrkRun(c.base + MISS_URL, 1, connections=16).result()  # warm-up
        miss = WrkRun(c.base + MISS_URL, seconds, connections=16).result()
        before = c.cache_statuses()
        hit = WrkRun(c.base + HOT_URL, seconds, connections=16, miss=False).result()
        time.sleep(1.2)  # nginx flushes its log each second
        statuses = c.cache_statuses() - before
        hits = statuses["HIT"] + statuses["UPDATING"]
        rows.append({
            "replicas": count,
            "miss_rps": round(miss.requests_per_second),
            "miss_failed": miss.failed,
            "hit_rps": round(hit.requests_per_second),
            "hit_failed": hit.failed,
            "hit_rate": round(hits / max(1, sum(statuses.values())), 4),
            "cache_statuses": dict(statuses),
        })  # fmt: skip
        c.note(f"throughput {rows[-1]}")
    c.start_nginx(len(c.replicas))
    return {"rows": rows}


def replica_fault(c: Cluster, sig: int, seconds: int) -> dict[str, Any]:
    """Steady load through nginx; `sig` to the first replica after a third of it, restarted at two
    thirds; what clients saw."""
    victim = c.replicas[0]
    run = WrkRun(c.base + MISS_URL, seconds)
    time.sleep(seconds / 3)
    signalled = time.monotonic()
    victim.signal(sig)
    assert victim.process is not None
    victim.process.wait(timeout=30)
    exited = time.monotonic() - signalled
    exit_code = victim.process.returncode
    time.sleep(max(0.0, seconds / 3 - exited))
    victim.start()
    load = run.result()
    ready = victim.wait_ready()
    result = {
        "signal": signal.Signals(sig).name,
        "requests": load.requests,
        "failed": load.failed,
        "rps": round(load.requests_per_second),
        "exit_s": round(exited, 2),
        "exit_code": exit_code,
        "restart_ready_s": round(ready, 2),
    }
    c.note(f"fault {result}")
    return result


def database_outage(c: Cluster, seconds: float = 10) -> dict[str, Any]:
    """The database unreachable for the replicas for `seconds`: cached answers go on, fresh misses
    answer 503 with Retry-After, and every replica recovers without a restart."""
    primed = [HOT_URL, "/v1/article", "/v1/milestones?limit=3", "/v1/statistics?lang=en&limit=3"]
    with httpx.Client(base_url=c.base, timeout=15) as client:
        for url in primed:
            assert client.get(url).status_code == 200
        c.proxy.cut()
        started = time.monotonic()
        cached = Counter()
        fresh = Counter()
        retry_after_missing = 0
        n = 0
        while time.monotonic() - started < seconds:
            for url in primed:
                cached[client.get(url).status_code] += 1
            n += 1
            answer = client.get(common.miss_path(MISS_URL, 1_000_000 + n))  # new to nginx and replicas
            fresh[answer.status_code] += 1
            if answer.status_code == 503 and "retry-after" not in answer.headers:
                retry_after_missing += 1
            time.sleep(0.05)
        c.proxy.restore()
        restored = time.monotonic()
    recovered = {}
    for replica in c.replicas:
        with httpx.Client(base_url=replica.base, timeout=15) as direct:
            n = 0
            while time.monotonic() - restored < 30:
                n += 1
                target = common.miss_path(MISS_URL, 2_000_000 + 100_000 * c.replicas.index(replica) + n)
                if direct.get(target).status_code == 200:
                    break
                time.sleep(0.05)
            recovered[replica.name] = round(time.monotonic() - restored, 2)
            ready = direct.get("/readyz").status_code
            recovered[replica.name + "_readyz"] = ready
    with httpx.Client(base_url=c.base, timeout=15) as client:
        n = 0
        while time.monotonic() - restored < 30:
            n += 1
            if client.get(common.miss_path(MISS_URL, 3_000_000 + n)).status_code == 200:
                break
            time.sleep(0.05)
        recovered["through_nginx"] = round(time.monotonic() - restored, 2)
    result = {
        "seconds": seconds,
        "cached_statuses": dict(cached),
        "fresh_statuses": dict(fresh),
        "fresh_503_without_retry_after": retry_after_missing,
        "recovered_s": recovered,
    }
    c.note(f"outage {result}")
    return result


def revised_seed(folder: Path) -> Path:
    """A copy of seed/ with the first statistic's label revised in both languages. Its value cannot
    change alone: the seed proves every value against the article's words."""
    seed = folder / "seed-revised"
    shutil.copytree(common.ROOT / "seed", seed)
    path = seed / "statistics.yaml"
    statistics = yaml.safe_load(path.read_text(encoding="utf-8"))
    first = next(item for item in statistics if item["slug"] == CHANGED_SLUG)
    for lang, mark in REVISED.items():
        first["label"][lang] += mark
    path.write_text(yaml.safe_dump(statistics, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return seed


@dataclass
class Observation:
    at: float
    source: str
    url: str
    lang: str
    coding: str
    status: int
    version: str | None
    etag: str | None
    content_language: str | None
    cache: str | None
    labels: dict[str, str]


def _observe(client: httpx.Client, source: str, url: str, lang: str, coding: str) -> tuple[Observation, Any]:
    answer = client.get(url, headers={"Accept-Language": lang, "Accept-Encoding": coding})
    body = answer.json() if answer.status_code == 200 else {}
    labels = {item["slug"]: item["label"] for item in body.get("items", []) if "label" in item}
    header = answer.headers.get
    seen = Observation(
        time.monotonic(), source, url, lang, coding, answer.status_code, header("x-dataset-version"),
        header("etag"), header("content-language"), header("x-cache-status"), labels,
    )  # fmt: skip
    return seen, body


def dataset_update(c: Cluster, settle: float = 4.0) -> dict[str, Any]:
    """Migrate a revised seed while clients walk pages through nginx (both languages, gzip and not)
    and poll every replica; when does each serve the new version, and did anyone see a mixed page,
    a wrong language, or nginx serving the old version after the switch?"""
    old = httpx.get(c.base + "/v1/article").headers["x-dataset-version"]
    # A cursor issued by the old version, followed after the switch: keyset cursors hold the sort key
    # of the last row served, not a version, so the app answers the next page of the new version.
    first_page = httpx.get(c.base + common.miss_path("/v1/statistics?limit=5", 4_000_000))
    if first_page.status_code != 200:
        raise RuntimeError(f"the first page answered {first_page.status_code}: {first_page.text}")
    old_next = first_page.json()["next"].split(str(c.nginx_port), 1)[1]
    seed = revised_seed(c.folder)
    observations: list[Observation] = []
    stop = threading.Event()
    lock = threading.Lock()

    def record(seen: Observation) -> None:
        with lock:
            observations.append(seen)

    def walker(lang: str, coding: str) -> None:
        with httpx.Client(base_url=c.base, timeout=15) as client:
            url = HOT_URL
            while not stop.is_set():
                seen, body = _observe(client, "nginx", url, lang, coding)
                record(seen)
                following = body.get("next")
                url = following.split(str(c.nginx_port), 1)[1] if following else HOT_URL

    def poller(replica: Replica) -> None:
        with httpx.Client(base_url=replica.base, timeout=15) as client:
            while not stop.is_set():
                record(_observe(client, replica.name, HOT_URL, "zh", "identity")[0])
                time.sleep(0.02)

    switched: list[float] = []

    def watch_database() -> None:
        dsn = make_url(c.database_url).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(dsn, autocommit=True) as db:
            while not stop.is_set() and not switched:
                row = db.execute("SELECT dataset_version FROM article WHERE id = 1").fetchone()
                if row and row[0] != old:
                    switched.append(time.monotonic())
                time.sleep(0.01)

    threads = [
        *(threading.Thread(target=walker, args=(lang, coding)) for lang in LANGS for coding in CODINGS),
        *(threading.Thread(target=poller, args=(replica,)) for replica in c.replicas),
        threading.Thread(target=watch_database),
    ]  # fmt: skip
    for thread in threads:
        thread.start()
    try:
        time.sleep(1.5)
        migrate(c.database_url, seed)
        deadline = time.monotonic() + 10
        while not switched and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(settle)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    if not switched:
        raise RuntimeError("the database never showed the new dataset version")
    after = httpx.get(c.base + old_next)
    cursor = {"status": after.status_code, "version": after.headers.get("x-dataset-version"),
              "items": len(after.json().get("items", []))}  # fmt: skip
    at = switched[0]
    new = next(o.version for o in observations if o.at > at and o.version not in (None, old))
    result = judge_update(observations, at, old, new, [replica.name for replica in c.replicas])
    result["old_cursor_after_switch"] = cursor
    result["old_cursor_after_switch"]["new_version"] = cursor["version"] == new
    c.note(f"update {result}")
    return result


def _is_chinese(label: str) -> bool:
    """A Chinese label is mostly Han characters; an English one may quote a few (两定)."""
    return len(CJK.findall(label)) * 3 > len(label)


def judge_update(
    observations: list[Observation], at: float, old: str, new: str, replicas: list[str]
) -> dict[str, Any]:
    """The figures and faults of a dataset update, from what every client saw."""
    converged = {}
    for source in [*replicas, "nginx"]:
        mine = sorted((o for o in observations if o.source == source), key=lambda o: o.at)
        last_old = max((o.at for o in mine if o.version == old), default=at)
        first_new_after = min((o.at for o in mine if o.version == new and o.at >= last_old), default=None)
        converged[source] = round(first_new_after - at, 3) if first_new_after else None
    mixed, wrong_language, failures = [], [], []
    etags: dict[tuple, set[str]] = defaultdict(set)
    for o in observations:
        if o.status != 200:
            failures.append((o.source, o.url, o.status))
            continue
        etags[(o.source, o.url, o.lang, o.coding, o.version)].add(o.etag or "")  # the Host is in it
        if o.content_language != o.lang or any(
            _is_chinese(label) != (o.lang == "zh") for label in o.labels.values()
        ):
            wrong_language.append((o.source, o.url, o.lang, o.content_language, o.cache))
        label = o.labels.get(CHANGED_SLUG)
        if label is not None and label.endswith(REVISED[o.lang]) != (o.version == new):
            mixed.append((o.source, o.url, o.lang, o.version, o.cache))
    etag_conflicts = [(key, tags) for key, tags in etags.items() if len(tags) > 1]
    # Through nginx, per URL, language and coding: the old version once the new one was served?
    flip_backs = 0
    newest: dict[tuple, bool] = {}
    for o in sorted(observations, key=lambda o: o.at):
        if o.source == "nginx" and o.status == 200:
            stream = (o.url, o.lang, o.coding)
            if o.version == new:
                newest[stream] = True
            elif newest.get(stream):
                flip_backs += 1
    etag_kept = [
        key for key, tags in etags.items()
        if key[4] == new and tags & etags.get((*key[:4], old), set())
    ]  # fmt: skip
    nginx_old_after = [
        o.at - at for o in observations if o.source == "nginx" and o.version == old and o.at > at
    ]
    return {
        "observations": len(observations),
        "nginx_pages": sum(o.source == "nginx" for o in observations),
        "converged_s": converged,
        "replicas_converged_s": max((converged[name] or 99.0) for name in replicas),
        "nginx_old_answers_after_switch": len(nginx_old_after),
        "nginx_last_old_answer_s": round(max(nginx_old_after, default=0.0), 3),
        "nginx_old_after_new": flip_backs,
        "mixed_pages": len(mixed),
        "wrong_language": len(wrong_language),
        "failed": len(failures),
        "etag_conflicts": len(etag_conflicts),
        "etag_same_across_versions": len(etag_kept),
        "examples": {
            "mixed": mixed[:3],
            "wrong_language": wrong_language[:3],
            "failed": failures[:3],
            "etag_conflicts": etag_conflicts[:3],
        },
    }


# ---------------------------------------------------------------------------------------------


def run_all(
    replicas: int = 3, quick: bool = False, shared_max_age: int | None = None, admin_url: str = ADMIN_URL
) -> dict[str, Any]:
    """Every measurement, on a cluster of its own; `quick`: each fault once, briefly, no throughput."""
    report: dict[str, Any] = {"cpus": os.cpu_count(), "replicas": replicas}
    fault_seconds = 6 if quick else 12
    with cluster(replicas, shared_max_age, admin_url) as c:
        if not quick:
            report["throughput"] = throughput(c, list(range(1, replicas + 1)), seconds=5)
        before = c.cache_statuses()
        report["kill"] = replica_fault(c, signal.SIGKILL, fault_seconds)
        report["rolling_restart"] = replica_fault(c, signal.SIGTERM, fault_seconds)
        report["outage"] = database_outage(c, 10)
        report["update"] = dataset_update(c, settle=3.0 if quick else 5.0)
        time.sleep(1.2)  # nginx flushes its log each second
        report["nginx_cache_statuses_faults"] = dict(c.cache_statuses() - before)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--replicas", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="each fault once, briefly; no throughput runs")
    parser.add_argument(
        "--shared-max-age", type=int, help="CACHE_SHARED_MAX_AGE for the replicas (the app's default: 1)"
    )
    parser.add_argument("--json", type=Path, help="also write the report here")
    parser.add_argument("--pg", default=ADMIN_URL, help="a PostgreSQL server URL it may create databases on")
    args = parser.parse_args(argv)
    report = run_all(args.replicas, args.quick, args.shared_max_age, args.pg)
    text = json.dumps(report, indent=2, ensure_ascii=False, default=str)
    print(text)
    if args.json:
        args.json.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
