"""The Clubs menu, writing certificates in the background, and checking one.

*Clubs > RECP Clubs…* (Ctrl+Shift+L) opens :class:`~recp_desktop.ui.club_window.ClubWindow`;
*Clubs > Verify a certificate…* checks a PDF offline against this installation's key and the
keys of devices whose packages were imported here (:mod:`recp_desktop.exchange.certificates`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from recp_desktop.storage.database import Database
from recp_desktop.ui.file_dialogs import open_file_names, remember_folder, start_folder
from recp_desktop.ui.tasks import Task, TaskCancelled, TaskProgress, TaskRunner


def write_certificates(
    parent: QWidget,
    db: Database,
    tasks: TaskRunner,
    club_id: str,
    language: str,
    folder: str | None = None,
) -> Task | None:
    """Ask for a folder (unless given) and write every qualifying participant's certificate
    there in the background, with a progress dialog that can cancel; say what was written."""
    from recp_desktop.exchange.certificates import device_signer
    from recp_desktop.report.club_certificates import issue_certificates

    if not folder:
        folder = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate("ClubTasks", "Write the certificates into"),
            start_folder(parent),
        )
        if not folder:
            return None
        remember_folder(parent, folder)
    title = QCoreApplication.translate("ClubTasks", "Certificates of attendance")

    def work(progress):
        sign, public_key = device_signer(db.folder)

        def step(done: int, total: int, name: str) -> bool:
            progress(done / total if total else 1.0, name)
            return True

        return issue_certificates(
            db,
            club_id,
            Path(folder),
            language=language,
            sign=sign,
            public_key=public_key,
            progress=step,
        )

    def done(issued) -> None:
        if not issued:
            text = QCoreApplication.translate(
                "ClubTasks", "Nobody meets the club's criteria yet; see the Progress tab."
            )
        else:
            text = QCoreApplication.translate(
                "ClubTasks", "%n certificate(s) written to {folder}:", "", len(issued)
            ).format(folder=folder)
            text += "\n" + "\n".join(f"{i.code}  {i.participant} ({i.company})" for i in issued)
        QMessageBox.information(parent, title, text)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, TaskCancelled):
            QMessageBox.information(
                parent,
                title,
                QCoreApplication.translate(
                    "ClubTasks", "Stopped; the certificates written so far are kept."
                ),
            )
            return
        QMessageBox.warning(parent, title, str(exc))

    task = tasks.prepare(work, done, failed)
    TaskProgress(
        task,
        QCoreApplication.translate("ClubTasks", "Writing certificates…"),
        parent,
        title=title,
        cancel=QCoreApplication.translate("ClubTasks", "Cancel"),
    )
    return tasks.start(task)


def verify_certificate(parent: QWidget, db: Database, path: str | None = None):
    """Ask for a PDF (unless given), check it, and say the outcome; returns the
    :class:`~recp_desktop.exchange.certificates.Verification` (None when cancelled)."""
    from recp_desktop.exchange.certificates import verify_file

    title = QCoreApplication.translate("ClubTasks", "Verify a certificate")
    if not path:
        chosen = open_file_names(
            parent, title, QCoreApplication.translate("ClubTasks", "Certificates (*.pdf)")
        )
        if not chosen:
            return None
        path = chosen[0]
    result = verify_file(db, Path(path))
    if result.ok:
        QMessageBox.information(parent, title, result.message)
    else:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate("ClubTasks", "Not valid: {reason}").format(
                reason=result.message
            ),
        )
    return result


class ClubsMenu(QMenu):
    """*Clubs*: the facilitator's clubs window, and checking a certificate."""

    def __init__(self, window) -> None:  # the MainWindow
        super().__init__(window)
        self.window_ = window
        self.club_window = None
        self.act_clubs = QAction(self, shortcut=QKeySequence("Ctrl+Shift+L"))
        self.act_clubs.triggered.connect(self.open_clubs)
        self.act_verify = QAction(self)
        self.act_verify.triggered.connect(lambda: self.verify())
        self.addAction(self.act_clubs)
        self.addAction(self.act_verify)
        self.retranslate()

    def open_clubs(self):  # -> ClubWindow
        from recp_desktop.ui.club_window import ClubWindow

        if self.club_window is None or self.club_window.db is not self.window_.db:
            self.club_window = ClubWindow(self.window_.db, self.window_.tasks, self.window_)
        else:
            self.club_window.reload()
        self.club_window.show()
        self.club_window.raise_()
        self.club_window.activateWindow()
        return self.club_window

    def verify(self, path: str | None = None):
        return verify_certificate(self.window_, self.window_.db, path)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Clubs"))
        self.act_clubs.setText(self.tr("RECP &Clubs…"))
        self.act_verify.setText(self.tr("&Verify a certificate…"))
