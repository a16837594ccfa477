"""fazhi-kg: knowledge graphs from Chinese local-government rule-of-law reports.

The library does the work; ``kg.cli`` is a thin shell over it::

    >>> import kg
    >>> ds = kg.build(["data/reports/chengyang-2024.txt"]).dataset   # doctest: +SKIP
    >>> rows = kg.query(ds, "who-did-what")                      # doctest: +SKIP
    >>> frame = kg.query_df(ds, "who-did-what")                  # doctest: +SKIP
"""
from kg.api import build, load, query, query_df, save

__version__ = "0.1.0"
__all__ = ["build", "load", "query", "query_df", "save", "__version__"]
