# The same server as `python -m app serve`: embedded SQLite by default, PostgreSQL with DATABASE_URL.
# Behind a load balancer run `migrate` once (its own container: deploy/docker-compose.yml) and the
# replicas with `serve --no-migrate`, so that no replica starts by migrating.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /srv/changdu-facts
# The embeds' PNG images are drawn with Noto Sans CJK (EMBED_FONTS): without it Chinese cannot draw.
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home-dir /srv/changdu-facts facts

COPY pyproject.toml README.md alembic.ini ./
COPY app ./app
COPY migrations ./migrations
COPY seed ./seed
# Editable, so the package finds seed/, migrations/ and alembic.ini beside it. The bytecode is
# compiled here, once: PYTHONDONTWRITEBYTECODE keeps a running container from writing any, which
# left every start compiling every import (2.7 s on a cold process); .pyc files present are read.
RUN pip install -e . \
    && python -m compileall -q /srv/changdu-facts/app /srv/changdu-facts/migrations /usr/local/lib/python3.11 \
    && mkdir var && chown facts var

USER facts
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/readyz')"
CMD ["python", "-m", "app", "serve", "--host", "0.0.0.0", "--port", "8000"]
