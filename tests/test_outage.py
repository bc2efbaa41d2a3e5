"""Outages: the database stops mid-run, or is down when the app starts, and a broken seed at start.

The outage tests run a PostgreSQL server of their own, in a temporary directory on a free port, so
they can stop and start it; the shared server the other tests use is never touched. They run in
both test modes (SQLite and PostgreSQL) and are skipped only where PostgreSQL's `initdb` is absent.
"""

import hashlib
import os
import pwd
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
import yaml
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.exc import DataError, DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlmodel import SQLModel

from app import models  # noqa: F401  (fills SQLModel.metadata with every table)
from app.api.problems import database_unreachable
from app.cli import migrate
from app.core.config import PROJECT_ROOT, Settings
from app.core.db import engine_for
from app.main import create_app

SHARED_PORT = 5432  # the machine's server: never stopped here
# Operations that do not read the database, or are probes checked on their own.
NOT_DATA = ("/healthz", "/readyz", "/openapi.json", "/docs", "/redoc")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_bin() -> Path | None:
    """The directory of PostgreSQL's server programs: on PATH, else Debian's newest."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    return versions[-1].parent if versions else None


class PostgresServer:
    """A throwaway PostgreSQL cluster: initdb -A trust, pg_ctl start/stop, on 127.0.0.1:`port`.

    initdb refuses to run as root; as root the server runs as the `postgres` user.
    """

    def __init__(self, bin_dir: Path, root: Path) -> None:
        self.bin_dir = bin_dir
        self.root = root
        self.data = root / "data"
        self.log = root / "server.log"
        self.port = free_port()
        assert self.port != SHARED_PORT
        self.as_owner: dict[str, Any] = {}
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(root, owner.pw_uid, owner.pw_gid)
            self.as_owner = {"user": owner.pw_uid, "group": owner.pw_gid, "extra_groups": []}

    def _run(self, program: str, *args: str) -> None:
        result = subprocess.run(
            [str(self.bin_dir / program), *args],
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            **self.as_owner,
        )
        assert result.returncode == 0, f"{program} failed:\n{result.stdout}{result.stderr}{self._log()}"

    def _log(self) -> str:
        return self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            "pg_ctl", "start", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "-o", options
        )

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "stop", "-D", str(self.data), "-m", mode, "-w", "-t", "60")

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self, name: str) -> str:
        admin = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                connection.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
        finally:
            admin.dispose()
        return self.url(name)


@pytest.fixture(scope="module")
def postgres() -> Iterator[PostgresServer]:
    bin_dir = postgres_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL's initdb is not installed here, so no server can be started and stopped")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no `postgres` user for initdb to run as")
    root = Path(tempfile.mkdtemp(prefix="cf-pg-"))  # short: the socket path must fit in 107 bytes
    server = PostgresServer(bin_dir, root)
    try:
        server.init()
        server.start()
        yield server
    finally:
        subprocess.run(
            [str(bin_dir / "pg_ctl"), "stop", "-D", str(server.data), "-m", "immediate", "-w"],
            cwd=root,
            capture_output=True,
            check=False,
            timeout=120,
            **server.as_owner,
        )
        shutil.rmtree(root, ignore_errors=True)


@asynccontextmanager
async def client_of(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


def parameter_example(parameter: dict[str, Any]) -> Any:
    """The parameter's `example`, else the first of its `examples` (named Example Objects, what Try it
    out offers), else the first of its schema's."""
    schema = parameter.get("schema", {})
    named = [example["value"] for example in parameter.get("examples", {}).values()]
    return parameter.get("example", named[0] if named else schema.get("examples", [None])[0])


def data_urls(document: dict[str, Any]) -> list[str]:
    """A URL for every GET operation that reads the data, its parameters filled from the document's
    own examples (a slug without one borrows the example of /v1/<resource>/{slug}), so new endpoints
    are covered as they are added. Operations whose required parameters have no example are left out."""
    slugs = {}
    for path, item in document["paths"].items():
        for parameter in item.get("get", {}).get("parameters", []):
            if parameter["name"] == "slug" and parameter_example(parameter) is not None:
                slugs[path.split("/")[-2]] = parameter_example(parameter)
    urls = []
    for path, item in document["paths"].items():
        operation = item.get("get")
        if operation is None or path in NOT_DATA:
            continue
        query, filled = [], path
        for parameter in operation.get("parameters", []):
            example = parameter_example(parameter)
            if example is None and parameter["name"] == "slug":
                example = next((slugs[part] for part in path.split("/") if part in slugs), None)
            if example is None and (parameter["in"] == "path" or parameter.get("required")):
                break
            if parameter["in"] == "path":
                filled = filled.replace(f"{{{parameter['name']}}}", str(example))
            elif parameter.get("required"):
                query.append(f"{parameter['name']}={example}")
        else:
            urls.append(filled + ("?" + "&".join(query) if query else ""))
    return urls


