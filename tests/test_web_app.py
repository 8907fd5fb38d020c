"""The web page's safety rules, through Flask's test client (no browser): CSRF, content checks,
limits, server-made ids, per-visitor folders removed, errors as sentences, two uploads at once;
joining actions (and splitting them again); an edited plan's checks and progress, read only."""

import io
import json
import re
import zipfile
import threading
from datetime import date
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


# ---------------------------------------------------------------- joining actions


def review_state(store):
    (folder,) = store.root.iterdir()
    return store.load(folder.name)


def test_joining_a_should_with_a_must_makes_one_must_keeping_both_wordings(app, store):
    from cqcplan.pipeline.refs import number_actions

    client = app.test_client()
    post_upload(client, (REPORT.read_bytes(), "r.pdf"))
    before = review_state(store).extraction
    must = next(a for a in before.actions if a.kind == "must")
    should = [a for a in before.actions if a.kind == "should"][-1]
    response = client.post("/join", data={"csrf": token(client), "refs": [should.ref, must.ref]})
    after = review_state(store).extraction
    assert len(after.actions) == len(before.actions) - 1
    (joined,) = [a for a in after.actions if set(a.findings) == {*must.findings, *should.findings}]
    assert joined.kind == "must" and response.headers["Location"].endswith(f"#row-{joined.findings[0]}")
    assert after == number_actions(after)  # refs as the plan step gives them: nothing left to renumber
    assert [a.ref for a in after.actions] == [a.ref for a in before.actions][:-1]  # the last should's ref goes
    plan = json.loads(client.get("/download/json").data)
    (row,) = [a for a in plan["actions"] if a["ref"] == joined.ref]
    texts = {f.id: f.text for f in before.findings}
    assert [w["text"] for w in row["wordings"]] == [texts[i] for i in [*must.findings, *should.findings]]
    assert row["kind"] == "must" and [w["page"] for w in row["wordings"]] == \
        [f.page for i in [*must.findings, *should.findings] for f in before.findings if f.id == i]
    assert row["wordings"][-1]["merged_because"].startswith("Joined by a reviewer with F")
    page = client.get("/review").get_data(as_text=True)
    assert f"Split {joined.ref} into 2 actions" in page and 'form="join"' in page
    assert f'<label for="join-{joined.ref}">Select {joined.ref} to join</label>' in page


def test_a_join_then_a_split_gives_back_the_actions_as_they_were(app, store):
    client = app.test_client()
    post_upload(client, (REPORT.read_bytes(), "r.pdf"))
    before = review_state(store).extraction
    refs = [a.ref for a in before.actions[1:4]]
    client.post("/join", data={"csrf": token(client), "refs": refs})
    (joined,) = [a for a in review_state(store).extraction.actions if len(a.findings) == 3]
    client.post(f"/action/{joined.ref}/split", data={"csrf": token(client)})
    assert review_state(store).extraction == before


def test_join_asks_for_two_actions_and_needs_the_forms_token(app, store):
    client = app.test_client()
    post_upload(client, (REPORT.read_bytes(), "r.pdf"))
    before = review_state(store)
    for refs in ([], ["M1"], ["M1", "M1"]):
        client.post("/join", data={"csrf": token(client), "refs": refs})
        assert "Choose two or more actions to join" in client.get("/review").get_data(as_text=True)
    client.post("/join", data={"csrf": token(client), "refs": ["M1", "Z9"]})
    assert "There is no action Z9 any more" in client.get("/review").get_data(as_text=True)
    assert client.post("/join", data={"csrf": "forged", "refs": ["M1", "M2"]}).status_code == 400
    assert review_state(store) == before


def test_split_undoes_a_join_restoring_the_merges_the_joined_actions_had():
    from plan_samples import acute_trust

    from cqcplan.pipeline.refs import number_actions
    from cqcplan.web import review

    start = review.Review(reports=[], extraction=number_actions(acute_trust()))
    start = review.mark_reviewed(start, "S1")
    merged = next(a for a in start.extraction.actions if len(a.findings) == 2)  # the merge stage's must + should
    joined = review.join(start, [merged.ref, "S1", "S3"])
    (action,) = [a for a in joined.extraction.actions if len(a.findings) == 4]
    assert action.ref == merged.ref and joined.reviewed == []  # a new action is not yet reviewed
    assert [m.basis for m in action.merges].count("reviewer") == 2 and review.split_parts(action)[0] == \
        merged.model_copy(update={"ref": ""})
    assert review.split(joined, action.ref).extraction == start.extraction
    apart = review.split(start, merged.ref)  # a merge the merge stage made: one action per statement
    assert len(apart.extraction.actions) == len(start.extraction.actions) + 1
    assert all(not a.merges for a in apart.extraction.actions)


# ---------------------------------------------------------------- an edited plan's checks and progress

DAY = "2025-03-03"


