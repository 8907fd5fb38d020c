"""cqcplan: CQC inspection reports to first-draft improvement action plans."""

__version__ = "0.1.0"
