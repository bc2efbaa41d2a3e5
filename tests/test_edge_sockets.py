"""A real `python -m app serve`, attacked through raw sockets (issue 10).

Each class of attack the hostile-input review found, and its neighbours: a repeated or foreign
Host, repeated Accept-Language / Accept-Encoding / If-None-Match, variants of one query string,
oversized and slow headers, request smuggling, junk keys that would fill memory, and a flood of
misses. The server runs with its defaults (PUBLIC_URL unset: the address it binds to) but a short
header timeout, so that the slow-client test takes seconds.
"""

import contextlib
import json
import multiprocessing
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.core.config import PROJECT_ROOT

EVIL = "evil.example"
HEADER_TIMEOUT = 1.5
# The URLs whose answers carry absolute URLs: a list with next and Link, an embed page, oEmbed,
# the JSON-LD dataset. Each test uses parameter values of its own, so it meets an empty entry.
SLUG = "social-insurance-enrolments-2019"


@dataclass
class Server:
    port: int
    process: subprocess.Popen[bytes]

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def rss_mib(self) -> float:
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        return int(re.search(r"^VmRSS:\s+(\d+) kB", status, re.M).group(1)) / 1024  # type: ignore[union-attr]


@dataclass
class Answer:
    status: int
    headers: dict[str, list[str]]
    body: bytes

    def header(self, name: str) -> str | None:
        values = self.headers.get(name)
        return values[0] if values else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def read_answer(sock: socket.socket, buffer: bytearray) -> Answer:
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError(f"closed before an answer: {bytes(buffer)[:200]!r}")
        buffer += chunk
    head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers: dict[str, list[str]] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.setdefault(name.strip().lower(), []).append(value.strip())
    length = int(headers.get("content-length", ["0"])[0])
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    buffer[:] = rest[length:]
    return Answer(int(lines[0].split()[1]), headers, rest[:length])


def raw(
    server: Server, target: str, fields: list[tuple[str, str]] | None = None, host: bool = True
) -> Answer:
    """One request on a connection of its own, header fields exactly as given (repeats kept)."""
    lines = [f"GET {target} HTTP/1.1", *([f"Host: {server.host}"] if host else [])]
    lines += [f"{name}: {value}" for name, value in fields or []]
    lines.append("Connection: close")
    with socket.create_connection(("127.0.0.1", server.port), timeout=20) as sock:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        return read_answer(sock, bytearray())


