#!/usr/bin/env python3
"""The project's two commands, for a machine that has only Python 3.11+:

    python3 tasks.py serve [--host H] [--port P] [--workers N]   set up, then serve the API
    python3 tasks.py test [pytest args]                          set up, then run every check
    python3 tasks.py mutate [module ...] [--budget SECONDS]      set up, then mutation-test modules
    python3 tasks.py mutate [module ...] --report                report mutmut's kept results only
    python3 tasks.py clients                                     set up, then regenerate clients/

Setting up means: a virtual environment in .venv with the project and its test tools installed
(skipped when pyproject.toml has not changed since). `test` runs ruff and the test suite on SQLite,
then again on PostgreSQL when TEST_DATABASE_URL is set (.ci/run sets it), then (a whole run only)
a small fixed sample of mutation testing, MUTATION_SAMPLE (about 70 s). `mutate` runs mutmut
(configured in pyproject.toml) over the functions where a silent error publishes a wrong fact or
page (all of MUTATION_TARGETS by default), and writes its score and surviving mutants to
reports/mutation.md.
"""

import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
import venv
from collections import Counter
from fnmatch import fnmatchcase as fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / "bin" / "python"
STAMP = VENV / ".installed"
SPECTRAL_DIR = VENV / "spectral"
SPECTRAL_PACKAGE = "@stoplight/spectral-cli@6.16.3"
TYPESCRIPT_CLIENT = ROOT / "clients" / "typescript"
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


def set_up_typescript() -> None:
    """The TypeScript client's generator and compiler (pinned in its package.json), where npm exists."""
    if (TYPESCRIPT_CLIENT / "node_modules" / ".bin" / "tsc").exists() or not shutil.which("npm"):
        return
    run("npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", TYPESCRIPT_CLIENT)


def clients() -> None:
    """Regenerate clients/ (the OpenAPI document, schema.d.ts, the Python client) from the app."""
    set_up_typescript()
    if not (TYPESCRIPT_CLIENT / "node_modules" / ".bin" / "openapi-typescript").exists():
        sys.exit("clients needs npm, to install openapi-typescript")
    run(PYTHON, "-m", "tools.clients")


def apt_install(packages: list[str], needed_by: str) -> bool:
    """apt-get install `packages` (as root, where apt-get exists); False, saying so, where it cannot."""
    if not shutil.which("apt-get") or os.geteuid() != 0:
        print(f"note: cannot apt-get install {' '.join(packages)}: {needed_by} will skip", flush=True)
        return False
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    print("+ apt-get install", *packages, flush=True)
    subprocess.run(["apt-get", "update", "-qq"], env=env)
    return subprocess.run(["apt-get", "install", "-y", "-qq", *packages], env=env).returncode == 0


def set_up_browser() -> None:
    """The embed kit's browser tests drive Debian's headless Chromium and need CJK fonts, which the
    PNG images are drawn with too: install them when missing. Where that cannot be done the browser
    tests skip and the PNG tests fail, saying why."""
    missing = [
        *([] if any(Path(path).exists() for path in BROWSERS) else ["chromium-headless-shell"]),
        *([] if Path(CJK_FONT).exists() else ["fonts-noto-cjk"]),
    ]
    if not missing or apt_install(missing, "the browser tests"):
        return
    # Older Debian has no chromium-headless-shell package; its chromium runs headless too.
    fallback = ["chromium" if name == "chromium-headless-shell" else name for name in missing]
    if fallback != missing:
        apt_install(fallback, "the browser tests")


def set_up_edge() -> None:
    """tests/test_cluster.py runs replicas behind Debian's nginx under wrk's load: install them when
    missing. Where that cannot be done those tests skip, saying why."""
    missing = [
        *([] if shutil.which("nginx") or Path("/usr/sbin/nginx").exists() else ["nginx-light"]),
        *([] if shutil.which("wrk") else ["wrk"]),
    ]
    if missing:
        apt_install(missing, "the cluster tests")


def test(pytest_args: list[str]) -> None:
    set_up_spectral()
    set_up_typescript()
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
    if not pytest_args:  # a whole run (CI's): a chosen subset of tests says nothing of the sample
        mutation_sample(sqlite_env)


