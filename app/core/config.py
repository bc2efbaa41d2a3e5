"""Settings, read once from the environment (pydantic-settings)."""

from functools import cache
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]
LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_ignore_empty=True, extra="ignore")

    # Unset: an embedded SQLite file that `serve` creates, migrates and seeds itself.
    database_url: str = f"sqlite:///{PROJECT_ROOT / 'var' / 'changdu-facts.sqlite3'}"
    seed_dir: Path = PROJECT_ROOT / "seed"
    # Public responses may be cached this long; data changes only with a new dataset version.
    cache_max_age: int = 300
    cache_stale_while_revalidate: int = 86400
    # Shared caches (a CDN, nginx's proxy_cache) revalidate after this long: their ETag then answers
    # 304 from memory, and a new dataset version reaches them within it plus the 1 s version poll.
    # Without it they would serve the old version for max-age (measured in bench/cluster.py).
    cache_shared_max_age: int | None = 1
    # Answers the in-process HTTP cache keeps (least recently used forgotten first); 0 keeps none,
    # so that every request is a miss (bench/serving.py measures misses so).
    cache_entries: int = Field(default=4096, ge=0)

    # The one origin every absolute URL the API writes starts with (next, Link, embeds, oEmbed,
    # JSON-LD); never taken from a request. `serve` defaults it to the address it binds to.
    public_url: str = "http://127.0.0.1:8000"
    # Host header values served (a leading "*." allows subdomains); anything else answers 400.
    # Empty: the public URL's host and the loopback names.
    allowed_hosts: Annotated[list[str], NoDecode] = []
    # Clients whose X-Forwarded-For/-Proto uvicorn believes: the proxies in front, nobody else.
    forwarded_allow_ips: str = "127.0.0.1"
    # Limits at the edge of the process (uvicorn's httptools protocol has none of its own).
    max_header_bytes: int = 16 * 1024  # request line and header fields together; beyond: 431
    max_header_count: int = 100  # header fields; beyond: 431
    header_timeout: float = 10.0  # seconds to receive a request's headers; then the connection closes
    keep_alive_timeout: int = 5  # seconds an idle connection is kept open
    max_connections: int = 1000  # connections and requests at once; beyond: uvicorn answers 503
    # Cache misses the application may build at once. Each
    # runs Python in a worker thread (or on the event loop): more of them than cores only make the
    # event loop wait for the GIL (tests/test_edge_sockets.py flood on a busy 2-core machine:
    # /healthz p90 110 ms with 8, 28-60 ms with 4).
    max_misses_in_flight: int = 4
    max_misses_queued: int = 32  # more misses wait (up to 2 s) for a turn; beyond: 503 at once
    # The font files the embeds' PNG images are drawn with, and no others (comma-separated paths):
    # Debian's fonts-noto-cjk, whose faces draw Chinese and Latin alike.
    embed_fonts: Annotated[list[Path], NoDecode] = [
        Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
        Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
    ]

    @field_validator("database_url")
    @classmethod
    def use_psycopg3(cls, url: str) -> str:
        """Accept the usual postgres:// spellings and always drive them with psycopg 3."""
        for prefix in ("postgres://", "postgresql://"):
            if url.startswith(prefix):
                return "postgresql+psycopg://" + url.removeprefix(prefix)
        return url

    @field_validator("public_url")
    @classmethod
    def origin_only(cls, url: str) -> str:
        """An origin (scheme://host[:port]), with no path, query or trailing slash."""
        split = urlsplit(url.strip())
        if split.scheme not in ("http", "https") or not split.hostname or split.path not in ("", "/"):
            raise ValueError("PUBLIC_URL must be an origin such as https://facts.example.org")
        return f"{split.scheme}://{split.netloc.lower()}"

    @field_validator("embed_fonts", mode="before")
    @classmethod
    def font_paths(cls, value: object) -> object:
        return (
            [part.strip() for part in value.split(",") if part.strip()] if isinstance(value, str) else value
        )

    @field_validator("allowed_hosts", mode="before")
    @classmethod
    def comma_separated(cls, value: object) -> object:
        return (
            [host.strip().lower() for host in value.split(",") if host.strip()]
            if isinstance(value, str)
            else value
        )

    @model_validator(mode="after")
    def default_allowed_hosts(self) -> "Settings":
        if not self.allowed_hosts:
            self.allowed_hosts = list(dict.fromkeys((self.public_host, *LOCAL_HOSTS)))
        return self

    @property
    def public_host(self) -> str:
        """The public URL's host, as a Host header names it without its port."""
        host = urlsplit(self.public_url).hostname or ""
        return f"[{host}]" if ":" in host else host


@cache
def get_settings() -> Settings:
    return Settings()
