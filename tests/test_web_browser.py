"""The web page in a real browser (Debian's Chromium through Playwright): upload → review → change
a tag → split a merge → join two actions → download, then the downloaded Word plan is opened to
check the changes; an edited plan is uploaded to see its checks at a chosen date."""

import os
import shutil
import threading
from pathlib import Path

import pytest

pytest.importorskip("flask", reason="the [web] extra is not installed")
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    pytest.skip("no Chromium browser found (apt-get install chromium)", allow_module_level=True)

FIXTURES = Path(__file__).parent.parent / "fixtures"
REPORT = FIXTURES / "hospital_quality_2016" / "report.pdf"


@pytest.fixture(scope="module")
def server():
    from waitress import create_server

    from cqcplan.web.app import create_app
    from cqcplan.web.store import Store

    store = Store()
    httpd = create_server(create_app(store), host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=httpd.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.effective_port}", store
    httpd.close()
    store.close()


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True)
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


def upload(page, url: str, *files: Path) -> None:
    page.goto(url + "/")
    page.get_by_label("Report PDFs").set_input_files([str(f) for f in files])
    page.get_by_role("button", name="Read the reports").click()
    page.wait_for_url("**/review**", timeout=60_000)


def test_upload_review_retag_split_and_download_the_changed_plan(server, page, tmp_path):
    from docx import Document

    url, _ = server
    upload(page, url, REPORT)
    assert page.get_by_role("heading", name="Review the plan").is_visible()
    assert "33 statements" in page.locator(".counts").inner_text()
    first = page.locator("tbody tr").first
    assert "Check" in first.locator("th").inner_text()  # "Check" items come first
    ref = first.locator(".ref").inner_text()
    first.get_by_label(f"Change the theme of {ref}").select_option(label="Caring › Emotional support")
    first.get_by_role("button", name="Save tag").click()
    row = page.locator(f"tr:has(.ref:text-is('{ref}'))")
    assert "Caring › Emotional support" in row.locator(".current").inner_text()
    assert "Theme Emotional support: set by a reviewer" in row.inner_text()
    split = page.get_by_role("button", name="Split").first
    merged_text = split.locator("xpath=ancestor::td").locator("blockquote").all_inner_texts()
    split.click()
    assert "2 merged" in page.locator(".counts").inner_text()  # 3 joins before the split (see test_cli_output)
    checks = _checks(page)
    check_row = page.locator("tbody tr.check").first
    check_ref = check_row.locator(".ref").inner_text()
    check_row.get_by_role("button", name=f"Mark {check_ref} reviewed").click()
    assert _checks(page) == checks - 1
    assert page.locator(f"tr:has(.ref:text-is('{check_ref}')) .done").inner_text() == "Reviewed"
    with page.expect_download() as download:
        page.get_by_role("link", name="Word (.docx)").click()
    assert download.value.suggested_filename == "report-action-plan.docx"
    saved = tmp_path / "plan.docx"
    download.value.save_as(saved)
    rows = ["\n".join(c.text for c in row.cells) for table in Document(saved).tables for row in table.rows]
    assert any(ref in r and "Emotional support" in r for r in rows)
    assert any("Theme Emotional support: set by a reviewer" in r for r in rows)  # the appendix says why
    cells = [cell.text for table in Document(saved).tables for row in table.rows for cell in row.cells]
    # the words that tell the two wordings apart (a near-repeat differs by one word: "trust" / "national")
    start = max(0, len(os.path.commonprefix(merged_text[:2])) - 20)
    first_words, second_words = (text[start : start + 40] for text in merged_text[:2])
    assert first_words != second_words
    assert not any(first_words in c and second_words in c for c in cells)  # no longer one action's row


def _checks(page) -> int:
    import re

    return int(re.search(r"(\d+) marked", page.locator(".counts").inner_text()).group(1))


def test_several_reports_make_one_combined_plan(server, page):
    url, _ = server
    upload(page, url, FIXTURES / "gp_pair_2016" / "report.pdf", FIXTURES / "gp_pair_2018" / "report.pdf")
    assert "(report.pdf)" in page.content() and "(report (2).pdf)" in page.content()  # same names told apart
    with page.expect_download() as download:
        page.get_by_role("link", name="CSV").click()
    assert download.value.suggested_filename == "combined-action-plan.csv"


