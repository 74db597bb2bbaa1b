"""Region: the latest plans of all schools together — costs by county and year (and by category and source),
training demand with the groups to organise per county, assistants needed against planned, the most frequent
priorities and the coverage of the standard's school tasks; exported to XLSX and PDF (in the background)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from edulab_app.services import region as region_service
from edulab_app.ui.background import BackgroundTask
from edulab_app.ui.expert.charts import HBarChart, chart_area
from edulab_app.ui.expert.review_tab import _fill, _table
from edulab_app.ui.plan.charts import BarChart, Series, short_pln
from edulab_app.ui.plan.common import CATEGORY_COLORS, category_labels, pln, source_labels
from exporters.region_report import Region

NEEDED, PLANNED = QColor("#1d4e89"), QColor("#e09b2d")


class RegionTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.region: Region | None = None
        self.task: BackgroundTask | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.last_export: str | None = None
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(self.tr("Podsumowanie regionu"))
        top.addWidget(self.summary, 1)
        county_label = QLabel(self.tr("Po&wiat:"), self)
        self.county_filter = QComboBox(self)
        self.county_filter.setAccessibleName(self.tr("Region: powiat"))
        county_label.setBuddy(self.county_filter)
        self.county_filter.activated.connect(lambda _i: self.refresh())
        top.addWidget(county_label)
        top.addWidget(self.county_filter)
        self.refresh_button = QPushButton(self.tr("&Odśwież"), self)
        self.refresh_button.setAccessibleName(self.tr("Odśwież zestawienie regionu"))
        self.refresh_button.clicked.connect(self.refresh)
        self.xlsx_button = QPushButton(self.tr("Eksportuj &XLSX…"), self)
        self.xlsx_button.setAccessibleName(self.tr("Eksportuj zestawienie regionu do arkusza XLSX"))
        self.xlsx_button.clicked.connect(lambda: self.choose_export("xlsx"))
        self.pdf_button = QPushButton(self.tr("Eksportuj &PDF…"), self)
        self.pdf_button.setAccessibleName(self.tr("Eksportuj zestawienie regionu do PDF"))
        self.pdf_button.clicked.connect(lambda: self.choose_export("pdf"))
        for b in (self.refresh_button, self.xlsx_button, self.pdf_button):
            top.addWidget(b)
        lay.addLayout(top)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Części zestawienia regionu"))
        lay.addWidget(self.tabs, 1)

        # costs
        page = QSplitter(Qt.Orientation.Vertical, self.tabs)
        charts = QSplitter(Qt.Orientation.Horizontal, page)
        box = QGroupBox(self.tr("Koszty według lat i kategorii"), charts)
        self.cost_chart = BarChart(self.tr("Wykres kosztów regionu według lat i kategorii"), stacked=True, parent=box)
        QVBoxLayout(box).addWidget(self.cost_chart)
        box2 = QGroupBox(self.tr("Koszty według powiatów"), charts)
        self.county_chart = HBarChart(self.tr("Wykres kosztów według powiatów"))
        QVBoxLayout(box2).addWidget(chart_area(self.county_chart, box2))
        tables = QTabWidget(page)
        tables.setAccessibleName(self.tr("Tabele kosztów"))
        self.county_table = _table([self.tr("Powiat"), self.tr("Szkoły")], self.tr("Koszty według powiatów i lat"),
                                   tables)
        self.municipality_table = _table([self.tr("Powiat"), self.tr("Gmina")], self.tr("Koszty według gmin i lat"),
                                         tables, stretch=1)
        self.category_table = _table([self.tr("Kategoria")], self.tr("Koszty według kategorii i lat"), tables)
        self.source_table = _table([self.tr("Źródło finansowania")], self.tr("Koszty według źródeł i lat"), tables)
        tables.addTab(self.county_table, self.tr("Powiaty"))
        tables.addTab(self.municipality_table, self.tr("Gminy"))
        tables.addTab(self.category_table, self.tr("Kategorie"))
        tables.addTab(self.source_table, self.tr("Źródła finansowania"))
        self.tabs.addTab(page, self.tr("&Koszty"))

        # trainings
        page = QWidget(self.tabs)
        pl = QVBoxLayout(page)
        hint = QLabel(self.tr("Uczestnicy zsumowani z planów szkół; grupy do zorganizowania w powiecie = uczestnicy ÷ "
                              "największa liczebność grupy szkolenia (w górę)."), page)
        hint.setWordWrap(True)
        pl.addWidget(hint)
        self.training_totals_table = _table([self.tr("Szkolenie"), self.tr("Rok szkolny"), self.tr("Szkoły"),
                                             self.tr("Uczestnicy"), self.tr("Grupy")],
                                            self.tr("Szkolenia razem w regionie"), page)
        self.training_table = _table([self.tr("Szkolenie"), self.tr("Rok szkolny"), self.tr("Powiat"),
                                      self.tr("Szkoły"), self.tr("Uczestnicy"), self.tr("Maks. w grupie"),
                                      self.tr("Grupy")], self.tr("Szkolenia według powiatów"), page)
        pl.addWidget(self.training_totals_table, 1)
        pl.addWidget(self.training_table, 2)
        self.tabs.addTab(page, self.tr("&Szkolenia"))

        # assistants
        page = QSplitter(Qt.Orientation.Vertical, self.tabs)
        self.assistants_chart = HBarChart(self.tr("Asystenci potrzebni i zaplanowani według powiatów"))
        chart_area(self.assistants_chart, page)
        self.assistants_table = _table([self.tr("Powiat"), self.tr("Szkoły"), self.tr("Uczniowie z Ukrainy"),
                                        self.tr("Potrzebni"), self.tr("Zaplanowani"), self.tr("Szkoły z niedoborem"),
                                        self.tr("Niedobór")], self.tr("Asystenci według powiatów"), page)
        page.setSizes([520, 300])
        self.tabs.addTab(page, self.tr("&Asystenci"))

        # priorities
        page = QSplitter(Qt.Orientation.Vertical, self.tabs)
        self.priorities_chart = HBarChart(self.tr("Najczęstsze priorytety"))
        chart_area(self.priorities_chart, page)
        self.priorities_table = _table([self.tr("Priorytet"), self.tr("Szkoły"), self.tr("Odsetek"),
                                        self.tr("W pierwszej trójce")], self.tr("Priorytety szkół"), page)
        page.setSizes([420, 400])
        self.tabs.addTab(page, self.tr("&Priorytety"))

        # SMI tasks
        page = QSplitter(Qt.Orientation.Vertical, self.tabs)
        self.tasks_chart = HBarChart(self.tr("Odsetek szkół podejmujących zadania SMI"))
        chart_area(self.tasks_chart, page)
        self.tasks_table = _table([self.tr("Zadanie szkoły (SMI)"), self.tr("Szkoły"), self.tr("Odsetek"),
                                   self.tr("Powiaty bez szkół z tym zadaniem")], self.tr("Zadania SMI"), page, stretch=3)
        page.setSizes([360, 400])
        self.tabs.addTab(page, self.tr("&Zadania SMI"))

        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(self.tr("Założenia zestawienia"))
        self.notes.setStyleSheet("color: #616e7c;")
        lay.addWidget(self.notes)

    # -- data -----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        from edulab_app.services import reviews

        county = self.county_filter.currentData() or None
        counties = reviews.counties(self.ctx.db())
        self.county_filter.blockSignals(True)
        self.county_filter.clear()
        self.county_filter.addItem(self.tr("cały region"), "")
        for c in counties:
            self.county_filter.addItem(c, c)
        self.county_filter.setCurrentIndex(max(0, self.county_filter.findData(county or "")))
        self.county_filter.blockSignals(False)
        self.region = region_service.region(self.ctx.db(), county=county)
        self._show()

    def _show(self) -> None:
        r = self.region
        assert r is not None
        years = list(r.years)
        self.summary.setText(self.tr("<b>Szkół: %1</b> · uczniowie z doświadczeniem migracji: %2 · łączny koszt planów: "
                                     "<b>%3</b> · lata: %4").replace("%1", str(r.schools))
                             .replace("%2", str(r.pupils_migrant)).replace("%3", pln(r.total_cost))
                             .replace("%4", ", ".join(years) or "—"))
        self.xlsx_button.setEnabled(bool(r.schools))
        self.pdf_button.setEnabled(bool(r.schools))
        cats, srcs = category_labels(), source_labels()
        by_cat = r.cost_pivot("category")
        self.cost_chart.set_data(years, [Series(cats.get(c, c), CATEGORY_COLORS.get(c, QColor("gray")),
                                                [by_cat.get((c, y), 0.0) for y in years]) for c in r.categories()],
                                 empty_text=self.tr("Brak kosztów."))
        self.county_chart.set_data([c.county for c in r.counties],
                                   [Series(self.tr("koszt planów"), NEEDED, [c.total for c in r.counties])],
                                   value_text=short_pln, empty_text=self.tr("Brak danych."))
        year_headers = [*years, self.tr("Razem")]
        self.county_table.setColumnCount(2 + len(year_headers))
        self.county_table.setHorizontalHeaderLabels([self.tr("Powiat"), self.tr("Szkoły"), *year_headers])
        _fill(self.county_table, [[c.county, str(c.schools)] + [pln(c.costs_by_year.get(y, 0.0)) for y in years]
                                  + [pln(c.total)] for c in r.counties], numeric=tuple(range(1, 3 + len(years))))
        self.municipality_table.setColumnCount(3 + len(year_headers))
        self.municipality_table.setHorizontalHeaderLabels([self.tr("Powiat"), self.tr("Gmina"), self.tr("Szkoły"),
                                                           *year_headers])
        _fill(self.municipality_table, [[m.county, m.municipality, str(m.schools)]
                                        + [pln(m.costs_by_year.get(y, 0.0)) for y in years] + [pln(m.total)]
                                        for m in r.municipalities], numeric=tuple(range(2, 4 + len(years))))
        for table, dim, labels, keys, first in (
                (self.category_table, "category", cats, r.categories(), self.tr("Kategoria")),
                (self.source_table, "source", srcs, r.sources(), self.tr("Źródło finansowania"))):
            pivot = r.cost_pivot(dim)
            table.setColumnCount(1 + len(year_headers))
            table.setHorizontalHeaderLabels([first, *year_headers])
            _fill(table, [[labels.get(k, k)] + [pln(pivot.get((k, y), 0.0)) for y in years]
                          + [pln(sum(pivot.get((k, y), 0.0) for y in years))] for k in keys],
                  numeric=tuple(range(1, 2 + len(years))))
        for table in (self.county_table, self.municipality_table, self.category_table, self.source_table):
            table.resizeColumnsToContents()
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        _fill(self.training_totals_table, [[title, sy, str(n), str(p), str(g)]
                                           for _, title, sy, n, p, g in r.training_totals()], numeric=(2, 3, 4))
        _fill(self.training_table, [[t.title, t.school_year, t.county, str(t.schools), str(t.participants),
                                     str(t.max_group_size), str(t.groups)] for t in r.trainings], numeric=(3, 4, 5, 6))
        for table in (self.training_totals_table, self.training_table):
            table.resizeColumnsToContents()

        a = r.assistants
        self.assistants_chart.set_data([x.county for x in a],
                                       [Series(self.tr("potrzebni"), NEEDED, [float(x.needed) for x in a]),
                                        Series(self.tr("zaplanowani"), PLANNED, [float(x.planned) for x in a])],
                                       value_text=lambda v: f"{v:g}", empty_text=self.tr("Brak danych."))
        _fill(self.assistants_table, [[x.county, str(x.schools), str(x.pupils_ukrainian) + (" *" if x.estimated_schools
                                                                                          else ""),
                                       str(x.needed), str(x.planned), str(x.schools_short), str(x.shortfall)]
                                      for x in a], numeric=(1, 2, 3, 4, 5, 6))
        self.assistants_table.resizeColumnsToContents()

        top = list(r.priorities[:15])
        self.priorities_chart.set_data([p.title for p in top],
                                       [Series(self.tr("szkoły"), NEEDED, [float(p.schools) for p in top])],
                                       value_text=lambda v: f"{v:g}", empty_text=self.tr("Brak priorytetów."))
        share = (lambda n: f"{100 * n / r.schools:.1f}%".replace(".", ",")) if r.schools else (lambda n: "—")
        _fill(self.priorities_table, [[p.title, str(p.schools), share(p.schools), str(p.top3)] for p in r.priorities],
              numeric=(1, 2, 3))
        self.priorities_table.resizeColumnsToContents()

        self.tasks_chart.set_data([t.title for t in r.tasks],
                                  [Series(self.tr("odsetek szkół"), NEEDED,
                                          [100.0 * t.schools / r.schools if r.schools else 0.0 for t in r.tasks])],
                                  value_text=lambda v: f"{v:g}%", empty_text=self.tr("Brak danych."))
        _fill(self.tasks_table, [[t.title, str(t.schools), share(t.schools),
                                  ", ".join(c.county for c in r.counties if not t.by_county.get(c.county)) or "—"]
                                 for t in r.tasks], numeric=(1, 2))
        self.tasks_table.resizeColumnToContents(0)
        self.notes.setText(" ".join(f"• {n}" for n in r.notes))

    # -- export ---------------------------------------------------------------------------------------------
    def choose_export(self, kind: str) -> None:
        if self.region is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Zapisz zestawienie regionu"), f"region.{kind}",
            self.tr("Arkusz (*.xlsx)") if kind == "xlsx" else self.tr("Dokument PDF (*.pdf)"))
        if path:
            self.export_to(path, kind)

    def export_to(self, path: str, kind: str) -> BackgroundTask:
        """Render and write the file in the background (the PDF of hundreds of schools takes a few seconds)."""
        from exporters.atomic import write_atomic
        from exporters.region_report import render_region_pdf, render_region_xlsx

        region = self.region
        render = render_region_pdf if kind == "pdf" else render_region_xlsx

        def work(progress, cancelled):
            return str(write_atomic(path, render(region)))

        task = BackgroundTask(work, self)
        dialog = QProgressDialog(self.tr("Zapisywanie zestawienia…"), "", 0, 0, self)
        dialog.setCancelButton(None)
        dialog.setWindowTitle(self.tr("Eksport zestawienia regionu"))
        dialog.setAccessibleName(self.tr("Postęp eksportu"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        self.progress_dialog = dialog
        task.done.connect(self._export_done)
        task.error.connect(self._export_failed)
        task.finished.connect(self._task_finished)
        self.task = task
        self.xlsx_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        task.start()
        return task

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _export_done(self, path: str) -> None:
        self._close_progress()
        self.last_export = path
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Zapisano: %1").replace("%1", path), 8000)

    def _export_failed(self, exc) -> None:
        from edulab_app.crash import log_path
        from edulab_app.ui.dialogs import show_crash, show_error
        from exporters.atomic import ExportWriteError

        self._close_progress()
        if isinstance(exc, ExportWriteError):
            show_error(self, str(exc))
        else:
            show_crash(self, "region export", exc, log_path())

    def _task_finished(self) -> None:
        self.xlsx_button.setEnabled(bool(self.region and self.region.schools))
        self.pdf_button.setEnabled(bool(self.region and self.region.schools))
        if self.task is not None:
            self.task.deleteLater()
        self.task = None

    def shutdown(self) -> None:
        if self.task is not None and self.task.is_running():
            self.task.wait()