def with_query(url: str, extra: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{extra}"


def in_english(document: dict[str, Any], url: str) -> str:
    """`url` asking for English where its operation takes `lang`, else as it is (unknown query
    parameters are refused: the downloads and the paragraphs take no `lang`)."""
    path = url.partition("?")[0]
    for template, item in document["paths"].items():
        if re.fullmatch(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)), path):
            names = {parameter["name"] for parameter in item.get("get", {}).get("parameters", [])}
            return with_query(url, "lang=en") if "lang" in names else url
    return url


def assert_unavailable(response: httpx.Response) -> None:
    where = f"{response.request.url} answered {response.status_code}: {response.text[:300]}"
    assert response.status_code == 503, where
    assert response.headers["content-type"] == "application/problem+json", where
    assert int(response.headers["retry-after"]) > 0, where
    if response.request.method != "HEAD":
        problem = response.json()
        assert problem["status"] == 503 and problem["detail"], where
    assert "Traceback" not in response.text and "psycopg" not in response.text, where


def assert_unavailable_or_ok(response: httpx.Response) -> None:
    """A URL the cache has not seen: 503 with Retry-After, or 200 if it needs no database."""
    assert response.status_code in (200, 503), f"{response.request.url}: {response.status_code}"
    if response.status_code == 503:
        assert_unavailable(response)


@pytest.mark.anyio
async def test_a_database_outage_mid_run_serves_the_cache_answers_503_then_recovers(
    postgres: PostgresServer,
) -> None:
    url = postgres.new_database("outage_mid_run")
    settings = Settings(database_url=url)
    migrate(settings)
    app = create_app(settings)
    async with client_of(app) as client:
        document = (await client.get("/openapi.json")).json()
        urls = data_urls(document)
        assert len(urls) >= 20 and "/v1/statistics" in urls and "/v1/search?q=thangka" in urls
        assert (await client.get("/readyz")).status_code == 200
        before = {}
        for target in urls:
            response = await client.get(target)
            assert response.status_code == 200, target
            before[target] = response

        postgres.stop()
        try:
            assert (await client.get("/healthz")).status_code == 200
            assert_unavailable(await client.get("/readyz"))
            for target, earlier in before.items():
                again = await client.get(target)
                assert again.status_code == 200, f"{target} was cached, yet: {again.status_code}"
                assert again.headers["etag"] == earlier.headers["etag"] and again.content == earlier.content
                revalidated = await client.get(target, headers={"If-None-Match": earlier.headers["etag"]})
                assert revalidated.status_code == 304, target
            for target in urls:
                assert_unavailable_or_ok(await client.get(in_english(document, target)))
            # The lists and details certainly need the database.
            assert_unavailable(await client.get("/v1/statistics?limit=7"))
            assert_unavailable(await client.get("/v1/article?lang=en"))  # its 503 was not stored
            assert_unavailable(await client.head("/v1/milestones?limit=3"))
        finally:
            postgres.start()

        # Back without a restart: the pool's dead connections are replaced.
        assert (await client.get("/readyz")).status_code == 200
        for target in urls:
            fresh = await client.get(in_english(document, target))
            assert fresh.status_code == 200, (
                f"{target} after the outage: {fresh.status_code} {fresh.text[:300]}"
            )
        assert (await client.get("/v1/statistics?limit=7")).json()["items"]
        for target, earlier in before.items():
            assert (await client.get(target)).headers["etag"] == earlier.headers["etag"]

        # A restart between two requests: the pooled connections are all dead, and the very next
        # request must not fail on one of them.
        postgres.stop()
        postgres.start()
        assert (await client.get("/v1/statistics?limit=9")).status_code == 200
        assert (await client.get("/readyz")).status_code == 200


@pytest.mark.anyio
async def test_a_database_down_at_start_is_waited_for(postgres: PostgresServer) -> None:
    url = postgres.new_database("down_at_start")
    migrate(Settings(database_url=url))
    engine_for(url).dispose()  # the app must find no connection made before it
    postgres.stop()
    try:
        app = create_app(Settings(database_url=url))  # must not need the database
        async with client_of(app) as client:
            assert (await client.get("/healthz")).status_code == 200
            assert_unavailable(await client.get("/readyz"))
            document = await client.get("/openapi.json")
            assert document.status_code == 200
            urls = data_urls(document.json())
            for target in urls:
                assert_unavailable_or_ok(await client.get(target))
            for target in ("/v1/article", "/v1/statistics", "/v1/stories?limit=2", "/v1/search?q=医保"):
                assert_unavailable(await client.get(target))
    finally:
        postgres.start()

    async with client_of(app) as client:
        assert (await client.get("/readyz")).status_code == 200
        for target in urls:
            response = await client.get(target)
            assert response.status_code == 200, f"{target}: {response.status_code} {response.text[:300]}"
        article = await client.get("/v1/article?lang=en")
        assert article.status_code == 200 and article.json()["dataset_version"]


