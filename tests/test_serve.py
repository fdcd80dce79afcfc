"""`book serve` (book/serve.py): the web edition over HTTP on 127.0.0.1, with the media types
of the downloads and, for `book watch`, the live-reload events; and a server you could leave
running (issue 30): per-connection timeouts, a bounded worker pool, a real listen backlog, only
regular files really inside OUT/site, no listing, the Host check, 400 for malformed targets,
nosniff and no version in Server; each case of the red team's list, against a real server on a
free port."""
from __future__ import annotations

import contextlib
import json
import os
import socket
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from book import serve
from book.serve import Live, parse_target, server, url


@contextlib.contextmanager
def running(root: Path, live: Live | None = None, quiet: bool = True):
    httpd = server(root, 0, live, quiet)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(10)
        assert not thread.is_alive()


def raw(httpd, request: bytes, timeout: float = 10) -> bytes:
    """Send `request` as bytes on a new connection; everything the server answers."""
    with socket.create_connection(httpd.server_address, timeout=timeout) as s:
        s.sendall(request)
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def get(httpd, target: str, host: str | None = None, method: str = "GET") -> tuple[int, dict, bytes]:
    host = host if host is not None else f"127.0.0.1:{httpd.server_address[1]}"
    answer = raw(httpd, f"{method} {target} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode("latin-1"))
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), headers, body


