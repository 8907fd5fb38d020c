"""What the fast first pass learns about a file before the layout-aware read."""

from pydantic import BaseModel, ConfigDict


class ScanResult(BaseModel):
    """Plain text of every page (pypdfium2, no layout) and the pages worth reading closely."""

    model_config = ConfigDict(frozen=True)

    file: str
    sha256: str
    page_count: int
    page_texts: list[str]
    recurring_margins: list[str]  # margin_key() of header/footer lines printed on 2+ pages
    pages_to_read: list[int]
    pages_without_text: list[int] = []  # scanned pages inside an otherwise readable file
