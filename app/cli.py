"""`python -m app migrate` and `python -m app serve`."""

import argparse
import os
import sys
from collections import Counter

import uvicorn
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from app.core.config import Settings, get_settings
from app.core.db import engine_for
from app.core.migrations import upgrade
from app.seed.files import SeedError
from app.seed.loader import read_and_check, write_seed

# Replicas starting together take turns: one migrates and seeds, the others then find nothing to do.
PG_LOCK_KEY = 0x6364_6661  # "cdfa"


def migrate(settings: Settings) -> tuple[str, Counter[str]]:
    """Bring the schema to head and the rows in line with the seed; return the dataset version.

    The seed is read and proven before the database is touched, and written in one transaction,
    so a bad seed changes nothing.
    """
    seed = read_and_check(settings.seed_dir)
    engine = engine_for(settings.database_url)
    with engine.begin() as connection:
        _lock(connection)
        upgrade(connection)
    with engine.begin() as connection:
        _lock(connection)
        with Session(bind=connection) as session:
            changes = write_seed(session, seed)
            session.flush()
    return seed.version, changes


def _lock(connection) -> None:  # type: ignore[no-untyped-def]
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("migrate", help="run alembic upgrade head and load the seed")
    serve = commands.add_parser("serve", help="serve the API (migrates and seeds first)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--no-migrate", action="store_true", help="serve the database as it is")
    args = parser.parse_args(argv)

    if args.command == "serve" and not os.environ.get("PUBLIC_URL"):
        # The public origin defaults to the address served (a wildcard bind: its loopback name);
        # the app, in each worker, reads it from the environment.
        host = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(args.host, args.host)
        host = f"[{host}]" if ":" in host else host
        os.environ["PUBLIC_URL"] = f"http://{host}:{args.port}"
        get_settings.cache_clear()
    settings = get_settings()
    if args.command == "migrate" or not args.no_migrate:
        try:
            version, changes = migrate(settings)
        except SeedError as error:
            print(f"migrate failed; the database was not changed.\n{error}", file=sys.stderr)
            return 1
        except SQLAlchemyError as error:
            print(
                f"migrate failed: the database refused: {error.__class__.__name__}: {error.orig or error}",
                file=sys.stderr,
            )
            return 1
        summary = ", ".join(f"{count} {what}" for what, count in sorted(changes.items())) or "no changes"
        print(f"dataset {version} at {redacted(settings.database_url)}: {summary}", file=sys.stderr)
    if args.command == "serve":
        uvicorn.run(
            "app.main:app",
            host=args.host,
            port=args.port,
            workers=args.workers,
            access_log=False,  # an access log halves throughput, even to /dev/null
            http="app.core.server:LimitedHttpToolsProtocol",  # httptools, with header limits
            log_level="info",
            proxy_headers=True,
            forwarded_allow_ips=settings.forwarded_allow_ips,  # X-Forwarded-* from these only
            timeout_keep_alive=settings.keep_alive_timeout,
            limit_concurrency=settings.max_connections,
            server_header=False,
        )
    return 0


def redacted(url: str) -> str:
    """The URL without its password, for messages."""
    scheme, sep, rest = url.partition("://")
    return f"{scheme}{sep}{rest.rpartition('@')[2]}" if "@" in rest else url
