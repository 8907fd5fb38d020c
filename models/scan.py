"""What the first check learns about a file before its pages are read."""

from pydantic import BaseModel, ConfigDict


class ScanResult(BaseModel):
    """The file is a readable PDF: its name, checksum and number of pages."""

    model_config = ConfigDict(frozen=True)

    file: str
    sha256: str
    page_count: int
