"""`book serve` (book/serve.py): the web edition over HTTP on 127.0.0.1, with the media types
of the downloads and, for `book watch`, the live-reload events."""
from __future__ import annotations

import json
import threading
import urllib.request

from book.serve import Live, server, url


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
                    assert json.loads(events.readline().decode()[6:]) == {"version": 0,
                                                                          "error": ""}
                    events.readline()
                    live.update("a.txt:1: no title")
                    assert json.loads(events.readline().decode()[6:])["error"] == \
                        "a.txt:1: no title"
                    events.readline()
                    live.update()
                    assert json.loads(events.readline().decode()[6:]) == {"version": 1,
                                                                          "error": ""}
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