# The fixed sample of mutation testing that every whole test run repeats (about 70 s): the reader
# of Chinese numerals, where a silent error publishes a wrong figure. Each of its mutants must be
# killed, but for these, which reports/mutation-notes.md explains as equivalent. mutmut names a
# mutant by its place in the function, so an edit of _chinese_int can rename them: run
# `python3 tasks.py mutate app/numbers.py` and bring this list up to date with the notes.
MUTATION_SAMPLE = "app.numbers.x__chinese_int*"
MUTATION_SAMPLE_EQUIVALENTS = frozenset(
    f"app.numbers.x__chinese_int__mutmut_{n}" for n in (11, 12, 14, 15, 28, 77, 104, 105, 116)
)


def mutation_sample(env: dict[str, str]) -> None:
    print(f"== mutation sample: {MUTATION_SAMPLE}", flush=True)
    env = {key: value for key, value in env.items() if key != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(mutmut_run(MUTATION_SAMPLE), cwd=ROOT, env=env, stdout=subprocess.DEVNULL, check=True)
    known = mutmut_statuses(env)
    statuses = {name: status for name, status in known.items() if fnmatch(name, MUTATION_SAMPLE)}
    unexplained = sorted(
        name
        for name, status in statuses.items()
        if status not in ("killed", "timeout") and name not in MUTATION_SAMPLE_EQUIVALENTS
    )
    detected = sum(status in ("killed", "timeout") for status in statuses.values())
    print(f"{detected} of {len(statuses)} mutants detected, {len(unexplained)} unexplained", flush=True)
    if not statuses or unexplained:
        for name in unexplained:
            print(f"  {name}: {statuses[name]}  (python -m mutmut show {name})", flush=True)
        sys.exit(
            "the mutation sample failed: a test no longer guards the numeral reader (or, if "
            "mutants/ predates the tests, delete mutants/ and run again)"
        )


# Mutation testing: each module and mutmut's globs of the mutant names (module.x_function or
# module.xǁClassǁmethod) to run in it. Only these functions' mutants are run and reported.
MUTATION_TARGETS: dict[str, tuple[str, ...]] = {
    "app/numbers.py": ("app.numbers.*",),
    "app/seed/provenance.py": ("app.seed.provenance.*",),
    "tools/spans.py": ("tools.spans.*",),
    "tools/seed_figures.py": ("tools.seed_figures.*",),
    "app/seed/loader.py": ("app.seed.loader.x__span_order*", "app.seed.loader.x__in_article_order*"),
    "app/api/queries.py": ("app.api.queries.*",),
    "app/api/routes/search.py": ("app.api.routes.search.*",),
    "app/search.py": (
        *("app.search.x__is_cjk*", "app.search.x__fold*", "app.search.x_tokenize*"),
        *("app.search.x_spaced*", "app.search.xǁSearchQueryǁ*", "app.search.x_is_word*"),
        *("app.search.x_stem*", "app.search.x_index_terms*", "app.search.xǁPhraseǁ*", "app.search.xǁWordǁ*"),
        # The query that ranks and pages the hits; not the loader's rows (x__texts, x_search_rows...).
        *("app.search.x_search_sql*", "app.search.x_search__*"),
    ),
    "app/api/http_cache.py": (
        *("app.api.http_cache.x__accepts_gzip*", "app.api.http_cache.x__etag_matches*"),
        *("app.api.http_cache.x__not_modified_since*", "app.api.http_cache.x_normalised_query*"),
        "app.api.http_cache.x__etag*",
    ),
    "app/api/languages.py": ("app.api.languages.*",),
}
MUTATION_REPORT = ROOT / "reports" / "mutation.md"
DETECTED = {"killed", "timeout", "caught by type check", "segfault"}


def mutant_module(name: str) -> str:
    """app.api.queries.x_paginate__mutmut_3 -> app/api/queries.py"""
    return re.split(r"\.x[_ǁ]", name, maxsplit=1)[0].replace(".", "/") + ".py"


def mutmut_run(*globs: str) -> list[str]:
    """The command that runs mutmut over the mutants `globs` name, a child per core."""
    return [str(PYTHON), "-m", "mutmut", "run", "--max-children", str(os.cpu_count() or 1), *globs]


def mutmut_statuses(env: dict[str, str]) -> dict[str, str]:
    """Every mutant mutmut knows of and what became of it (killed, survived, timeout, ...)."""
    listed = subprocess.run(
        [str(PYTHON), "-m", "mutmut", "results", "--all", "true"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return dict(re.findall(r"^\s*(\S+): (.+)$", listed.stdout, re.M))


def mutate(arguments: list[str]) -> None:
    """Run mutmut over the named modules (all targets by default) for at most --budget seconds
    (default 1200), then report. mutmut keeps its results in mutants/: a run cut short by the
    budget goes on where it stopped the next time, and unchanged functions are not run again."""
    budget = 1200
    report_only = "--report" in arguments
    arguments = [argument for argument in arguments if argument != "--report"]
    if "--budget" in arguments:
        at = arguments.index("--budget")
        budget = int(arguments[at + 1])
        arguments = arguments[:at] + arguments[at + 2 :]
    unknown = [module for module in arguments if module not in MUTATION_TARGETS]
    if unknown:
        sys.exit(f"not a mutation target: {', '.join(unknown)} (targets: {', '.join(MUTATION_TARGETS)})")
    modules = arguments or list(MUTATION_TARGETS)
    globs = [glob for module in modules for glob in MUTATION_TARGETS[module]]
    # Forked children import nothing anew, but the first import compiles every module once: let it
    # write .pyc files even where the machine says not to.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    command = mutmut_run(*globs)
    took = None
    if not report_only:
        print("+", " ".join(command), flush=True)
        started = time.monotonic()
        try:
            subprocess.run(command, cwd=ROOT, env=env, timeout=budget, stdout=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            print(f"note: the budget of {budget} s ran out; run again to go on from there", flush=True)
        took = time.monotonic() - started
    statuses = mutmut_statuses(env)
    report = mutation_report(modules, statuses, env, took)
    MUTATION_REPORT.parent.mkdir(exist_ok=True)
    MUTATION_REPORT.write_text(report, encoding="utf-8")
    print(report.split("\n## Surviving", 1)[0], flush=True)
    print(f"report: {MUTATION_REPORT.relative_to(ROOT)}", flush=True)


def mutation_report(
    modules: list[str], statuses: dict[str, str], env: dict[str, str], took: float | None
) -> str:
    named = " ".join(modules) if modules != list(MUTATION_TARGETS) else ""
    ran = (
        f"`python3 tasks.py mutate {named}` with mutmut, {took:.0f} s on {os.cpu_count()} cores"
        if took is not None
        else f"`python3 tasks.py mutate {named} --report`: mutmut's kept results (run times in the notes)"
    )
    lines = [
        "# Mutation testing report",
        "",
        f"{ran}. Score: detected / (detected + survived);",
        "reports/mutation-notes.md explains the survivors that are left.",
        "",
        "| module | mutants | killed | timeout | survived | no tests | not run | score |",
        "|---|---|---|---|---|---|---|---|",
    ]
    survivors = []
    for module in modules:
        globs = MUTATION_TARGETS[module]
        mine = {
            name: status
            for name, status in statuses.items()
            if mutant_module(name) == module and any(fnmatch(name, glob) for glob in globs)
        }
        count = Counter(mine.values())
        detected = sum(count[status] for status in DETECTED)
        missed = count["survived"] + count["no tests"]
        score = f"{100 * detected / (detected + missed):.1f}%" if detected + missed else "-"
        not_run = len(mine) - detected - missed
        lines.append(
            f"| {module} | {len(mine)} | {count['killed']} | {count['timeout']} | {count['survived']} "
            f"| {count['no tests']} | {not_run} | {score} |"
        )
        survivors += [name for name, status in sorted(mine.items()) if status in ("survived", "no tests")]
    lines += ["", f"## Surviving mutants ({len(survivors)})", ""]
    for name in survivors:
        shown = subprocess.run(
            [str(PYTHON), "-m", "mutmut", "show", name], cwd=ROOT, env=env, capture_output=True, text=True
        )
        diff = [
            line
            for line in shown.stdout.splitlines()
            if line.startswith(("-", "+")) and line[1:2] != line[:1]
        ]
        lines += [f"- `{name}` ({statuses[name]})", "", "  ```diff", *(f"  {line}" for line in diff), "  ```"]
    return "\n".join(lines) + "\n"


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in {"serve", "test", "mutate", "clients"}:
        sys.exit(__doc__)
    command, rest = sys.argv[1], sys.argv[2:]
    set_up()
    if command == "serve":
        os.execv(PYTHON, [str(PYTHON), "-m", "app", "serve", *rest])
    if command == "mutate":
        mutate(rest)
        return
    if command == "clients":
        clients()
        return
    test(rest)


if __name__ == "__main__":
    main()