@pytest.fixture(scope="module")
def server(new_database: Callable[[], str]) -> Iterator[Server]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("PUBLIC_URL", "ALLOWED_HOSTS")}
    env |= {"DATABASE_URL": new_database(), "HEADER_TIMEOUT": str(HEADER_TIMEOUT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--port", str(port)],
        env=env,
        cwd=PROJECT_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    running = Server(port, process)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if raw(running, "/readyz").status == 200:
                break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail(f"the server never became ready: {process.stderr.read().decode()[-3000:]}")  # type: ignore[union-attr]
    yield running
    process.terminate()
    output = process.communicate(timeout=20)[1].decode()
    assert "Traceback" not in output, output[-3000:]


def poisonable(tag: int) -> list[str]:
    """The URLs that carry absolute URLs, with parameter values no other test uses."""
    return [
        f"/v1/statistics?limit={tag}",
        f"/embed/statistics/{SLUG}?theme={('light', 'dark', 'auto')[tag % 3]}",
        f"/oembed?url=http%3A%2F%2F127.0.0.1%2Fembed%2Ftimeline&maxwidth={300 + tag}",
        "/v1/dataset.jsonld",
    ]


# --- one public origin --------------------------------------------------------------------------


@pytest.mark.parametrize("which", range(4))
def test_a_repeated_or_foreign_host_is_refused_and_poisons_nothing(server: Server, which: int) -> None:
    target = poisonable(3)[which].replace("127.0.0.1", f"127.0.0.1%3A{server.port}")  # oEmbed: our origin
    for hosts in ([EVIL, server.host], [server.host, EVIL], [EVIL], [f"{EVIL}:{server.port}"]):
        attack = raw(server, target, [("Host", host) for host in hosts], host=False)
        assert attack.status == 400, (hosts, attack.status)
        assert attack.header("content-type") == "application/problem+json"
        assert EVIL.encode() not in attack.body
    forwarded = raw(server, target, [("X-Forwarded-Host", EVIL), ("X-Forwarded-Proto", "https")])
    honest = raw(server, target)
    for answer in (forwarded, honest):
        assert answer.status == 200, answer.body[:300]
        # Neither the forwarded host nor the forwarded scheme reaches our own URLs (other sites'
        # https:// links, such as a note's source or the data licence, are the data's own).
        assert EVIL.encode() not in answer.body
        assert server.origin.replace("http://", "https://").encode() not in answer.body
        assert f"{server.origin}/".encode() in answer.body.replace(b"\\/", b"/")
    assert forwarded.body == honest.body and forwarded.header("etag") == honest.header("etag")
    if target.startswith("/v1/statistics"):
        assert json.loads(honest.body)["next"].startswith(f"{server.origin}/v1/statistics?")
        assert honest.header("link").startswith(f"<{server.origin}/v1/statistics?")  # type: ignore[union-attr]


@pytest.mark.parametrize("host", ["localhost", f"localhost:{1 + 0}", "[::1]:80", "127.0.0.1"])
def test_the_local_names_are_served_and_never_reflected(server: Server, host: str) -> None:
    answer = raw(server, "/v1/statistics?limit=4", [("Host", host)], host=False)
    assert answer.status == 200
    assert json.loads(answer.body)["next"].startswith(f"{server.origin}/v1/statistics?")


def test_a_request_without_a_host_is_refused(server: Server) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(b"GET /v1/statistics?limit=4 HTTP/1.0\r\n\r\n")
        answer = read_answer(sock, bytearray())
    assert answer.status == 400 and answer.header("content-type") == "application/problem+json"


# --- headers read once ---------------------------------------------------------------------------


def language(answer: Answer) -> str | None:
    return answer.header("content-language")


@pytest.mark.parametrize("which", range(3))
@pytest.mark.parametrize("order", [("en", "zh"), ("zh", "en")])
def test_repeated_accept_language_cannot_poison(server: Server, which: int, order: tuple[str, str]) -> None:
    """Repeated fields are one list (RFC 9110 §5.3): "en" then "zh" is "en, zh", and the answer in
    that language is stored under that language, never under the other."""
    target = poisonable(5 if order[0] == "en" else 6)[which].replace(
        "127.0.0.1", f"127.0.0.1%3A{server.port}"
    )
    attack = raw(server, target, [("Accept-Language", order[0]), ("Accept-Language", order[1])])
    assert attack.status == 200 and language(attack) == order[0]
    for asked, expected in (("zh-CN,zh;q=0.9", "zh"), ("en-GB", "en"), (f"{order[0]}, {order[1]}", order[0])):
        honest = raw(server, target, [("Accept-Language", asked)])
        assert language(honest) == expected, (asked, language(honest))
        assert (honest.body == attack.body) == (expected == order[0])


def test_repeated_lang_parameters_are_read_as_the_application_reads_them(server: Server) -> None:
    """`?lang=en&lang=zh`: FastAPI reads the last; the cache keys on the last; so do `next` URLs."""
    mixed = raw(server, "/v1/photos?lang=en&lang=zh&limit=2")
    assert mixed.status == 200 and language(mixed) == "zh"
    english = raw(server, "/v1/photos?limit=2&lang=en")
    assert language(english) == "en" and english.body != mixed.body
    assert "lang=en&lang" not in json.loads(mixed.body)["next"]


def test_variants_of_one_query_are_one_entry_with_one_etag(server: Server) -> None:
    variants = [
        "/v1/statistics?limit=6&lang=en",
        "/v1/statistics?lang=en&limit=6",
        "/v1/statistics?lang=%65n&limit=%36",
        "/v1/statistics?limit=6&lang=en&utm_source=x&_=" + "y" * 500,
        "/v1/statistics?limit=6&lang=en&limit=6",
        "/v1/statistics?limit=6&lang=EN-gb",
    ]
    answers = [raw(server, target) for target in variants]
    assert {a.status for a in answers} == {200}
    assert len({a.header("etag") for a in answers}) == 1
    assert len({a.body for a in answers}) == 1
    assert b"yyy" not in answers[3].body and b"utm_source" not in answers[3].body
    junk = raw(server, "/v1/statistics?limit=6&lang=en&junk=" + "y" * 500)
    assert junk.status == 400 and b'"name":"junk"' in junk.body


def test_etags_come_from_the_bytes(server: Server) -> None:
    """One body, one ETag, whichever request made it; another body (gzip too), another ETag."""
    chinese = raw(server, "/v1/photos?lang=zh")
    default = raw(server, "/v1/photos")  # Chinese by default: the same bytes under another key
    english = raw(server, "/v1/photos?lang=en")
    gzipped = raw(server, "/v1/photos?lang=zh", [("Accept-Encoding", "gzip")])
    assert chinese.body == default.body and chinese.header("etag") == default.header("etag")
    assert english.header("etag") != chinese.header("etag")
    assert gzipped.header("content-encoding") == "gzip"
    assert gzipped.header("etag") not in (chinese.header("etag"), english.header("etag"))
    for answer, fields in ((chinese, []), (gzipped, [("Accept-Encoding", "gzip")])):
        again = raw(server, "/v1/photos?lang=zh", [*fields, ("If-None-Match", answer.header("etag") or "")])
        assert again.status == 304 and again.body == b""
        weak = raw(server, "/v1/photos?lang=zh", [*fields, ("If-None-Match", f"W/{answer.header('etag')}")])
        assert weak.status == 304  # If-None-Match compares weakly (RFC 9110 §13.1.2)


def test_repeated_accept_encoding_and_if_none_match_are_combined(server: Server) -> None:
    target = "/v1/milestones?limit=50"
    both = raw(server, target, [("Accept-Encoding", "identity"), ("Accept-Encoding", "gzip")])
    assert both.header("content-encoding") == "gzip"
    plain = raw(server, target)
    assert plain.header("content-encoding") is None and plain.body.startswith(b"{")
    etag = plain.header("etag") or ""
    revalidated = raw(server, target, [("If-None-Match", '"not-this-one"'), ("If-None-Match", etag)])
    assert revalidated.status == 304
    refused = raw(server, target, [("If-Modified-Since", "Tue, 01 Dec 2099 00:00:00 GMT")] * 2)
    assert refused.status == 400 and refused.header("content-type") == "application/problem+json"


def test_head_and_get_share_one_entry(server: Server) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(f"HEAD /v1/statistics?limit=8 HTTP/1.1\r\nHost: {server.host}\r\n\r\n".encode())
        head = read_answer(sock, bytearray(b""))
    get = raw(server, "/v1/statistics?limit=8")
    assert head.status == get.status == 200 and head.header("etag") == get.header("etag")


# --- limits at the edge --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "fields"),
    [
        ("/v1/statistics", [("X-Big", "a" * 20_000)]),
        ("/v1/statistics", [(f"X-Many-{index}", "1") for index in range(150)]),
        ("/v1/statistics?q=" + "b" * 20_000, []),
        ("/v1/statistics", [("Accept-Language", "en, " * 5_000)]),
    ],
    ids=["one-20kB-field", "150-fields", "20kB-request-line", "20kB-accept-language"],
)
def test_oversized_headers_answer_431(server: Server, target: str, fields: list[tuple[str, str]]) -> None:
    answer = raw(server, target, fields)
    assert answer.status == 431
    assert answer.header("content-type") == "application/problem+json"
    assert json.loads(answer.body)["status"] == 431
    assert raw(server, "/healthz").status == 200


def test_a_10mb_header_is_cut_off(server: Server) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=20) as sock:
        sock.sendall(f"GET /v1/statistics HTTP/1.1\r\nHost: {server.host}\r\nX-Huge: ".encode())
        sent = 0
        try:
            while sent < 10 * 1024 * 1024:
                sock.sendall(b"z" * 65536)
                sent += 65536
        except OSError:
            pass  # the server closed the connection while we were still sending: the point
        try:
            answer = read_answer(sock, bytearray())
            assert answer.status == 431
        except OSError:
            pass  # reset before the 431 could be read: the connection is gone either way
    assert raw(server, "/healthz").status == 200


