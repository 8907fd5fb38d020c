"""The web page's safety rules, through Flask's test client (no browser): CSRF, content checks,
limits, server-made ids, per-visitor folders removed, errors as sentences, two uploads at once."""

import io
import re
import threading
from pathlib import Path

import pytest

pytest.importorskip("flask", reason="the [web] extra is not installed")

from cqcplan.web.app import create_app  # noqa: E402
from cqcplan.web.store import Store  # noqa: E402

FIXTURES = Path(__file__).parent.parent / "fixtures"
REPORT = FIXTURES / "gp_practice_2016" / "report.pdf"


@pytest.fixture
def store(tmp_path):
    yield Store(tmp_path / "root")


@pytest.fixture
def app(store):
    app = create_app(store, max_upload_mb=50)
    app.testing = True
    return app


def token(client) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', client.get("/").get_data(as_text=True)).group(1)


def post_upload(client, *files: tuple[bytes, str], csrf: str | None = None):
    data = {"csrf": token(client) if csrf is None else csrf,
            "reports": [(io.BytesIO(content), name) for content, name in files]}
    return client.post("/upload", data=data, content_type="multipart/form-data")


def test_a_form_without_its_csrf_token_is_refused_with_a_sentence(app):
    client = app.test_client()
    response = post_upload(client, (REPORT.read_bytes(), "r.pdf"), csrf="forged")
    assert response.status_code == 400 and "This form had expired" in response.get_data(as_text=True)
    assert client.post("/reset", data={}).status_code == 400


def test_pdfs_are_known_by_content_not_name(app, store):
    client = app.test_client()
    response = post_upload(client, (b"minutes of the meeting", "report.pdf"))
    assert response.status_code == 400
    assert "report.pdf is not a PDF file" in response.get_data(as_text=True)
    assert list(store.root.iterdir()) == []  # a refused upload leaves no folder behind
    response = post_upload(client, (REPORT.read_bytes(), "renamed.txt"))
    assert response.status_code == 302 and response.headers["Location"].endswith("/review")
    page = client.get("/review").get_data(as_text=True)
    assert "renamed.txt" in page and "Traceback" not in page
    (folder,) = [p for p in store.root.iterdir()]
    assert [p.name for p in folder.iterdir()] == ["review.json"]  # the upload itself is deleted once read


@pytest.mark.parametrize("fixture, words", [("damaged", "damaged"), ("scanned_image", "text layer"),
                                             ("not_cqc", "does not look like a CQC")])
def test_bad_reports_are_a_sentence_on_the_page(app, fixture, words):
    response = post_upload(app.test_client(), ((FIXTURES / fixture / "report.pdf").read_bytes(), "mine.pdf"))
    body = response.get_data(as_text=True)
    assert response.status_code == 400 and words in body and "mine.pdf" in body and "upload-1" not in body


def test_too_large_uploads_are_refused_with_a_sentence(app):
    response = post_upload(app.test_client(), (b"%PDF-1.4\n" + b"0" * 51_000_000, "big.pdf"))
    assert response.status_code == 413 and "too large" in response.get_data(as_text=True)
    from cqcplan.web import uploads

    with pytest.raises(uploads.Refused, match="over 1 MB"):
        uploads.save(io.BytesIO(b"%PDF-1.4\n" + b"0" * 2_000_000), Path("/dev/null"), "big.pdf", max_bytes=1_000_000)


def test_visitor_ids_are_the_servers_own(store):
    assert store.root.stat().st_mode & 0o077 == 0  # only this user can look inside
    for forged in ("../../etc", "", "0" * 31, "../" + "0" * 32, None):
        assert store.folder(forged) is None
    visitor = store.new_id()
    assert store.folder(visitor) == store.root / visitor


def test_start_again_removes_the_visitors_folder(app, store):
    client = app.test_client()
    post_upload(client, (REPORT.read_bytes(), "r.pdf"))
    assert len(list(store.root.iterdir())) == 1
    client.post("/reset", data={"csrf": token(client)})
    assert list(store.root.iterdir()) == []
    assert client.get("/review").status_code == 302


def test_idle_folders_are_swept_and_closing_removes_everything(store):
    import time

    visitor = store.new_id()
    store.sweep(now=time.time() + 3 * 3600)
    assert store.folder(visitor) is None
    store.new_id()
    store.close()
    assert not store.root.exists()


def test_downloads_in_every_format(app):
    client = app.test_client()
    post_upload(client, (REPORT.read_bytes(), "Practice report.pdf"))
    for fmt, magic in (("docx", b"PK"), ("xlsx", b"PK"), ("csv", b""), ("json", b"{")):
        response = client.get(f"/download/{fmt}")
        assert response.status_code == 200 and response.data.startswith(magic)
        assert f'filename=Practice-report-action-plan.{fmt}' in response.headers["Content-Disposition"]
    assert client.get("/download/pdf").status_code == 404


def test_two_uploads_at_once_each_get_their_own_review(app, store):
    results = {}

    def visit(name):
        client = app.test_client()
        results[name] = (post_upload(client, (REPORT.read_bytes(), name)).status_code,
                         client.get("/review").get_data(as_text=True))

    threads = [threading.Thread(target=visit, args=(n,)) for n in ("first.pdf", "second.pdf")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert {name: (code, name in page) for name, (code, page) in results.items()} == \
        {"first.pdf": (302, True), "second.pdf": (302, True)}
    assert len(list(store.root.iterdir())) == 2


def test_another_host_name_is_refused_when_serving_locally(app):
    response = app.test_client().get("/", headers={"Host": "evil.example"})
    assert response.status_code == 400 and "Traceback" not in response.get_data(as_text=True)


def test_an_internal_error_is_a_sentence(app, monkeypatch):
    from cqcplan.web import review

    monkeypatch.setattr(review, "start", lambda reports: 1 / 0)
    response = post_upload(app.test_client(), (REPORT.read_bytes(), "r.pdf"))
    assert response.status_code == 500 and "Something went wrong on our side" in response.get_data(as_text=True)


def test_local_addresses():
    from cqcplan.web import serve

    assert serve.is_local("127.0.0.1") and serve.is_local("::1") and serve.is_local("localhost")
    assert not serve.is_local("0.0.0.0") and not serve.is_local("192.168.1.5")


def test_serve_on_a_taken_port_is_one_line_exit_20():
    import socket
    import subprocess
    import sys

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        result = subprocess.run([sys.executable, "-m", "cqcplan", "serve", "--port", port], capture_output=True,
                                text=True, timeout=60)
    assert result.returncode == 20 and len(result.stderr.strip().splitlines()) == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr


def test_serving_beyond_this_computer_warns(monkeypatch, caplog):
    from cqcplan.web import serve

    class Stop(Exception):
        pass

    def fake_server(app, **kw):
        raise Stop

    import waitress

    monkeypatch.setattr(waitress, "create_server", fake_server)
    with pytest.raises(Stop):
        serve.serve("0.0.0.0", 0)
    assert "other computers on the network can reach this page" in caplog.text