def drafted(tmp_path, fmt: str) -> Path:
    from plan_samples import acute_trust

    from cqcplan.pipeline.plan import make_plan
    from cqcplan.pipeline.render import render

    [path] = render(make_plan(acute_trust()), tmp_path / f"anytown-action-plan.{fmt}", [fmt])
    return path


def post_plan(client, content: bytes, name: str, today: str = DAY):
    data = {"csrf": token(client), "today": today, "plan": (io.BytesIO(content), name)}
    return client.post("/plan", data=data, content_type="multipart/form-data")


def page_text(response) -> str:
    import html

    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.get_data(as_text=True))))


def test_an_edited_word_plan_shows_its_checks_and_progress_and_is_only_read(app, store, tmp_path):
    from test_living import _edit_docx, _rows, _type

    from cqcplan import api

    plan = drafted(tmp_path, "docx")
    _edit_docx(plan, lambda root: (_type(_rows(root)["M2"], "deadline", "1 March 2025"),
                                   _type(_rows(root)["M1"], "brag", "Amber")))
    client = app.test_client()
    response = post_plan(client, plan.read_bytes(), "Anytown plan.docx")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/plan?today={DAY}")
    text = page_text(client.get(response.headers["Location"]))
    expected = api.status(plan, today=date.fromisoformat(DAY))
    assert "M2: overdue by 2 days" in text and "1 overdue" in text
    assert all(c.message in text for c in expected.checks) and f"{len(expected.checks)} checks" in text
    assert "Amber 1" in text and f"Not rated {expected.by_brag['Not rated']}" in text
    assert "Checks and progress of Anytown plan.docx" in text
    later = page_text(client.get("/plan?today=2025-02-10"))  # another "today": the same file read again
    assert "M2: due in 19 days" in later and "0 overdue, 1 due within 30 days" in later
    (folder,) = store.root.iterdir()
    assert [p.name for p in folder.iterdir()] == ["plan.docx"]  # no store, no next version
    assert (folder / "plan.docx").read_bytes() == plan.read_bytes()
    client.post("/reset", data={"csrf": token(client)})
    assert list(store.root.iterdir()) == [] and client.get("/plan").status_code == 302


def test_the_next_version_is_a_download_and_nothing_is_kept(app, store, tmp_path):
    from test_living import _edit_docx, _rows, _type

    from cqcplan.pipeline.readback import read_plan

    plan = drafted(tmp_path, "docx")
    _edit_docx(plan, lambda root: (_type(_rows(root)["M1"], "lead", "Jane Smith, Matron"),
                                   _type(_rows(root)["S1"], "brag", "Blue"),
                                   _type(_rows(root)["S1"], "status", "Complete")))
    client = app.test_client()
    page = client.get(post_plan(client, plan.read_bytes(), "Anytown plan.docx").headers["Location"])
    assert "Download version 0.2 (Word)" in page_text(page)
    response = client.get(f"/plan/next?today={DAY}")
    assert response.status_code == 200 and "filename=Anytown-plan-v0.2.docx" in response.headers["Content-Disposition"]
    (tmp_path / "next.docx").write_bytes(response.data)
    reading = read_plan(tmp_path / "next.docx")
    rows = {r.ref: r for r in reading.rows}
    assert reading.source.version == "0.2" and rows["M1"].values["lead"] == "Jane Smith, Matron"
    assert [r.ref for r in reading.rows if r.closed_table] == ["S1"]  # Blue: moved to Closed actions
    (folder,) = store.root.iterdir()
    assert [p.name for p in folder.iterdir()] == ["plan.docx"]  # the scratch copy is gone; no store


def test_an_edited_excel_tracker_shows_its_checks(app, tmp_path):
    from openpyxl import load_workbook

    plan = drafted(tmp_path, "xlsx")
    book = load_workbook(plan)
    sheet = book["Actions"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == "S1")
    sheet.cell(row, header.index("BRAG") + 1, "Green")
    book.save(plan)
    client = app.test_client()
    text = page_text(client.get(post_plan(client, plan.read_bytes(), "tracker.xlsx").headers["Location"]))
    assert "S1: BRAG Green (complete) but status Open" in text and "Green 1" in text


def test_a_bad_date_is_a_sentence_and_today_is_used(app, tmp_path):
    client = app.test_client()
    post_plan(client, drafted(tmp_path, "docx").read_bytes(), "p.docx")
    text = page_text(client.get("/plan?today=31/12/2025"))
    assert "“31/12/2025” is not a date like 2025-06-30" in text and f"at {date.today().day} " in text


def _zip(**parts: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name.replace("__", "/"), data)
    return out.getvalue()


@pytest.mark.parametrize("content", [b"minutes of the meeting", (FIXTURES / "not_a_pdf" / "report.pdf").read_bytes(),
                                     REPORT.read_bytes()[:5000], _zip(notes__readme__txt=b"hello")],
                         ids=["text", "not_a_pdf", "pdf", "other-zip"])
def test_only_word_and_excel_files_are_read_whatever_their_name(app, store, content):
    response = post_plan(app.test_client(), content, "plan.docx")
    assert response.status_code == 400
    assert "plan.docx is not a Word or Excel file" in page_text(response)
    assert list(store.root.iterdir()) == []  # a refused upload leaves nothing behind


