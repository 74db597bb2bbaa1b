"""Root test configuration (DESIGN.md section 7).

- Qt runs offscreen, set once here before anything imports Qt.
- Tests that need a QApplication (they use ``qtbot``/``qapp`` or live under ``tests/edulab_app/ui``)
  are marked ``gui`` automatically, so ``pytest -m "not gui"`` runs the pure logic.
- Qt warnings fail a test (pytest-qt ``qt_log_level_fail``), and so does an unexpected WARNING
  logged by the project's own loggers (mark a test ``expect_log_warnings`` when it provokes one).
"""

from __future__ import annotations

import logging
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("EDULAB_LANG", "pl")

PROJECT_LOGGERS = ("edulab_app", "forms", "plans", "exporters")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "expect_log_warnings: the test provokes WARNING logs on purpose")
    config.addinivalue_line("markers", "gui: needs a QApplication")
    # Qt warnings fail the test that produced them: qt_log_level_fail in pyproject.toml.


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        path = str(item.path).replace(os.sep, "/")
        if fixtures & {"qtbot", "qapp"} or "/tests/edulab_app/ui/" in path:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _fail_on_project_warnings(request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture):
    caplog.set_level(logging.WARNING)
    yield
    if request.node.get_closest_marker("expect_log_warnings"):
        return
    unexpected = [
        r for r in caplog.get_records("call")
        if r.levelno >= logging.WARNING and r.name.split(".")[0] in PROJECT_LOGGERS
    ]
    if unexpected:
        lines = "\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in unexpected)
        pytest.fail(f"unexpected log warnings:\n{lines}")
