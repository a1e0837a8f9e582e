"""File > Companies that look the same…: the groups ``storage.companies.duplicates`` finds, and
a merge into the company chosen (issue 14 §5). Keyboard: arrows pick a company, Alt+M merges."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.storage import companies
from recp_desktop.storage.database import Database, StorageError

ID_ROLE = Qt.UserRole + 1


class DuplicatesDialog(QDialog):
    """Groups of look-alike companies; the selected company is the one the others merge into."""

    sig_merged = Signal()
    """Emitted after a merge was stored."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Companies that look the same"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("Company"),
                self.tr("Country"),
                self.tr("City"),
                self.tr("Registration no."),
                self.tr("Assessments"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.empty = QLabel(self.tr("No companies look the same."))
        self.empty.setObjectName("emptyText")
        self.btn_merge = QPushButton(self.tr("&Merge into the selected company"))
        self.btn_merge.clicked.connect(self.merge_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.addButton(self.btn_merge, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        self.groups = companies.duplicates(self.db)
        self.tree.clear()
        for group in self.groups:
            why = [
                self.tr("Same registration number")
                if reason == "registration"
                else self.tr("Same name, country and city")
                for reason in group.reasons
            ]
            top = QTreeWidgetItem(["; ".join(why)])
            top.setFirstColumnSpanned(False)
            self.tree.addTopLevelItem(top)
            for company in group.companies:
                item = QTreeWidgetItem(
                    [
                        company.name,
                        company.country,
                        company.city,
                        company.registration_no,
                        str(company.assessments),
                    ]
                )
                item.setData(0, ID_ROLE, company.id)
                item.setTextAlignment(4, Qt.AlignRight | Qt.AlignVCenter)
                top.addChild(item)
                if company.id == group.survivor:
                    item.setSelected(True)
            top.setExpanded(True)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self.empty.setVisible(not self.groups)
        self.tree.setVisible(bool(self.groups))
        if self.groups:
            first = self.tree.topLevelItem(0)
            keep = next(
                first.child(i)
                for i in range(first.childCount())
                if first.child(i).data(0, ID_ROLE) == self.groups[0].survivor
            )
            self.tree.setCurrentItem(keep)
            self.tree.setFocus()
        self._update_button()

    def _update_button(self) -> None:
        item = self.tree.currentItem()
        self.btn_merge.setEnabled(bool(item and item.parent() is not None))

    def merge_selected(self, confirm: bool = True) -> int:
        """Merge the other companies of the selected company's group into it; assessments moved."""
        item = self.tree.currentItem()
        if item is None or item.parent() is None:
            return 0
        keep = item.data(0, ID_ROLE)
        group = item.parent()
        others = [
            group.child(i).data(0, ID_ROLE)
            for i in range(group.childCount())
            if group.child(i).data(0, ID_ROLE) != keep
        ]
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Merge companies"),
                self.tr(
                    "Merge %1 other company(ies) into %2? Their assessments move to %2 with all "
                    "their records; the others are removed from the list."
                )
                .replace("%1", str(len(others)))
                .replace("%2", item.text(0)),
            )
            if answer != QMessageBox.Yes:
                return 0
        moved = 0
        try:
            for other in others:
                moved += companies.merge(self.db, keep, other)
        except (companies.CompanyMergeError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Merge companies"), str(exc))
        self.sig_merged.emit()
        self.refresh()
        return moved
