"""Templates menu: import a checklist from XLSForm, export one, add one to the open assessment.

Reading a workbook (pyxform) runs on the window's :class:`~recp_desktop.ui.tasks.TaskRunner`,
off the window's thread; the import dialog then shows what was read (or exactly what is wrong,
by sheet, row and column) and installs only when asked, in one transaction
(``storage.templates``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.checklists import Template, TemplateError, localized
from recp_desktop.storage.database import Database, StorageError
from recp_desktop.storage.templates import (
    add_assessment_template,
    assessment_templates,
    install_template,
    list_templates,
)
from recp_desktop.ui.file_dialogs import open_file_names, save_file_name
from recp_desktop.ui.icons import icon
from recp_desktop.ui.labels import area_label
from recp_desktop.ui.tasks import TaskRunner


def template_area_label(template: Template) -> str:
    """The area a template covers, or the areas (a park checklist's categories) of a sector or
    park checklist's questions."""
    if template.area not in ("sector", "park"):
        return area_label(template.area)
    areas = dict.fromkeys(q.area for q in template.questions)
    return ", ".join(area_label(a) for a in areas)


class TemplateImportDialog(QDialog):
    """Shows what a workbook holds and installs it; the reading runs in the background."""

    sig_read = Signal()
    """Emitted once the workbook was read (successfully or not)."""

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        path: Path,
        language: str,
        assessment_id: str | None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.db, self.path, self.language = db, Path(path), language
        self.assessment_id = assessment_id
        self.template: Template | None = None
        self.installed: Template | None = None
        self.setWindowTitle(self.tr("Import checklist template"))
        self.status = QLabel(self.tr("Reading {file}…").format(file=self.path.name))
        self.status.setWordWrap(True)
        self.form = QFormLayout()
        self.fields = {key: QLabel() for key in ("file", "title", "id", "area", "questions")}
        for label in self.fields.values():
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
            label.setWordWrap(True)
        self.fields["file"].setText(self.path.name)
        self.fields["file"].setToolTip(str(self.path))
        self.form.addRow(self.tr("File:"), self.fields["file"])
        self.form.addRow(self.tr("Title:"), self.fields["title"])
        self.form.addRow(self.tr("Id and version:"), self.fields["id"])
        self.form.addRow(self.tr("Areas:"), self.fields["area"])
        self.form.addRow(self.tr("Questions:"), self.fields["questions"])
        self.warnings_label = QLabel(self.tr("Warnings (the checklist can still be installed):"))
        self.warnings_label.hide()
        self.warnings = QListWidget()
        self.warnings.setObjectName("importWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setMaximumHeight(110)
        self.warnings.hide()
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error.hide()
        self.add_to_assessment = QCheckBox(self.tr("Add it to the open assessment"))
        self.add_to_assessment.setChecked(assessment_id is not None)
        self.add_to_assessment.setVisible(assessment_id is not None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Install"))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(self.form)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.warnings)
        layout.addWidget(self.error)
        layout.addWidget(self.add_to_assessment)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self.task = runner.run(self._read, self._show, self._refuse)
        self.task.signals.sig_finished.connect(self.sig_read)

    def _read(self, _progress):
        from recp_desktop.checklists.xlsform import read_xlsform

        return read_xlsform(self.path)

    def _show(self, result) -> None:
        template = self.template = result.template
        self.status.setText(self.tr("The workbook is a valid checklist."))
        self.fields["title"].setText(localized(template.title, self.language))
        self.fields["id"].setText(
            self.tr("{id}, version {version}").format(id=template.id, version=template.version)
        )
        self.fields["area"].setText(template_area_label(template))
        languages = sorted({code for q in template.questions for code in q.text})
        self.fields["questions"].setText(
            self.tr("{count} in {languages}").format(
                count=len(template.questions), languages=", ".join(languages)
            )
        )
        for warning in result.warnings:
            self.warnings.addItem(warning)
        self.warnings.setVisible(bool(result.warnings))
        self.warnings_label.setVisible(bool(result.warnings))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(True)
        self.buttons.button(QDialogButtonBox.Ok).setFocus()

    def _refuse(self, exc: BaseException) -> None:
        if isinstance(exc, TemplateError):
            message = str(exc)
        else:
            message = self.tr("The file cannot be read: {error}").format(error=exc)
        self.status.setText(self.tr("This workbook cannot be imported. Nothing was changed."))
        for row in range(1, self.form.rowCount()):  # nothing was read: only the file stays
            self.form.setRowVisible(row, False)
        self.show_error(message)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        if self.template is None:
            return
        try:
            install_template(self.db, self.template, source=self.path.name)
            if self.add_to_assessment.isChecked() and self.assessment_id is not None:
                used = {t.id for t in assessment_templates(self.db, self.assessment_id)}
                if self.template.id not in used:
                    add_assessment_template(
                        self.db, self.assessment_id, self.template.id, self.template.version
                    )
        except (TemplateError, StorageError, ValueError) as exc:
            self.show_error(str(exc))
            return
        self.installed = self.template
        super().accept()


class TemplatePicker(QDialog):
    """A list of templates (title, id, version, questions, origin) to choose one from."""

    def __init__(
        self, templates: list, language: str, title: str, ok_text: str, parent=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.tree = QTreeWidget()
        self.tree.setObjectName("templateList")
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.setHeaderLabels(
            [
                self.tr("Checklist"),
                self.tr("Id"),
                self.tr("Version"),
                self.tr("Questions"),
                self.tr("Areas"),
                self.tr("Origin"),
            ]
        )
        for row in templates:
            template = row.template
            origin = self.tr("built-in") if row.builtin else row.source
            item = QTreeWidgetItem(
                [
                    localized(template.title, language),
                    template.id,
                    str(template.version),
                    str(len(template.questions)),
                    template_area_label(template),
                    origin,
                ]
            )
            item.setData(0, Qt.UserRole, template)
            self.tree.addTopLevelItem(item)
        for column in range(6):
            self.tree.resizeColumnToContents(column)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(ok_text)
        buttons.button(QDialogButtonBox.Ok).setEnabled(self.tree.topLevelItemCount() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(760, 320)

    def chosen(self) -> Template | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.UserRole) if item is not None else None


class TemplatesMenu(QMenu):
    """The Templates menu of the main window (``window`` has ``db``, ``workspace``,
    ``translator`` and ``open_assessment``)."""

    sig_installed = Signal(object)
    """Emitted with a template once it was installed."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_ = window
        self.act_import = QAction(icon("file-plus"), "", self)
        self.act_import.triggered.connect(lambda: self.import_template())
        self.act_export = QAction(icon("table-export"), "", self)
        self.act_export.triggered.connect(lambda: self.export_template())
        self.act_add = QAction(icon("building-factory-2"), "", self)
        self.act_add.triggered.connect(lambda: self.add_to_assessment())
        for action in (self.act_import, self.act_export):
            self.addAction(action)
        self.addSeparator()
        self.addAction(self.act_add)
        self.aboutToShow.connect(self.update_actions)
        self.retranslate()
        self.update_actions()

    @property
    def language(self) -> str:
        return self.window_.translator.language

    def update_actions(self) -> None:
        self.act_add.setEnabled(self.window_.workspace is not None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Templates"))
        self.act_import.setText(self.tr("&Import from XLSForm…"))
        self.act_export.setText(self.tr("&Export as XLSForm…"))
        self.act_add.setText(self.tr("&Add a checklist to this assessment…"))

    def import_template(self, path: Path | None = None) -> TemplateImportDialog | None:
        """Ask for a workbook (unless ``path``) and open the import dialog on it."""
        if path is None:
            chosen = open_file_names(
                self.window_,
                self.tr("Import a checklist from XLSForm"),
                self.tr("XLSForm workbooks (*.xlsx)"),
            )
            if not chosen:
                return None
            path = Path(chosen[0])
        workspace = self.window_.workspace
        dialog = TemplateImportDialog(
            self.window_.db,
            self.window_.tasks,
            path,
            self.language,
            workspace.assessment.id if workspace is not None else None,
            self.window_,
        )
        dialog.accepted.connect(lambda: self._installed(dialog))
        dialog.open()
        return dialog

    def _installed(self, dialog: TemplateImportDialog) -> None:
        template = dialog.installed
        if template is None:
            return
        self.window_.statusBar().showMessage(
            self.tr("Checklist “{title}” installed.").format(
                title=localized(template.title, self.language)
            ),
            10000,
        )
        workspace = self.window_.workspace
        if (
            workspace is not None
            and dialog.add_to_assessment.isChecked()
            and template.id not in workspace.extra_pages
            and template.id not in workspace.pages
        ):
            workspace.add_checklist(template)
        self.sig_installed.emit(template)

    def export_template(self, template: Template | None = None, path: Path | None = None) -> bool:
        """Choose a template and a file (unless given) and write the workbook."""
        from recp_desktop.checklists.xlsform_export import write_xlsform

        if template is None:
            picker = TemplatePicker(
                list_templates(self.window_.db),
                self.language,
                self.tr("Export a checklist as XLSForm"),
                self.tr("&Export…"),
                self.window_,
            )
            if not picker.exec() or (template := picker.chosen()) is None:
                return False
        if path is None:
            name = f"{template.id}-v{template.version}.xlsx"
            chosen = save_file_name(
                self.window_,
                self.tr("Save the checklist as"),
                name,
                self.tr("XLSForm workbooks (*.xlsx)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
            if path.suffix.lower() != ".xlsx":
                path = path.with_name(path.name + ".xlsx")
        try:
            write_xlsform(template, path)
        except OSError as exc:
            QMessageBox.warning(
                self.window_,
                self.tr("Export as XLSForm"),
                self.tr("{path} cannot be written: {error}").format(
                    path=str(path), error=exc.strerror or exc
                ),
            )
            return False
        self.window_.statusBar().showMessage(
            self.tr("Checklist saved: {path}").format(path=str(path)), 10000
        )
        return True

    def add_to_assessment(self, template: Template | None = None) -> Template | None:
        """Choose a checklist the open assessment does not use yet (unless given) and add it."""
        workspace = self.window_.workspace
        if workspace is None:
            return None
        db = self.window_.db
        if template is None:
            used = {t.id for t in assessment_templates(db, workspace.assessment.id)}
            used |= set(workspace.pages) | set(workspace.extra_pages)
            rows = [r for r in list_templates(db) if r.template.id not in used]
            newest = {}
            for row in rows:  # one line per template: its newest version
                newest[row.template.id] = row
            picker = TemplatePicker(
                list(newest.values()),
                self.language,
                self.tr("Add a checklist to this assessment"),
                self.tr("&Add"),
                self.window_,
            )
            if not picker.exec() or (template := picker.chosen()) is None:
                return None
        try:
            add_assessment_template(db, workspace.assessment.id, template.id, template.version)
        except (ValueError, StorageError, TemplateError) as exc:
            QMessageBox.warning(self.window_, self.tr("Add a checklist"), str(exc))
            return None
        workspace.add_checklist(template)
        return template
