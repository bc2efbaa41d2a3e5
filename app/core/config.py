"""Settings, read once from the environment (pydantic-settings)."""

from functools import cache
from pathlib import Path

from pydantic import field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]


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

    @field_validator("database_url")
    @classmethod
    def use_psycopg3(cls, url: str) -> str:
        """Accept the usual postgres:// spellings and always drive them with psycopg 3."""
        for prefix in ("postgres://", "postgresql://"):
            if url.startswith(prefix):
                return "postgresql+psycopg://" + url.removeprefix(prefix)
        return url


@cache
def get_settings() -> Settings:
    return Settings()
