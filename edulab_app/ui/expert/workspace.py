"""The expert's workspace (a mode of the same application, not per school): tabs Szkoły, Przegląd szkoły,
Region. Constructed with ``(ctx, parent)``; the main window opens it from its menu (see the lead's notes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from edulab_app.ui.expert.region_tab import RegionTab
from edulab_app.ui.expert.review_tab import ReviewTab
from edulab_app.ui.expert.schools_tab import SchoolsTab


class ExpertWorkspace(QWidget):
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ExpertWorkspace", "Przestrzeń eksperta EDUlab")

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.title())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Części przestrzeni eksperta"))
        self.schools = SchoolsTab(ctx, self.tabs)
        self.review = ReviewTab(ctx, self.tabs)
        self.region = RegionTab(ctx, self.tabs)
        self.tabs.addTab(self.schools, self.tr("&Szkoły"))
        self.tabs.addTab(self.review, self.tr("P&rzegląd szkoły"))
        self.tabs.addTab(self.region, self.tr("Re&gion"))
        lay.addWidget(self.tabs)
        self._region_stale = True
        self.schools.open_school.connect(self.open_school)
        self.schools.imported.connect(self._imported)
        self.review.changed.connect(lambda _rspo: self.schools.refresh())
        self.tabs.currentChanged.connect(self._tab_changed)

    def open_school(self, rspo: str) -> None:
        self.review.load(rspo)
        self.tabs.setCurrentWidget(self.review)

    def show_region(self) -> None:
        self.tabs.setCurrentWidget(self.region)

    def _imported(self, report) -> None:
        self._region_stale = True
        if self.review.rspo and any(i.rspo == self.review.rspo for i in report.imported):
            self.review.reload()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.region and self._region_stale:
            self.region.refresh()
            self._region_stale = False

    def shutdown(self) -> None:
        """Wait for background work (call before the window closes)."""
        self.schools.shutdown()
        self.region.shutdown()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.shutdown()
        super().closeEvent(event)


class ExpertWindow(QMainWindow):
    """The workspace in its own window (an EDUlab expert works across schools, not inside one)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("EDUlab — przestrzeń robocza eksperta"))
        self.resize(1280, 820)
        self.workspace = ExpertWorkspace(ctx, self)
        self.setCentralWidget(self.workspace)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.workspace.shutdown()
        super().closeEvent(event)