def test_a_bad_upload_is_a_sentence_and_the_page_keeps_working(server, page):
    url, _ = server
    upload_page = url + "/"
    page.goto(upload_page)
    page.get_by_label("Report PDFs").set_input_files(str(FIXTURES / "not_a_pdf" / "report.pdf"))
    page.get_by_role("button", name="Read the reports").click()
    alert = page.get_by_role("alert")
    assert "is not a PDF file" in alert.inner_text() and "Traceback" not in page.content()
    page.get_by_label("Report PDFs").set_input_files(str(FIXTURES / "scanned_image" / "report.pdf"))
    page.get_by_role("button", name="Read the reports").click()
    assert "text layer" in page.get_by_role("alert").inner_text()
    upload(page, url, REPORT)  # still working
    assert page.locator("tbody tr").count() == 30  # the sample's actions (see test_cli_output)


def _fits(page) -> bool:
    """Nothing wider than the window: readable without scrolling sideways (200% zoom of a 1280 px screen)."""
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_join_two_actions_by_keyboard_then_check_the_edited_plan(server, page, tmp_path):
    from docx import Document
    from test_living import _edit_docx, _rows, _type

    url, _ = server
    upload(page, url, FIXTURES / "gp_practice_2016" / "report.pdf")
    refs = page.locator("tbody .ref").all_inner_texts()
    # the highest-numbered should: refs are renumbered after a join, so it is the ref that goes
    must, should = next(r for r in refs if r.startswith("M")), max((r for r in refs if r.startswith("S")),
                                                                     key=lambda r: int(r[1:]))
    texts = [page.locator(f"tr:has(.ref:text-is('{r}')) blockquote").inner_text() for r in (must, should)]
    for ref in (should, must):  # by keyboard: focus each box, Space ticks it; Enter presses the button
        page.get_by_label(f"Select {ref} to join").focus()
        page.keyboard.press("Space")
    page.get_by_role("button", name="Join the selected actions").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/review#row-*")
    assert page.locator("tbody tr").count() == len(refs) - 1
    joined = page.locator(f"tr:has(.ref:text-is('{must}'))")
    assert joined.locator("blockquote").all_inner_texts() == texts
    assert "Joined by a reviewer with F" in joined.inner_text()  # the other statement by its finding id
    assert joined.get_by_role("button", name=f"Split {must} into 2 actions").is_visible()
    page.set_viewport_size({"width": 640, "height": 900})
    assert _fits(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Word (.docx)").click()
    saved = tmp_path / "joined.docx"
    download.value.save_as(saved)
    plain = lambda text: " ".join(text.split())  # noqa: E731
    rows: dict[str, str] = {}  # an action's two rows (its second holds the measure, risks and sign-off) by ref
    for table in Document(saved).tables:
        if "CQC wording (verbatim)" in [c.text for c in table.rows[0].cells]:
            for row in table.rows[1:]:
                ref = row.cells[0].text.split("\n")[0]
                rows[ref] = rows.get(ref, "") + " " + plain(" ".join(c.text for c in row.cells))
    assert all(plain(text) in rows[must] for text in texts) and should not in rows  # one action, both wordings

    _edit_docx(saved, lambda root: _type(_rows(root)[must], "deadline", "1 March 2025"))  # a lead's edit
    page.goto(url + "/")
    page.get_by_label("Edited action plan").set_input_files(str(saved))
    page.get_by_label("Check deadlines as at").fill("2025-03-03")
    page.get_by_role("button", name="Check the plan").click()
    page.wait_for_url("**/plan?today=2025-03-03")
    checks = page.get_by_role("table", name="Checks").inner_text()
    assert f"{must}: overdue by 2 days" in checks and "Traceback" not in page.content()
    assert _fits(page)
    page.get_by_label("Check deadlines as at").fill("2025-02-20")
    page.get_by_role("button", name="Show the plan at this date").click()
    assert f"{must}: due in 9 days" in page.get_by_role("table", name="Checks").inner_text()
