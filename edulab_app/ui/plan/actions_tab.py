"""Działania: the action list with filters (year, area or priority, status, person, text) and the editor."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from edulab_app.ui.plan.actions_model import COLUMNS, ActionFilterProxy, ActionTableModel
from edulab_app.ui.plan.common import compact_rows, status_labels
from edulab_app.ui.plan.document import PlanDocument
from edulab_app.ui.plan.editor import ActionEditor
from forms.areas import AREAS_BY_ID


class ActionsTab(QWidget):
    def __init__(self, doc: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        lay = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.year_filter = self._combo(filters, self.tr("&Rok:"), self.tr("Filtr: rok szkolny"))
        self.scope_filter = self._combo(filters, self.tr("&Obszar / priorytet:"), self.tr("Filtr: obszar lub priorytet"))
        self.scope_filter.setMinimumContentsLength(22)
        self.scope_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_filter = self._combo(filters, self.tr("S&tatus:"), self.tr("Filtr: status"))
        self.person_filter = self._combo(filters, self.tr("O&soba:"), self.tr("Filtr: osoba"))
        self.person_filter.setMinimumContentsLength(16)
        self.person_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Szukaj w nazwie i opisie…"))
        self.search.setAccessibleName(self.tr("Filtr: wyszukiwanie tekstu"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.search, 1)
        self.expert_filter = QCheckBox(self.tr("tylko z uwagami &eksperta"), self)
        self.expert_filter.setAccessibleName(self.tr("Filtr: tylko działania z uwagami eksperta EDUlab"))
        self.expert_filter.toggled.connect(lambda _on: self._apply_filters())
        filters.addWidget(self.expert_filter)
        self.clear_button = QPushButton(self.tr("Wyczyść filtry"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        filters.addWidget(self.clear_button)
        lay.addLayout(filters)

        self.model = ActionTableModel(doc, self)
        self.proxy = ActionFilterProxy(doc, self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Lista działań planu"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setVisible(False)
        self.view.setTabKeyNavigation(False)
        compact_rows(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Liczba pokazanych działań"))

        self.editor = ActionEditor(doc, self)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.view, 1)
        ll.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        lay.addWidget(self.splitter, 1)

        self.year_filter.activated.connect(lambda _i: self._apply_filters())
        self.scope_filter.activated.connect(lambda _i: self._apply_filters())
        self.status_filter.activated.connect(lambda _i: self._apply_filters())
        self.person_filter.activated.connect(lambda _i: self._apply_filters())
        self.search.textChanged.connect(lambda _t: self._apply_filters())
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        doc.reset.connect(self._fill_filters)
        doc.reset.connect(self._expert_changed)
        doc.staff_changed.connect(self._fill_filters)
        doc.expert_changed.connect(self._expert_changed)
        self._fill_filters()
        self._expert_changed()
        self._sized = False

    def _combo(self, layout: QHBoxLayout, label: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        text = QLabel(label, self)
        text.setBuddy(combo)
        layout.addWidget(text)
        layout.addWidget(combo)
        return combo

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._sized and self.model.rowCount():
            self._sized = True
            self.view.resizeColumnsToContents()
            self.view.setColumnWidth(COLUMNS.index("title"), min(300, self.view.columnWidth(0)))
            self.view.setColumnWidth(COLUMNS.index("area"), min(160, self.view.columnWidth(COLUMNS.index("area"))))
            total = self.splitter.width()
            self.splitter.setSizes([int(total * 0.56), total - int(total * 0.56)])

    # -- filters -----------------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        doc = self.doc
        keep = {c: c.currentData() for c in (self.year_filter, self.scope_filter, self.status_filter,
                                              self.person_filter)}
        for combo in keep:
            combo.clear()
        self.year_filter.addItem(self.tr("wszystkie"), None)
        for sy in doc.plan.school_years if doc.plan else ():
            self.year_filter.addItem(sy, sy)
        self.scope_filter.addItem(self.tr("wszystkie"), None)
        self.scope_filter.addItem(self.tr("tylko szkolenia"), "kind:training")
        if doc.result is not None:
            areas_done = []
            for p in sorted(doc.result.priorities, key=lambda p: p.rank):
                if p.area_id in AREAS_BY_ID and p.area_id not in areas_done:
                    areas_done.append(p.area_id)
            for area in areas_done:
                self.scope_filter.addItem(self.tr("Obszar: %1").replace("%1", AREAS_BY_ID[area].title_pl),
                                          f"area:{area}")
            for p in sorted(doc.result.priorities, key=lambda p: p.rank):
                self.scope_filter.addItem(self.tr("Priorytet %1: %2").replace("%1", str(p.rank)).replace("%2", p.title),
                                          f"priority:{p.id}")
        self.status_filter.addItem(self.tr("wszystkie"), None)
        for key, label in status_labels().items():
            self.status_filter.addItem(label, key)
        self.person_filter.addItem(self.tr("wszystkie"), None)
        involved = set()
        if doc.plan:
            for a in doc.plan.actions:
                involved.add(a.responsible_id)
                involved.update(x.staff_id for x in a.assignments)
        for p in doc.people:
            if p.id in involved:
                self.person_filter.addItem(doc.person_name(p.id), p.id)
        for combo, value in keep.items():
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.proxy.set_filter(year=self.year_filter.currentData(), scope=self.scope_filter.currentData(),
                              status=self.status_filter.currentData(), person=self.person_filter.currentData(),
                              text=self.search.text().strip(), expert=self.expert_filter.isChecked())
        self._update_count()

    def _expert_changed(self) -> None:
        """The filter "tylko z uwagami eksperta" is offered once the expert has commented on an action."""
        in_plan = {a.id for a in self.doc.plan.actions} if self.doc.plan else set()
        commented = any(key in in_plan for key in self.doc.expert_counts)
        self.expert_filter.setVisible(commented or self.expert_filter.isChecked())
        self.view.setColumnHidden(COLUMNS.index("expert"), not commented)
        if self.proxy.expert:
            self._apply_filters()

    def clear_filters(self) -> None:
        for combo in (self.year_filter, self.scope_filter, self.status_filter, self.person_filter):
            combo.setCurrentIndex(0)
        for widget in (self.search, self.expert_filter):
            widget.blockSignals(True)
        self.search.clear()
        self.expert_filter.setChecked(False)
        for widget in (self.search, self.expert_filter):
            widget.blockSignals(False)
        self._apply_filters()

    def set_filters(self, **values) -> None:
        """Set filters by value (tests, links from other tabs): year, scope, status, person, text, expert."""
        combos = {"year": self.year_filter, "scope": self.scope_filter, "status": self.status_filter,
                  "person": self.person_filter}
        for key, value in values.items():
            if key == "text":
                self.search.setText(value)
            elif key == "expert":
                self.expert_filter.blockSignals(True)
                self.expert_filter.setChecked(bool(value))
                self.expert_filter.blockSignals(False)
                self.expert_filter.setVisible(not self.expert_filter.isHidden() or bool(value))
            else:
                combos[key].setCurrentIndex(max(0, combos[key].findData(value)))
        self._apply_filters()

    def _update_count(self, *args) -> None:
        self.count_label.setText(self.tr("Pokazano %1 z %2 działań.").replace("%1", str(self.proxy.rowCount()))
                                 .replace("%2", str(self.model.rowCount())))

    def visible_action_ids(self) -> list[str]:
        return [self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.proxy.rowCount())]

    # -- selection and editor ----------------------------------------------------------------------------
    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.editor.set_action(current.data(Qt.ItemDataRole.UserRole))

    def _activated(self, index) -> None:
        if index.isValid():
            self.open_action(index.data(Qt.ItemDataRole.UserRole), "title")

    def select_action(self, action_id: str) -> bool:
        row = self.model.row_of(action_id)
        if row < 0:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():  # filtered out: show everything again
            self.clear_filters()
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectionModel().setCurrentIndex(
            proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(proxy_index)
        self.editor.set_action(action_id)
        return True

    def open_action(self, action_id: str, field: str | None = None) -> QWidget | None:
        """Select the action and put the focus on ``field`` in the editor (the place a finding points to)."""
        if not self.select_action(action_id):
            return None
        return self.editor.focus_field(field)

    def current_action_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
