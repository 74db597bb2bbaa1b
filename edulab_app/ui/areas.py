"""The areas of the product shown in the navigator. Only areas that work are listed here.

Each entry: a key, the page class (with a static ``title()``), built lazily for the current school.
Later issues append their areas (diagnosis, plan, tracking…).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class AreaSpec:
    key: str
    page: Any  # a QWidget subclass: page(ctx, rspo, parent) with a static title()


def areas() -> list[AreaSpec]:
    from edulab_app.ui.school_page import SchoolPage

    return [AreaSpec("school", SchoolPage)]
