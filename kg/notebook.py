"""Helpers for Jupyter: the HTML view inline, and Chinese chart labels that render.

Needs the ``notebooks`` extra (``pip install -e '.[notebooks]'``) for matplotlib and IPython.

    >>> from kg.notebook import show, use_cjk_font
    >>> show(ds, focus="城阳区司法局")                                # doctest: +SKIP
"""
from __future__ import annotations

import html
import logging
import warnings
from typing import TYPE_CHECKING

from rdflib import Dataset

from kg import viz

if TYPE_CHECKING:
    from IPython.display import HTML

CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
             "Droid Sans Fallback", "AR PL UMing CN", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC")
"""Fonts with simplified Chinese glyphs, in order of preference, as matplotlib names them."""


def show(dataset: Dataset, focus: str | None = None, depth: int = 1, height: int = 620) -> HTML:
    """The interactive view (``kg.viz.render``) as a notebook output.

    The page goes into an iframe's ``srcdoc`` rather than straight into the notebook: its scripts
    and styles then cannot clash with Jupyter's own, and the saved notebook shows it offline. The
    ``div`` around it keeps IPython from suggesting ``IFrame``, which needs a URL.
    """
    from IPython.display import HTML

    page = viz.render(dataset, focus=focus, depth=depth)
    return HTML(f'<div><iframe srcdoc="{html.escape(page, quote=True)}" '
                f'style="width:100%;height:{height}px;border:1px solid #ddd"></iframe></div>')


def use_cjk_font() -> str | None:
    """Make matplotlib draw Chinese labels with an installed CJK font, and return its name.

    Without one, Chinese characters show as boxes; the "Glyph missing" warnings are then silenced
    so that a notebook still runs clean (axis titles in the notebooks are English for that case).
    """
    from matplotlib import font_manager, rcParams

    installed = {font.name for font in font_manager.fontManager.ttflist}
    for name in CJK_FONTS:
        if name in installed:
            logging.getLogger("matplotlib.font_manager").addFilter(_keep_unless_weight_fallback)
            rcParams["font.sans-serif"] = [name, *rcParams["font.sans-serif"]]
            rcParams["font.family"] = "sans-serif"
            rcParams["axes.unicode_minus"] = False
            return name
    warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from", category=UserWarning)
    return None


def _keep_unless_weight_fallback(record: logging.LogRecord) -> bool:
    """Drop "Failed to find font weight normal": several CJK fonts ship in one weight only (500)."""
    return not record.getMessage().startswith("findfont: Failed to find font weight")
