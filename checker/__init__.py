"""checker: quality checks for 组工信息 / 组工网宣 drafts.

The pipeline flows one way, one module per stage:
load -> segment -> rules (engine) -> features -> model -> score -> report.
"""

__version__ = "0.1.0"
