"""Render deploy/nginx.conf for a set of replicas.

    python deploy/render_nginx.py --upstream app1:8000 --upstream app2:8000 --listen 80 \\
        --server-name localhost --public-host localhost:8080 > nginx.conf

bench/cluster.py renders the same file for replicas on this machine; deploy/nginx.compose.conf is
the rendering docker-compose.yml mounts (tests/test_deploy.py keeps it in step with the template).
"""

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent / "nginx.conf"
PLACEHOLDER = re.compile(r"{{(\w+)}}")
DEFAULT_RATE = 50  # requests a second per client address
DEFAULT_BURST = 100


def render_nginx(
    upstreams: Sequence[str],
    *,
    listen: str,
    server_name: str,
    public_host: str,
    cache_dir: str,
    rate: int = DEFAULT_RATE,
    burst: int = DEFAULT_BURST,
) -> str:
    """The template with every placeholder filled; an unknown or missing one is an error."""
    servers = "\n".join(f"    server {upstream} max_fails=1 fail_timeout=1s;" for upstream in upstreams)
    values = {
        "upstream_servers": servers,
        "listen": listen,
        "server_name": server_name,
        "public_host": public_host,
        "cache_dir": cache_dir,
        "rate": str(rate),
        "burst": str(burst),
    }
    return PLACEHOLDER.sub(lambda match: values[match.group(1)], TEMPLATE.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--upstream", action="append", required=True, help="host:port of a replica")
    parser.add_argument("--listen", default="80")
    parser.add_argument("--server-name", default="localhost")
    parser.add_argument("--public-host", default="localhost", help="the Host the replicas are sent")
    parser.add_argument("--cache-dir", default="/var/cache/nginx/changdu-facts")
    parser.add_argument("--rate", type=int, default=DEFAULT_RATE, help="requests a second per client")
    parser.add_argument("--burst", type=int, default=DEFAULT_BURST)
    args = parser.parse_args(argv)
    sys.stdout.write(
        render_nginx(
            args.upstream,
            listen=args.listen,
            server_name=args.server_name,
            public_host=args.public_host,
            cache_dir=args.cache_dir,
            rate=args.rate,
            burst=args.burst,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
