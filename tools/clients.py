"""Generate the typed clients from the application's OpenAPI document, with no server running.

    python -m tools.clients [DIRECTORY]     (default: clients/; `python3 tasks.py clients` runs it)

writes DIRECTORY/openapi.json (the document, as the app serves it without a database: no examples,
which come from the data), DIRECTORY/typescript/schema.d.ts (openapi-typescript) and
DIRECTORY/python/changdu_facts_client/ (openapi-python-client). The generators are pinned
(clients/typescript/package.json, pyproject.toml) and run without post-hooks, so the same document
gives the same bytes anywhere: tests/test_clients.py regenerates into a temporary directory and
compares. The examples beside them (example.ts, example.py) are written by hand.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = ROOT / "clients"
TYPESCRIPT_TOOLS = CLIENTS / "typescript" / "node_modules" / ".bin"
PYTHON_PACKAGE = "changdu_facts_client"
# openapi-python-client's settings: our names, and no post-hooks (their formatting would follow
# whichever ruff configuration is found above the output directory).
PYTHON_CONFIG = {
    "project_name_override": "changdu-facts-client",
    "package_name_override": PYTHON_PACKAGE,
    "post_hooks": [],
    # Bodies it cannot type otherwise: the feed and SVGs as text, the zip as bytes.
    "content_type_overrides": {
        "application/atom+xml": "text/plain",
        "image/svg+xml": "text/plain",
        "application/zip": "application/octet-stream",
    },
}


def openapi_document() -> dict:
    """The document the app serves, built in-process from a database-less app."""
    from app.core.config import Settings
    from app.main import create_app

    return create_app(Settings(database_url="sqlite://")).openapi()


def generate(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    document = directory / "openapi.json"
    document.write_text(json.dumps(openapi_document(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    typescript = directory / "typescript"
    typescript.mkdir(exist_ok=True)
    subprocess.run(
        [
            TYPESCRIPT_TOOLS / "openapi-typescript",
            document,
            "--output",
            typescript / "schema.d.ts",
            "--silent",
        ],
        check=True,
    )

    python = directory / "python"
    python.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        config = Path(scratch) / "config.json"
        config.write_text(json.dumps(PYTHON_CONFIG))
        output = Path(scratch) / "out"
        subprocess.run(
            [
                Path(sys.executable).parent / "openapi-python-client", "generate", "--path", document,
                "--output-path", output, "--meta", "none", "--config", config, "--overwrite",
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip
        shutil.rmtree(python / PYTHON_PACKAGE, ignore_errors=True)
        shutil.copytree(output, python / PYTHON_PACKAGE)


if __name__ == "__main__":
    generate(Path(sys.argv[1]) if len(sys.argv) > 1 else CLIENTS)