@pytest.mark.parametrize(
    ("error", "unreachable"),
    [
        (OperationalError("SELECT 1", {}, psycopg.OperationalError("connection refused")), True),
        (OperationalError("SELECT 1", {}, sqlite3.OperationalError("database is locked")), True),
        (OperationalError("SELECT 1", {}, sqlite3.OperationalError("unable to open database file")), True),
        (DBAPIError("SELECT 1", {}, psycopg.Error("closed"), connection_invalidated=True), True),
        (PoolTimeoutError("QueuePool limit of size 10 overflow 10 reached"), True),
        (OperationalError("SELECT 1", {}, sqlite3.OperationalError("fts5: syntax error near")), False),
        (OperationalError("SELECT 1", {}, sqlite3.OperationalError("no such table: statistic")), False),
        (
            ProgrammingError("SELECT 1", {}, psycopg.errors.UndefinedFunction("operator does not exist")),
            False,
        ),
        (DataError("SELECT 1", {}, psycopg.errors.NumericValueOutOfRange("bigint out of range")), False),
        (ValueError("not a database error"), False),
    ],
    ids=[
        "pg-refused",
        "sqlite-locked",
        "sqlite-unopenable",
        "invalidated",
        "pool-timeout",
        "sqlite-fts-syntax",
        "sqlite-no-table",
        "pg-bad-operator",
        "pg-out-of-range",
        "not-database",
    ],
)
def test_only_a_passing_database_failure_is_a_503(error: Exception, unreachable: bool) -> None:
    """A 503 says "try again later": right for an unreachable or busy database, wrong for a query
    the database rejects, which is a bug to answer 500 and log with its traceback."""
    assert database_unreachable(error) is unreachable


def test_a_server_that_never_answers_fails_the_connection_instead_of_hanging() -> None:
    """A PostgreSQL address that accepts TCP but never speaks (a hung server, a half-open network):
    the connection attempt gives up (connect_timeout) with an error the API answers as 503, rather
    than holding a worker thread forever. The 60 s join only keeps a regression from hanging CI."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.append(listener.accept()[0]), daemon=True).start()
    outcome: list[BaseException | None] = []

    def connect() -> None:
        url = f"postgresql+psycopg://postgres@127.0.0.1:{listener.getsockname()[1]}/silent"
        try:
            with engine_for(url).connect():
                outcome.append(None)
        except Exception as error:
            outcome.append(error)

    attempt = threading.Thread(target=connect, daemon=True)
    attempt.start()
    attempt.join(timeout=60)
    try:
        assert outcome, "the connection attempt was still waiting after 60 s"
        assert isinstance(outcome[0], OperationalError) and database_unreachable(outcome[0]), outcome
    finally:
        for connection in held:
            connection.close()
        listener.close()


def database_digest(engine: Engine) -> dict[str, str]:
    """Every table's row count and a digest of its rows in key order, to compare before and after."""
    digest = {}
    with engine.connect() as connection:
        for table in SQLModel.metadata.sorted_tables:
            rows = connection.execute(select(table).order_by(*table.primary_key.columns)).all()
            digest[table.name] = f"{len(rows)}:{hashlib.sha256(repr(rows).encode()).hexdigest()}"
    return digest


def test_serve_refuses_a_broken_seed_and_keeps_serving_the_data(
    new_database: Callable[[], str], seed_copy: Path
) -> None:
    url = new_database()
    good_version, _ = migrate(Settings(database_url=url))
    before = database_digest(engine_for(url))

    statistics_file = seed_copy / "statistics.yaml"
    records = yaml.safe_load(statistics_file.read_text(encoding="utf-8"))
    records[5]["source"]["quote"] += "（改）"
    statistics_file.write_text(yaml.safe_dump(records, allow_unicode=True, sort_keys=False), encoding="utf-8")
    env = {**os.environ, "DATABASE_URL": url, "SEED_DIR": str(seed_copy)}
    served = subprocess.run(
        [sys.executable, "-m", "app", "serve", "--port", str(free_port())],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,  # a server that started anyway would run until killed here
        check=False,
    )

    assert served.returncode != 0
    assert "seed/statistics.yaml" in served.stderr and records[5]["slug"] in served.stderr, served.stderr
    assert "Traceback" not in served.stderr
    assert database_digest(engine_for(url)) == before
    with engine_for(url).connect() as connection:
        version = connection.execute(text("SELECT dataset_version FROM article WHERE id = 1")).scalar_one()
    assert version == good_version
