#!/usr/bin/env python3
"""The project's two commands, for a machine that has only Python 3.11+:

    python3 tasks.py serve [--host H] [--port P] [--workers N]   set up, then serve the API
    python3 tasks.py test [pytest args]                          set up, then run every check

Setting up means: a virtual environment in .venv with the project and its test tools installed
(skipped when pyproject.toml has not changed since). `test` runs ruff and the test suite on SQLite,
then again on PostgreSQL when TEST_DATABASE_URL is set (.ci/run sets it).
"""

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / "bin" / "python"
STAMP = VENV / ".installed"
SPECTRAL_DIR = VENV / "spectral"
SPECTRAL_PACKAGE = "@stoplight/spectral-cli@6.16.3"
# Where Debian's chromium-headless-shell (or chromium) puts the browser, and a font of fonts-noto-cjk.
BROWSERS = (
    "/usr/lib/chromium/chromium-headless-shell",
    "/usr/bin/chromium-headless-shell",
    "/usr/bin/chromium",
)
CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def run(*command: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    result = subprocess.run([str(part) for part in command], cwd=ROOT, env=env)
    if result.returncode != 0:
        sys.exit(result.returncode)


def set_up() -> None:
    """Create .venv and install the project with its test extra, unless that is already done."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not PYTHON.exists():
        venv.create(VENV, with_pip=True)
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", "-e", ".[test]")
    STAMP.write_text(wanted)


def set_up_spectral() -> None:
    """Spectral lints the OpenAPI document in the tests; it comes from npm, where npm exists."""
    if (SPECTRAL_DIR / "node_modules" / ".bin" / "spectral").exists() or not shutil.which("npm"):
        return
    run("npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", SPECTRAL_DIR, SPECTRAL_PACKAGE)


def set_up_browser() -> None:
    """The embed kit's browser tests drive Debian's headless Chromium and need CJK fonts, which the
    PNG images are drawn with too: install them with apt-get when missing (as root). Where that
    cannot be done the browser tests skip and the PNG tests fail, saying why."""
    missing = [
        *([] if any(Path(path).exists() for path in BROWSERS) else ["chromium-headless-shell"]),
        *([] if Path(CJK_FONT).exists() else ["fonts-noto-cjk"]),
    ]
    if not missing:
        return
    if not shutil.which("apt-get") or os.geteuid() != 0:
        print(f"note: cannot apt-get install {' '.join(missing)}: the browser tests will skip", flush=True)
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    print("+ apt-get install", *missing, flush=True)
    subprocess.run(["apt-get", "update", "-qq"], env=env)
    if subprocess.run(["apt-get", "install", "-y", "-qq", *missing], env=env).returncode == 0:
        return
    # Older Debian has no chromium-headless-shell package; its chromium runs headless too.
    fallback = ["chromium" if name == "chromium-headless-shell" else name for name in missing]
    if subprocess.run(["apt-get", "install", "-y", "-qq", *fallback], env=env).returncode != 0:
        print(f"note: apt-get could not install {' '.join(fallback)}: browser tests will skip", flush=True)


def set_up_edge() -> None:
    """tests/test_cluster.py runs replicas behind Debian's nginx under wrk's load: install them with
    apt-get when missing (as root). Where that cannot be done those tests skip, saying why."""
    missing = [
        *([] if shutil.which("nginx") or Path("/usr/sbin/nginx").exists() else ["nginx-light"]),
        *([] if shutil.which("wrk") else ["wrk"]),
    ]
    if not missing:
        return
    if not shutil.which("apt-get") or os.geteuid() != 0:
        print(f"note: cannot apt-get install {' '.join(missing)}: the cluster tests will skip", flush=True)
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    print("+ apt-get install", *missing, flush=True)
    subprocess.run(["apt-get", "update", "-qq"], env=env)
    if subprocess.run(["apt-get", "install", "-y", "-qq", *missing], env=env).returncode != 0:
        print(f"note: apt-get could not install {' '.join(missing)}: cluster tests will skip", flush=True)


def test(pytest_args: list[str]) -> None:
    set_up_spectral()
    set_up_browser()
    set_up_edge()
    run(PYTHON, "-m", "ruff", "check", ".")
    run(PYTHON, "-m", "ruff", "format", "--check", ".")
    sqlite_env = {key: value for key, value in os.environ.items() if key != "TEST_DATABASE_URL"}
    print("== tests on SQLite", flush=True)
    run(PYTHON, "-m", "pytest", *pytest_args, env=sqlite_env)
    if os.environ.get("TEST_DATABASE_URL"):
        print("== tests on PostgreSQL", flush=True)
        run(PYTHON, "-m", "pytest", *pytest_args)
    else:
        print("== PostgreSQL tests skipped: set TEST_DATABASE_URL to run them", flush=True)


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in {"serve", "test"}:
        sys.exit(__doc__)
    command, rest = sys.argv[1], sys.argv[2:]
    set_up()
    if command == "serve":
        os.execv(PYTHON, [str(PYTHON), "-m", "app", "serve", *rest])
    test(rest)


if __name__ == "__main__":
    main()