def _cli_words(path: Path, name: str) -> str:
    """What `cqcplan status` says about the file (exit 15 or 16), naming it as the visitor did."""
    from cqcplan import api
    from cqcplan.errors import DamagedPlan, NotAPlan

    with pytest.raises((NotAPlan, DamagedPlan)) as refused:
        api.status(path)
    return refused.value.message.replace(path.name, name)


def test_a_word_file_cqcplan_did_not_write_and_a_damaged_plan_get_the_command_lines_words(app, tmp_path):
    from docx import Document

    Document().save(tmp_path / "minutes.docx")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(drafted(tmp_path, "docx").read_bytes()[:3000])
    for path, exit_words in ((tmp_path / "minutes.docx", "not an action plan written by cqcplan"),
                             (broken, "damaged Word file")):
        response = post_plan(app.test_client(), path.read_bytes(), "Ward 7.docx")
        words = _cli_words(path, "Ward 7.docx")
        assert response.status_code == 400 and exit_words in words and words in page_text(response)


def test_the_visitors_file_name_is_only_shown_and_limits_hold(app, store, tmp_path, monkeypatch):
    from cqcplan.web import plans

    content = drafted(tmp_path, "docx").read_bytes()
    client = app.test_client()
    text = page_text(client.get(post_plan(client, content, "../../etc/Evil plan.xlsx").headers["Location"]))
    assert "Checks and progress of Evil plan.xlsx" in text  # the name is shown; the content says it is Word
    (folder,) = store.root.iterdir()
    assert [p.name for p in folder.iterdir()] == ["plan.docx"]
    monkeypatch.setattr(plans, "MAX_UNPACKED", 10_000)
    assert "unpacks to over" in page_text(post_plan(client, content, "bomb.docx"))
    monkeypatch.setattr(plans, "MAX_MEGABYTES", 0.01)
    response = post_plan(client, content, "big.docx")
    assert response.status_code == 400 and "big.docx is over" in page_text(response)
    assert client.get("/plan").status_code == 302  # a refused upload replaces the plan looked at before


@pytest.mark.parametrize("missing", ["waitress", "flask", "werkzeug"])
def test_serve_without_a_web_dependency_is_one_line_exit_20(missing):
    import subprocess
    import sys

    code = (f"import sys; sys.modules[{missing!r}] = None; sys.argv = ['cqcplan', 'serve', '--port', '0']; "
            "from cqcplan.cli import main; main()")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 20 and len(result.stderr.strip().splitlines()) == 1
    assert "[web] extra" in result.stderr and missing in result.stderr and "internal error" not in result.stderr


def test_an_encrypted_report_is_a_sentence_saying_what_to_do_on_the_page(app):
    response = post_upload(app.test_client(), ((FIXTURES / "encrypted" / "report.pdf").read_bytes(), "locked.pdf"))
    body = response.get_data(as_text=True)
    assert response.status_code == 400 and "locked.pdf is password-protected" in body
    assert "--" not in body.split("password-protected", 1)[1].split("</", 1)[0] and "upload that copy" in body


@pytest.mark.parametrize("error", [
    "no plan store at /tmp/x/plan.docx (cqcplan update creates it; or give --store)",
    "/tmp/x/plan.docx keeps another plan; give this plan its own store with --store",
    "plan.docx: not a previous plan; give the .docx, .xlsx or --format json file cqcplan wrote, or its store",
    "plan.docx is password-protected: give it with --password"])
def test_no_page_sentence_names_a_command_line_option(error):
    from cqcplan.errors import StoreError
    from cqcplan.web.uploads import refused

    sentence = str(refused(StoreError(error), Path("/tmp/x/plan.docx"), "Ward 7.docx"))
    assert " --" not in sentence and sentence.startswith(("no plan store at Ward 7.docx", "Ward 7.docx"))


def test_reports_of_two_providers_get_a_line_saying_the_page_makes_one_plan_of_them(app):
    other = FIXTURES / "care_home_2019" / "report.pdf"
    client = app.test_client()
    post_upload(client, (REPORT.read_bytes(), "practice.pdf"), (other.read_bytes(), "home.pdf"))
    text = page_text(client.get("/review"))
    assert "These reports are of 2 providers" in text and "none are merged across providers" in text
    same = app.test_client()
    post_upload(same, (REPORT.read_bytes(), "practice.pdf"), (REPORT.read_bytes(), "practice again.pdf"))
    assert "providers" not in page_text(same.get("/review"))


def test_the_next_version_download_says_it_is_made_from_this_file_alone(app, tmp_path):
    plan = drafted(tmp_path, "xlsx")
    client = app.test_client()
    text = page_text(client.get(post_plan(client, plan.read_bytes(), "tracker.xlsx").headers["Location"]))
    assert "Made from this file alone" in text and "another copy of version 0.1" in text
