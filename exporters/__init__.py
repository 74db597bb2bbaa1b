"""Turning domain objects into files and back: PDF, XLSX, the .edulab exchange package.

Pure Python: never imports Qt, SQLAlchemy or edulab_app (DESIGN.md section 1).

Public API (imported lazily, so ``import exporters`` stays cheap at application start-up)::

    PlanDocument, SchoolInfo, findings_with_accepted      exporters.document
    render_pdf(doc) -> bytes                              exporters.pdf_plan
    render_blank_diagnosis_pdf(form, lang) -> bytes       exporters.pdf_blank_form
    render_answer_sheet_pdf(form, answers, lang) -> bytes exporters.pdf_blank_form
    render_xlsx(doc) -> bytes                             exporters.xlsx_plan
    write_package(doc) -> bytes                           exporters.package_write
    read_package(data, name) -> PackageContents           exporters.package_read
    PackageError, PACKAGE_FORMAT, PACKAGE_VERSION
    write_atomic(path, data), ExportWriteError            exporters.atomic
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "PlanDocument": "exporters.document", "SchoolInfo": "exporters.document",
    "findings_with_accepted": "exporters.document",
    "render_pdf": "exporters.pdf_plan",
    "render_blank_diagnosis_pdf": "exporters.pdf_blank_form", "render_answer_sheet_pdf": "exporters.pdf_blank_form",
    "render_xlsx": "exporters.xlsx_plan",
    "write_package": "exporters.package_write",
    "read_package": "exporters.package_read", "PackageContents": "exporters.package_read",
    "PackageManifest": "exporters.package_read",
    "PackageError": "exporters.package_errors",
    "PACKAGE_FORMAT": "exporters.package_format", "PACKAGE_VERSION": "exporters.package_format",
    "PACKAGE_SUFFIX": "exporters.package_format",
    "write_atomic": "exporters.atomic", "ExportWriteError": "exporters.atomic",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'exporters' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