def test_slow_or_silent_clients_are_disconnected(server: Server) -> None:
    silent = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    slow = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    slow.sendall(b"GET /v1/statistics HTTP/1.1\r\n")
    started = time.monotonic()
    for _ in range(4):  # a header line now and then, never the end of the headers
        time.sleep(HEADER_TIMEOUT / 3)
        try:
            slow.sendall(b"X-Drip: 1\r\n")
        except OSError:
            break
    for sock in (silent, slow):
        with contextlib.suppress(ConnectionResetError):
            assert sock.recv(100) == b""  # closed by the server (a timeout here: never closed)
        sock.close()
    assert time.monotonic() - started < HEADER_TIMEOUT + 5


def test_smuggling_a_second_request_in_a_body_fails(server: Server) -> None:
    """Content-Length and Transfer-Encoding together: the parser refuses the request (400) rather
    than letting a body hide a second request to an evil Host."""
    hidden = f"GET /v1/statistics?limit=11 HTTP/1.1\r\nHost: {EVIL}\r\n\r\n"
    request = (
        f"GET /healthz HTTP/1.1\r\nHost: {server.host}\r\nContent-Length: {len(hidden) + 5}\r\n"
        f"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n{hidden}"
    )
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(request.encode())
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    statuses = re.findall(rb"^HTTP/1\.1 (\d{3})", data, re.M)
    assert statuses and statuses[0] == b"400", data[:300]
    assert b"200" not in statuses[1:] and EVIL.encode() not in data


@pytest.mark.parametrize(
    "target",
    [
        "/v1/statistics?limit=99999999999999999999999",
        "/v1/statistics?limit=-1",
        "/v1/statistics?cursor=" + "A" * 5_000,
        "/v1/search?q=x&cursor=" + "%FF" * 1_000,
    ],
)
def test_absurd_limits_and_cursors_are_problems(server: Server, target: str) -> None:
    answer = raw(server, target)
    assert answer.status in (400, 422)
    assert answer.header("content-type") == "application/problem+json"


