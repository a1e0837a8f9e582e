"""One area's checklist: the table, the guidance for the current question, and its photos."""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.checklists import PARK, Question, Template, localized
from recp_desktop.checklists.model import SECTOR, option_area
from recp_desktop.storage.database import Database, StorageError
from recp_desktop.storage.photos import PhotoError, add_photo, list_photos, set_photo_deleted
from recp_desktop.ui.calculator_dialog import CalculatorDialog
from recp_desktop.ui.checklist_model import COL_ANSWER, QUESTION_ROLE, ChecklistModel
from recp_desktop.ui.checklist_view import ChecklistView
from recp_desktop.ui.file_dialogs import open_file_names
from recp_desktop.ui.icons import icon
from recp_desktop.ui.labels import area_label, calculator_label, technique_label
from recp_desktop.ui.photo_strip import PhotoStrip
from recp_desktop.ui.simple_calculator import SimpleCalculatorDialog

IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff"


class ChecklistPage(QWidget):
    sig_message = Signal(str)
    """Emitted with a message for the status bar (refused input, photo errors)."""
    sig_option_added = Signal(str)
    """Emitted with the id of an option recorded from a calculator."""
    sig_saved = Signal()
    """Emitted after a photo was added or removed (written to the database)."""

    def __init__(
        self,
        db: Database,
        assessment_id: str,
        kind: str,
        template: Template,
        undo_stack: QUndoStack,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.assessment_id, self.kind, self.template = db, assessment_id, kind, template
        self.model = ChecklistModel(db, assessment_id, kind, template, undo_stack, language, self)
        self.view = ChecklistView()
        self.view.setModel(self.model)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setFormat("%v / %m")
        self.guidance = QTextBrowser()
        self.guidance.setOpenLinks(False)
        self.photos = PhotoStrip()
        self.photos_label = QLabel()
        self.photos_label.setWordWrap(True)
        self.add_photo_button = QPushButton(icon("photo-plus"), "")
        self.add_photo_button.clicked.connect(self.choose_photos)
        self.calculator_button = QPushButton(icon("calculator"), "")
        self.calculator_button.clicked.connect(self.open_calculator)
        self.calculator_button.setVisible(False)
        calculator_shortcut = QShortcut(QKeySequence("Ctrl+K"), self)
        calculator_shortcut.activated.connect(self.open_calculator)
        self.photos.sig_files_dropped.connect(self.attach_photos)
        self.photos.sig_remove_requested.connect(self.remove_photo)
        self.setAcceptDrops(True)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.guidance, 1)
        side_layout.addWidget(self.calculator_button)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photos_label)
        photo_row.addStretch()
        photo_row.addWidget(self.add_photo_button)
        side_layout.addLayout(photo_row)
        side_layout.addWidget(self.photos)
        # a refused photo is said here, where it was dropped, until the next photo or question
        self.photo_error = QLabel()
        self.photo_error.setObjectName("photoError")
        self.photo_error.setWordWrap(True)
        self.photo_error.setStyleSheet("color: #b00020;")
        self.photo_error.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.photo_error.hide()
        side_layout.addWidget(self.photo_error)

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 300])
        side.setMinimumWidth(240)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch()
        header.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.sig_progress_changed.connect(self._show_progress)
        self.model.sig_rejected.connect(lambda _qid, message: self.sig_message.emit(message))
        self.model.sig_read_as.connect(self.sig_message)
        self.model.sig_rows_reset.connect(self._rows_reset)
        self.model.dataChanged.connect(self._data_changed)
        self._refresh_photo_counts()
        self._show_progress(*self.model.progress())
        self.retranslate()
        if self.model.rowCount():
            self.view.go_to_row(0, COL_ANSWER)

    # --- current question ------------------------------------------------------------------
    def current_question(self) -> Question | None:
        index = self.view.currentIndex()
        return index.data(QUESTION_ROLE) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_guidance()
        self._show_photos()

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, _roles=()) -> None:
        current = self.view.currentIndex()
        if current.isValid() and top.row() <= current.row() <= bottom.row():
            self._show_guidance()

    def _rows_reset(self) -> None:
        self._show_guidance()
        self._show_photos()

    def _show_progress(self, answered: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(answered)

    def _show_guidance(self) -> None:
        question = self.current_question()
        self.calculator_button.setVisible(bool(question and question.calculator))
        if question is None:
            self.guidance.clear()
            return
        language = self.model.language
        group = localized(question.group, language)
        if self.template.area in (SECTOR, PARK):  # the area of each question, unless said
            area = area_label(question.area)
            group = group if group.startswith(area) else f"{area} · {group}"
        parts = [
            f"<p style='color:#555'>{html.escape(group)}</p>",
            f"<h3>{html.escape(question.wording(language, self.kind))}</h3>",
            f"<p>{html.escape(question.guidance_for(language, self.kind))}</p>",
        ]
        if self.kind != "club":  # an expert's term: the club view leaves it out
            parts.append(
                "<p><b>{}</b> {}</p>".format(
                    html.escape(self.tr("CP techniques:")),
                    html.escape(", ".join(technique_label(t) for t in question.techniques)),
                )
            )
        if question.calculator:
            parts.append(
                "<p><b>{}</b> {}</p>".format(
                    html.escape(self.tr("Quick-win calculator:")),
                    html.escape(calculator_label(question.calculator)),
                )
            )
        if question.unit:
            parts.append(
                "<p style='color:#555'>{}</p>".format(
                    html.escape(
                        self.tr("Type a number, optionally with a unit, e.g. 12.5 {unit}.").format(
                            unit=question.unit
                        )
                    )
                )
            )
        error = self.model.errors.get(question.id)
        if error:
            parts.append(f"<p style='color:#b00020'>⚠ {html.escape(error)}</p>")
        self.guidance.setHtml("".join(parts))

    # --- calculators ----------------------------------------------------------------------------
    def calculator_dialog(self, question: Question) -> CalculatorDialog:
        """The calculator ``question`` leads to, prefilled from the assessment."""
        from recp_desktop.checklists import builtin_templates
        from recp_desktop.checklists.prefill import prefill
        from recp_desktop.domain.calculators import inputs
        from recp_desktop.storage.answers import load_answers
        from recp_desktop.storage.baseline import load_baseline
        from recp_desktop.storage.repository import get_assessment
        from recp_desktop.ui.i18n import current_language

        assert question.calculator is not None
        assessment, enterprise = get_assessment(self.db, self.assessment_id)
        values = prefill(
            question.calculator,
            [spec.name for spec in inputs(question.calculator)],
            country=enterprise.country,
            currency=assessment.currency,
            baseline=load_baseline(self.db, self.assessment_id),
            answers=load_answers(self.db, self.assessment_id),
            questions=[q for t in builtin_templates().values() for q in t.questions],
            language=current_language(),
        )
        # A club self-audit opens the simple mode: what a person measures, the rest as defaults.
        dialog_class = SimpleCalculatorDialog if self.kind == "club" else CalculatorDialog
        dialog = dialog_class(
            self.db,
            self.assessment_id,
            question.calculator,
            currency=assessment.currency,
            area=option_area(question, self.template.area),
            prefilled=values,
            title=calculator_label(question.calculator),
            techniques=question.techniques,
            question_id=question.id,
            parent=self,
        )
        dialog.sig_option_added.connect(self.sig_option_added)
        return dialog

    def open_calculator(self) -> None:
        question = self.current_question()
        if question is None or not question.calculator:
            return
        self.calculator_dialog(question).exec()

    # --- photos -------------------------------------------------------------------------------
    def _refresh_photo_counts(self) -> None:
        photos = list_photos(self.db, self.assessment_id)
        counts = Counter(p.question_id for p in photos if p.question_id)
        self.model.set_photo_counts(dict(counts))

    def _show_photos(self) -> None:
        question = self.current_question()
        photos = list_photos(self.db, self.assessment_id, question.id) if question else []
        self.photos.show_photos(self.db.folder, photos)
        self._show_photo_error([])
        self.add_photo_button.setEnabled(question is not None)

    def choose_photos(self) -> None:
        paths = open_file_names(
            self,
            self.tr("Add photos"),
            self.tr("Images ({patterns})").format(patterns=IMAGE_FILTER),
        )
        if paths:
            self.attach_photos(paths)

    def attach_photos(self, paths: list[str]) -> None:
        question = self.current_question()
        if question is None:
            return
        added = 0
        refused: list[str] = []
        for path in paths:
            try:
                add_photo(self.db, self.assessment_id, Path(path), question.id)
                added += 1
            except PhotoError as exc:
                name, reason = Path(path).name, str(exc)
                refused.append(
                    self.tr("Photo refused: {reason}").format(reason=reason)
                    if name in reason  # the reason names the file already
                    else self.tr("Photo refused: {name}: {reason}").format(name=name, reason=reason)
                )
            except StorageError as exc:
                refused.append(str(exc))
        for message in refused:
            self.sig_message.emit(message)
        if added:
            self.sig_message.emit(self.tr("%n photo(s) added.", "", added))
            self.sig_saved.emit()
        self._refresh_photo_counts()
        self._show_photos()
        self._show_photo_error(refused)

    def _show_photo_error(self, messages: list[str]) -> None:
        self.photo_error.setText("\n".join(messages))
        self.photo_error.setVisible(bool(messages))

    def remove_photo(self, photo_id: str) -> None:
        try:
            set_photo_deleted(self.db, photo_id, True)
        except StorageError as exc:
            self.sig_message.emit(str(exc))
        else:
            self.sig_saved.emit()
        self._refresh_photo_counts()
        self._show_photos()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach_photos(paths)

    # --- language -------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self.model.set_language(language)
        self.title.setText(self._title_text())
        self._show_guidance()

    def _title_text(self) -> str:
        """The area's name for an area's own checklist, else the checklist's title."""
        if self.template.id == self.template.area:
            return area_label(self.template.area)
        return localized(self.template.title, self.model.language)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self._title_text())
        self.photos_label.setText(self.tr("Photos of this question (drop image files here):"))
        self.add_photo_button.setText(self.tr("Add photo…"))
        self.calculator_button.setText(self.tr("Open the calculator… (Ctrl+K)"))
        self._show_guidance()