def test_server_media_types_and_live_reload(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("x.pdf", "x.epub", "c.css", "f.otf"):
        (tmp_path / "b" / name).write_bytes(b"data")
    (tmp_path / "b" / "index.html").write_text("<html><body><p>hi</p></body></html>")
    expected = {"x.pdf": "application/pdf", "x.epub": "application/epub+zip",
                "c.css": "text/css; charset=utf-8", "f.otf": "font/otf",
                "index.html": "text/html; charset=utf-8"}
    live = Live()
    for with_live in (None, live):
        httpd = server(tmp_path, 0, with_live)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        try:
            assert url(httpd).startswith("http://127.0.0.1:")
            for name, media_type in expected.items():
                with urllib.request.urlopen(f"{url(httpd)}b/{name}") as response:
                    assert response.headers["Content-Type"] == media_type, name
            with urllib.request.urlopen(f"{url(httpd)}b/") as response:
                page = response.read().decode()
            assert ("/__book__/live.js" in page) == (with_live is not None)
            if with_live:
                with urllib.request.urlopen(f"{url(httpd)}__book__/events") as events:
                    assert events.headers["Content-Type"] == "text/event-stream"
                    assert json.loads(events.readline().decode()[6:]) == {
                        "version": 0, "error": "", "moved": {}}
                    events.readline()
                    live.update("a.txt:1: no title")
                    assert json.loads(events.readline().decode()[6:])["error"] == \
                        "a.txt:1: no title"
                    events.readline()
                    live.update()
                    assert json.loads(events.readline().decode()[6:]) == {
                        "version": 1, "error": "", "moved": {}}
        finally:
            httpd.shutdown()
            httpd.server_close()


def test_serve_needs_a_site_and_a_free_port(tmp_path, capsys):
    from book.cli import main

    assert main(["serve", "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    (tmp_path / "site").mkdir()
    taken = server(tmp_path / "site", 0)
    try:
        port = taken.server_address[1]
        assert main(["serve", "--out", str(tmp_path), "--port", str(port)]) == 2
        err = capsys.readouterr().err
        assert f"cannot listen on 127.0.0.1:{port}" in err and err.count("\n") == 1
    finally:
        taken.server_close()


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    (root / "book").mkdir(parents=True)
    (root / "index.html").write_text("<html><body>library</body></html>")
    (root / "book" / "index.html").write_text("<html><body>book</body></html>")
    (root / "book" / "b.pdf").write_bytes(os.urandom(700_000))      # several chunks
    (root / "empty").mkdir()
    (tmp_path / "secret.txt").write_text("secret")
    return root


def test_files_folders_and_headers(site):
    with running(site) as httpd:
        status, headers, body = get(httpd, "/")
        assert (status, body) == (200, b"<html><body>library</body></html>")
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Server"] == "book"              # no Python, no version
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        status, headers, body = get(httpd, "/book/b.pdf")
        assert status == 200 and body == (site / "book" / "b.pdf").read_bytes()
        assert headers["Content-Length"] == str(len(body))
        assert headers["Content-Type"] == "application/pdf"
        status, headers, body = get(httpd, "/book/b.pdf", method="HEAD")
        assert status == 200 and body == b"" and headers["Content-Length"] == "700000"
        assert get(httpd, "/book")[:2] == (301, get(httpd, "/book")[1])
        assert get(httpd, "/book")[1]["Location"] == "/book/"
        assert get(httpd, "/book/?x=1#y")[2] == b"<html><body>book</body></html>"
        assert get(httpd, "/missing.html")[0] == 404
        assert get(httpd, "/book/", method="POST")[0] == 405


def test_no_directory_listing_and_no_dot_files(site):
    (site / ".hidden").write_text("x")
    with running(site) as httpd:
        assert get(httpd, "/empty/")[0] == 404            # no index.html: nothing, no listing
        assert get(httpd, "/empty")[0] == 301
        assert get(httpd, "/.hidden")[0] == 404


def test_symlinks_fifos_and_devices_are_not_served(site, tmp_path):
    (site / "leak.txt").symlink_to(tmp_path / "secret.txt")
    (site / "up").symlink_to(tmp_path)
    (site / "inside.html").symlink_to(site / "index.html")  # even one that stays inside
    os.mkfifo(site / "fifo.html")
    try:
        os.mknod(site / "null", 0o600 | __import__("stat").S_IFCHR, os.makedev(1, 3))
        device = True
    except PermissionError:
        device = False
    with running(site) as httpd:
        for target in ("/leak.txt", "/up/secret.txt", "/up/", "/inside.html", "/fifo.html",
                       *(["/null"] if device else [])):
            start = time.monotonic()
            assert get(httpd, target)[0] == 404, target
            assert time.monotonic() - start < 5            # a FIFO is never opened
        assert get(httpd, "/")[0] == 200                   # and no thread is stuck on it


@pytest.mark.parametrize("target", [
    "/a\x00b", "/a%00b", "/../secret.txt", "/%2e%2e/secret.txt", "/book/%2E/index.html",
    "/book//index.html", "/a\\..\\b", "/a%5cb", "/%zz", "/%ff", "/%c3", "/a%0ab", "/a%1bb",
    "http://127.0.0.1/", "*", "//evil.example/x",
])
def test_malformed_targets_are_400(site, target):
    with running(site) as httpd:
        status, headers, _body = get(httpd, target)
        assert status == 400, target
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert get(httpd, "/")[0] == 200                   # the server carries on


def test_malformed_request_lines_and_heads(site):
    port = None
    with running(site) as httpd:
        port = httpd.server_address[1]
        host = f"Host: 127.0.0.1:{port}\r\n".encode()
        for request in (b"GET /\r\n\r\n", b"GET / HTTP/1.1 extra\r\n" + host + b"\r\n",
                        b"GET / FTP/1.0\r\n" + host + b"\r\n",
                        b"GET /caf\xc3\xa9 HTTP/1.1\r\n" + host + b"\r\n",
                        b"GET / HTTP/1.1\r\n" + host + b" folded\r\n\r\n",
                        b"GET / HTTP/1.1\r\n" + host + b"no colon\r\n\r\n"):
            assert raw(httpd, request).startswith(b"HTTP/1.1 400 "), request
        huge = b"GET /" + b"a" * 20_000 + b" HTTP/1.1\r\n" + host + b"\r\n"
        assert raw(httpd, huge).startswith(b"HTTP/1.1 431 ")
        many = b"GET / HTTP/1.1\r\n" + host + b"X: y\r\n" * 200 + b"\r\n"
        assert raw(httpd, many).startswith(b"HTTP/1.1 400 ")
        assert get(httpd, "/")[0] == 200


def test_host_must_name_this_server(site):
    with running(site) as httpd:
        port = httpd.server_address[1]
        assert get(httpd, "/", f"localhost:{port}")[0] == 200
        assert get(httpd, "/", f"LOCALHOST:{port}")[0] == 200
        for host in ("evil.example", f"evil.example:{port}", "127.0.0.1", f"127.0.0.1:{port + 1}",
                     "localhost", f"[::1]:{port}", ""):
            assert get(httpd, "/", host)[0] == 421, host
        no_host = raw(httpd, b"GET / HTTP/1.1\r\n\r\n")
        assert no_host.startswith(b"HTTP/1.1 421 ")


def test_the_live_stream_needs_the_host_too(site):
    with running(site, Live()) as httpd:
        assert get(httpd, "/__book__/events", "evil.example")[0] == 421
        assert get(httpd, "/__book__/live.js")[0] == 200
        assert b"/__book__/live.js" in get(httpd, "/book/")[2]
        assert b"/__book__/live.js" not in get(httpd, "/book/b.pdf")[2]


def test_parse_target():
    assert parse_target("/") == ([], True)
    assert parse_target("/a/b.html?x#y") == (["a", "b.html"], False)
    assert parse_target("/%C3%BCr%C3%BCmqi/") == (["ürümqi"], True)


def test_slowloris_does_not_stop_the_service(site):
    """Many connections that send part of a head, or nothing, and never finish: every other
    client is still served at once, and no thread is spent on them."""
    with running(site) as httpd:
        threads = threading.active_count()
        port = httpd.server_address[1]
        idle = []
        try:
            for i in range(serve.PENDING + 100):
                s = socket.create_connection(httpd.server_address, timeout=5)
                if i % 2:
                    s.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-a: ".encode())
                idle.append(s)
            start = time.monotonic()
            for _ in range(20):
                assert get(httpd, "/book/b.pdf")[0] == 200
            assert time.monotonic() - start < 10
            assert threading.active_count() <= threads + serve.WORKERS
        finally:
            for s in idle:
                s.close()


def test_a_silent_connection_is_closed_after_the_head_timeout(site, monkeypatch):
    monkeypatch.setattr(serve, "HEAD_TIMEOUT", 0.5)
    with running(site) as httpd:
        with socket.create_connection(httpd.server_address, timeout=10) as s:
            start = time.monotonic()
            s.sendall(b"GET / HTTP/1.1\r\n")                 # and then nothing
            assert s.recv(100) == b""                         # the server hung up
            assert time.monotonic() - start < 5


def test_the_listen_backlog_holds_a_crowd(site):
    """Connections made before the server accepts any are queued by the kernel, not refused
    or left to retry (a backlog of 5 made 15 of 100 clients wait a second)."""
    httpd = server(site, 0)
    crowd = []
    try:
        for _ in range(200):
            s = socket.socket()
            s.settimeout(0.5)
            s.connect(httpd.server_address)                 # completes from the backlog
            crowd.append(s)
    finally:
        for s in crowd:
            s.close()
        httpd.server_close()


def test_the_log_escapes_what_the_terminal_would_run(site, capfd):
    with running(site, quiet=False) as httpd:
        get(httpd, "/%1b[31mred")
        get(httpd, "/book/")
    err = capfd.readouterr().err
    assert "\x1b" not in err and '"GET /book/ HTTP/1.1" 200' in err and " 400" in err


def test_a_slow_reader_gets_the_whole_file(site, monkeypatch):
    """What is still buffered when the last chunk is handed over goes out before the connection
    closes (closing abruptly would cut the tail of a download a slow client is reading). Small
    socket buffers on both sides keep the server's own buffer full to the end."""
    (site / "big.pdf").write_bytes(os.urandom(3_000_000))
    connection = serve.Server._connection

    async def small_buffers(self, reader, writer):
        writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
        await connection(self, reader, writer)

    monkeypatch.setattr(serve.Server, "_connection", small_buffers)
    with running(site) as httpd:
        port = httpd.server_address[1]
        with socket.socket() as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            s.settimeout(20)
            s.connect(httpd.server_address)
            s.sendall(f"GET /big.pdf HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
            chunks = []
            while chunk := s.recv(65536):
                chunks.append(chunk)
        body = b"".join(chunks).partition(b"\r\n\r\n")[2]
        assert len(body) == 3_000_000 and body == (site / "big.pdf").read_bytes()