# --- memory --------------------------------------------------------------------------------------


def test_memory_stays_bounded_under_junk_keys_and_huge_headers(server: Server) -> None:
    """3,000 distinct junk queries of ~2 kB (`utm_*`: answered, not refused) with as many distinct
    Accept-Language values, ten 1 MB headers: RSS grows by less than 25 MiB (before issue 10: 300
    junk queries alone added ~12 MiB, two 1 MB Hosts ~14 MiB; bench/hostile.py)."""
    for _ in range(3):
        raw(server, "/v1/statistics?limit=20")
    before = server.rss_mib()
    with socket.create_connection(("127.0.0.1", server.port), timeout=20) as sock:
        buffer = bytearray()
        for index in range(3_000):
            sock.sendall(
                f"GET /v1/statistics?limit=20&utm_{index}={'x' * 2000} HTTP/1.1\r\nHost: {server.host}\r\n"
                f"Accept-Language: en;q=0.{index % 10}, x-{index}-{'y' * 400}\r\n\r\n".encode()
            )
            assert read_answer(sock, buffer).status == 200
    for index in range(10):
        try:
            answer = raw(server, "/v1/statistics?limit=20", [("X-Huge", f"{index}" + "z" * 1024 * 1024)])
            assert answer.status == 431
        except OSError:
            pass
    growth = server.rss_mib() - before
    assert growth < 25, f"RSS grew {growth:.1f} MiB"


# --- overload ------------------------------------------------------------------------------------


def _flood(port: int, seconds: float, connections: int, results: "multiprocessing.Queue[dict]") -> None:
    """Search misses from `connections` sockets at once, each reconnecting as soon as it is told to;
    in a process of its own at a lower priority, so that it never delays the probe's measurements."""
    import threading

    os.nice(10)
    stop = time.monotonic() + seconds
    counts: dict[str, int] = {}
    lock = threading.Lock()

    def misses(worker: int) -> None:
        sequence = 0
        while time.monotonic() < stop:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
                    buffer = bytearray()
                    while time.monotonic() < stop:
                        sequence += 1
                        target = f"/v1/search?q=f{worker}x{sequence}"
                        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
                        answer = read_answer(sock, buffer)
                        kind = str(answer.status)
                        if answer.status == 503:
                            ok = answer.header("retry-after") == "1"
                            ok = ok and answer.header("content-type") == "application/problem+json"
                            kind = "503" if ok else "503-malformed"
                        with lock:
                            counts[kind] = counts.get(kind, 0) + 1
                        if answer.header("connection") == "close":
                            break
            except OSError:
                with lock:
                    counts["dropped"] = counts.get("dropped", 0) + 1

    threads = [threading.Thread(target=misses, args=(worker,)) for worker in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.put(counts)


def test_a_flood_of_misses_is_shed_and_healthz_stays_fast(server: Server) -> None:
    """64 connections sending search misses for 3 s (never a hit): more than run (4) and wait (32)
    at once, so the rest answer 503 problem+json with Retry-After at once; /healthz, asked every
    20 ms on a kept-alive connection, keeps a p90 under 100 ms (before issue 10: a median of
    110-460 ms)."""
    # The server a little ahead of the other processes on this shared machine (where we may), so
    # that what is measured is its own event loop, not the neighbours' load.
    with contextlib.suppress(PermissionError):
        os.setpriority(os.PRIO_PROCESS, server.process.pid, -5)
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    flood = context.Process(target=_flood, args=(server.port, 3.0, 64, results))
    flood.start()
    time.sleep(0.3)
    latencies = []
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        buffer = bytearray()
        stop = time.monotonic() + 2.4
        while time.monotonic() < stop:
            started = time.perf_counter()
            sock.sendall(f"GET /healthz HTTP/1.1\r\nHost: {server.host}\r\n\r\n".encode())
            assert read_answer(sock, buffer).status == 200
            latencies.append((time.perf_counter() - started) * 1000)
            time.sleep(0.02)
    counts = results.get(timeout=30)
    flood.join(timeout=30)
    with contextlib.suppress(PermissionError):
        os.setpriority(os.PRIO_PROCESS, server.process.pid, 0)
    latencies.sort()
    p90 = latencies[int(len(latencies) * 0.9)]
    print(f"/healthz p50 {latencies[len(latencies) // 2]:.1f} ms, p90 {p90:.1f} ms; the flood: {counts}")
    assert set(counts) <= {"200", "503", "dropped"}, counts
    assert counts.get("503", 0) > 0 and counts.get("200", 0) > 0, counts
    assert p90 < 100, f"/healthz p90 {p90:.1f} ms under the flood ({counts})"
