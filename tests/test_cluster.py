"""The deployment in deploy/ on real servers: replicas of `python -m app serve` behind Debian's nginx,
one PostgreSQL database, a replica killed, one restarted, the database cut off, a new dataset
migrated in (bench/cluster.py --quick, about a minute and a half). PostgreSQL only: replicas share one
database, which an SQLite file cannot be for processes behind a load balancer.

The static parts (the nginx template, the compose file, the Dockerfile) are checked on both engines.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "deploy"))
sys.path.insert(0, str(ROOT / "bench"))

from render_nginx import render_nginx  # noqa: E402

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL")


def test_compose_runs_migrate_once_and_replicas_without_it() -> None:
    compose = yaml.safe_load((ROOT / "deploy" / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert set(services) >= {"db", "migrate", "app1", "app2", "nginx"}
    assert services["migrate"]["command"][-1] == "migrate"
    for name in ("app1", "app2"):
        assert "--no-migrate" in services[name]["command"]
        assert services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    mounted = services["nginx"]["volumes"][0].split(":")[0]
    assert (ROOT / "deploy" / mounted).exists()


def test_compose_nginx_config_is_the_template_rendered() -> None:
    rendered = render_nginx(
        ["app1:8000", "app2:8000"],
        listen="80",
        server_name="localhost",
        public_host="localhost:8080",
        cache_dir="/var/cache/nginx/changdu-facts",
    )
    assert (ROOT / "deploy" / "nginx.compose.conf").read_text(encoding="utf-8") == rendered
    assert "{{" not in rendered


def test_image_compiles_bytecode_at_build_time() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "compileall" in dockerfile
    assert "PYTHONDONTWRITEBYTECODE=1" in dockerfile


def _nginx() -> str | None:
    return shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


@pytest.mark.skipif(_nginx() is None, reason="needs Debian's nginx (tasks.py test installs it as root)")
def test_rendered_config_passes_nginx_t(tmp_path: Path) -> None:
    (tmp_path / "api.conf").write_text(
        render_nginx(
            ["127.0.0.1:1", "127.0.0.1:2"],
            listen="127.0.0.1:1",
            server_name="127.0.0.1",
            public_host="127.0.0.1:1",
            cache_dir=str(tmp_path / "cache"),
        )
    )
    (tmp_path / "main.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log stderr;\nevents {{}}\n"
        f"http {{ include {tmp_path}/api.conf; }}\n"
    )
    checked = subprocess.run(
        [_nginx(), "-t", "-p", str(tmp_path), "-c", str(tmp_path / "main.conf")],
        capture_output=True,
        text=True,
    )  # type: ignore[list-item]
    assert checked.returncode == 0, checked.stderr


@pytest.mark.cluster
@pytest.mark.skipif(
    not TEST_DATABASE_URL, reason="the cluster shares one PostgreSQL database: set TEST_DATABASE_URL"
)
@pytest.mark.skipif(
    _nginx() is None or shutil.which("wrk") is None,
    reason="needs Debian's nginx and wrk (tasks.py test installs them as root)",
)
def test_cluster_survives_its_faults_and_follows_a_new_dataset() -> None:
    import cluster

    report = cluster.run_all(replicas=2, quick=True, admin_url=TEST_DATABASE_URL)

    for fault in ("kill", "rolling_restart"):
        assert report[fault]["requests"] > 100, report[fault]
        assert report[fault]["failed"] == 0, report[fault]
    assert report["kill"]["exit_code"] == -9
    assert report["rolling_restart"]["exit_code"] == -15

    outage = report["outage"]
    assert set(outage["cached_statuses"]) == {200}, outage  # cached answers keep flowing
    assert set(outage["fresh_statuses"]) == {503}, outage  # the rest: 503 ...
    assert outage["fresh_503_without_retry_after"] == 0, outage  # ... with Retry-After
    for name, recovered in outage["recovered_s"].items():
        if name.endswith("_readyz"):
            assert recovered == 200, outage
        else:
            assert recovered < 5, outage  # no restart: each replica answers from the database again

    update = report["update"]
    assert update["failed"] == 0, update["examples"]
    assert update["replicas_converged_s"] <= 2.0, update["converged_s"]
    assert update["mixed_pages"] == 0, update["examples"]
    assert update["wrong_language"] == 0, update["examples"]
    assert update["etag_conflicts"] == 0 and update["etag_same_across_versions"] == 0, update
    # nginx revalidates each second (s-maxage=1): the new version within s-maxage + the replicas'
    # 1 s poll + nginx's whole-second clock, and never the old one again once it served the new.
    assert update["converged_s"]["nginx"] <= 3.0, update["converged_s"]
    assert update["nginx_old_after_new"] == 0, update
    assert update["old_cursor_after_switch"]["status"] == 200


@pytest.mark.skipif(_nginx() is None, reason="needs Debian's nginx (tasks.py test installs it as root)")
def test_edge_rate_limit_answers_429_problem_with_retry_after() -> None:
    import socket
    import tempfile
    import time

    import httpx

    folder = Path(tempfile.mkdtemp(prefix="changdu-edge-"))
    folder.chmod(0o755)  # nginx's workers run as nobody when the tests run as root
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (folder / "api.conf").write_text(
        render_nginx(
            ["127.0.0.1:9"],  # no replica: what passes the limit answers nginx's own 503
            listen=f"127.0.0.1:{port}",
            server_name="127.0.0.1",
            public_host=f"127.0.0.1:{port}",
            cache_dir=str(folder / "cache"),
            rate=1,
            burst=2,
        )
    )
    (folder / "main.conf").write_text(
        "daemon off;\npid nginx.pid;\nerror_log stderr;\nevents {}\n"
        "http { access_log off; proxy_temp_path temp; client_body_temp_path temp; include api.conf; }\n"
    )
    nginx = subprocess.Popen([_nginx(), "-p", str(folder), "-c", str(folder / "main.conf")])  # type: ignore[list-item]
    try:
        answers = []
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=5) as client:
            for _ in range(100):
                try:
                    answers.append(client.get("/v1/statistics"))
                    break
                except httpx.TransportError:
                    time.sleep(0.05)
            answers += [client.get("/v1/statistics") for _ in range(6)]
    finally:
        nginx.terminate()
        nginx.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)
    limited = [answer for answer in answers if answer.status_code == 429]
    assert len(limited) >= 3, [answer.status_code for answer in answers]
    assert {answer.status_code for answer in answers} == {429, 503}
    for answer in limited:
        assert answer.headers["content-type"] == "application/problem+json"
        assert answer.json()["status"] == 429
        assert answer.headers["retry-after"] == "1"
