"""The window's side of sync: *File > Connect to hub…*, *Sync now* (F5), the status bar's hub
state, and rounds in the background after edits settle and every few minutes.

Rounds (:func:`recp_desktop.sync.round.run_round`) run on the window's :class:`TaskRunner`
worker, never on the window's thread; an edit is never blocked (the database's writes make way
for the window's, :meth:`Database.make_way`). The status bar shows: not connected, syncing
(with photo upload progress), online with changes waiting and the last sync, unreachable, or
the hub's refusal in words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recp_desktop.ui.tasks import TaskCancelled, TaskRunner

if TYPE_CHECKING:
    from recp_desktop.storage.database import Database

SETTLE_MS = 5_000  # a round starts this long after the last edit
PERIOD_MS = 5 * 60_000  # and every five minutes
POLL_MS = 1_000  # how often the window looks for new edits


class HubStatusLabel(QLabel):
    """The status bar's hub state; retranslated with the window."""

    def __init__(self, owner: HubSync) -> None:
        super().__init__()
        self.owner = owner
        self.setObjectName("hubStatus")
        self.setTextInteractionFlags(Qt.NoTextInteraction)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.owner.retranslate()
        super().changeEvent(event)


class HubSync(QObject):
    """Sync for one window: actions, status label, timers, rounds on the task runner."""

    sig_changed = Signal()
    """Emitted after a round that brought changes: the window shows them."""
    sig_message = Signal(str)
    """A sentence for the status bar."""

    def __init__(self, parent: QWidget, db: Callable[[], Database | None], tasks: TaskRunner):
        super().__init__(parent)
        self.window = parent
        self.db = db
        self.tasks = tasks
        self.task = None
        self.state = "offline"  # offline | online | syncing | unreachable | refused
        self.detail = ""  # progress or the refusal
        self.waiting: int | None = None
        self.last_sync: QDateTime | None = None
        self._seen_save = None
        self.retry = None  # recp_desktop.sync.client.Retry; None: its defaults
        self.act_connect = QAction(self)
        self.act_connect.triggered.connect(self.connect_dialog)
        self.act_sync = QAction(self, shortcut=QKeySequence(Qt.Key_F5))
        self.act_sync.triggered.connect(lambda: self.sync_now(manual=True))
        parent.addAction(self.act_sync)  # F5 works wherever the focus is in the window
        from recp_desktop.ui.icons import icon

        self.act_connect.setIcon(icon("cloud-computing"))
        self.act_sync.setIcon(icon("refresh"))
        self.label = HubStatusLabel(self)
        self.settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self.settle.timeout.connect(self.sync_now)
        self.period = QTimer(self, interval=PERIOD_MS)
        self.period.timeout.connect(self.sync_now)
        self.poll = QTimer(self, interval=POLL_MS)
        self.poll.timeout.connect(self._look_for_edits)
        self.retranslate()

    # -- state ---------------------------------------------------------------------------------

    def account(self):
        from recp_desktop.sync.account import load_account

        db = self.db()
        if db is None:
            return None
        try:
            return load_account(db.folder)
        except OSError:
            return None

    def start(self) -> None:
        """Once the database is open: read the state, start the timers if signed in."""
        self.refresh()
        if self.account() is not None:
            self.period.start()
            self.poll.start()
            self.sync_now()

    def refresh(self) -> None:
        """Read the sign-in, changes waiting and last sync from the data folder (quick)."""
        from recp_desktop.sync import changes

        db = self.db()
        account = self.account()
        if db is None or account is None:
            self.state = "offline" if self.state != "syncing" else self.state
            self.waiting = None
        else:
            with db.engine.connect() as connection:
                self.waiting = changes.count_changed(connection)
                last = changes.last_sync(connection)
            if last is not None:
                self.last_sync = QDateTime.fromSecsSinceEpoch(int(last.timestamp()))
            if account.refused is not None and self.state != "syncing":
                self.state, self.detail = "refused", account.refused
            elif self.state == "offline":
                self.state = "online"
        self.retranslate()

    def _look_for_edits(self) -> None:
        db = self.db()
        if db is None or self.state == "syncing":
            return
        if db.last_saved != self._seen_save:
            self._seen_save = db.last_saved
            self.settle.start()  # restarted by every new edit: runs once they settle

    # -- rounds --------------------------------------------------------------------------------

    def sync_now(self, manual: bool = False) -> None:
        """Start a round unless one runs; not signed in: the dialog (when asked for)."""
        db = self.db()
        if db is None or self.task is not None or self.tasks.closed:
            return
        if self.account() is None:
            if manual:
                self.connect_dialog()
            return
        from recp_desktop.sync.round import run_round

        self.settle.stop()
        self.state, self.detail = "syncing", ""
        self.retranslate()

        def work(progress) -> Any:
            def report(stage: str, done: int, total: int) -> None:
                progress(done / total if total else 1.0, stage)

            result = run_round(db, retry=self.retry, progress=report, cancel=lambda: task.cancelled)
            from recp_desktop.sync import changes

            with db.engine.connect() as connection:
                waiting = changes.count_changed(connection)
            return result, waiting

        task = self.tasks.prepare(
            work, lambda out: self._done(out, manual), lambda exc: self._failed(exc, manual)
        )
        task.signals.sig_progress.connect(self._progress)
        task.signals.sig_finished.connect(self._finished)
        self.task = task
        self.tasks.start(task)

    def _progress(self, fraction: float, stage: str) -> None:
        self.detail = {
            "upload": self.tr("sending photos {percent} %"),
            "push": self.tr("sending changes"),
            "pull": self.tr("receiving changes"),
            "download": self.tr("receiving photos {percent} %"),
        }.get(stage, "").format(percent=int(fraction * 100))
        self.retranslate()

    def _finished(self) -> None:
        self.task = None
        db = self.db()
        self._seen_save = db.last_saved if db is not None else None

    def _done(self, out, manual: bool) -> None:
        result, waiting = out
        self.state, self.detail, self.waiting = "online", "", waiting
        self.last_sync = QDateTime.currentDateTime()
        if result.refused:
            self.state = "refused"
            self.detail = self.tr(
                "The hub refused the changes of {n} assessment(s) you are not assigned to; "
                "they stay here. Ask a supervisor to assign you."
            ).format(n=len(result.refused))
        self.retranslate()
        if result.pulled or result.conflicts:
            self.sig_changed.emit()
        if result.conflicts:
            self.sig_message.emit(
                self.tr("Records in conflict: {n}. File > Conflicts… to settle them.").format(
                    n=result.conflicts
                )
            )
        elif manual:
            self.sig_message.emit(self.tr("Synced with the hub."))

    def _failed(self, exc: BaseException, manual: bool) -> None:
        from recp_desktop.sync.client import HubError

        if isinstance(exc, TaskCancelled):
            self.state, self.detail = "online", ""
        elif isinstance(exc, HubError) and exc.code == "network":
            self.state, self.detail = "unreachable", str(exc)
        else:
            self.state, self.detail = "refused", str(exc)
            if manual:
                QMessageBox.warning(self.window, self.tr("Sync"), str(exc))
        self.refresh_waiting()
        self.retranslate()
        if manual and self.state == "unreachable":
            self.sig_message.emit(str(exc))

    def refresh_waiting(self) -> None:
        from recp_desktop.sync import changes

        db = self.db()
        if db is not None:
            with db.engine.connect() as connection:
                self.waiting = changes.count_changed(connection)

    # -- text ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.act_connect.setText(self.tr("Connect to &hub…"))
        self.act_sync.setText(self.tr("S&ync now"))
        account = self.account()
        when = (
            QLocale().toString(self.last_sync, QLocale.FormatType.ShortFormat)
            if self.last_sync
            else self.tr("never")
        )
        waiting = self.tr("changes waiting: {n}").format(n=self.waiting or 0)
        texts = {
            "offline": self.tr("Hub: not connected"),
            "syncing": self.tr("Hub: syncing…") + (f" {self.detail}" if self.detail else ""),
            "online": self.tr("Hub: online · {waiting} · last sync {when}"),
            "unreachable": self.tr("Hub: offline · {waiting} · last sync {when}"),
            "refused": self.tr("Hub: {reason} · {waiting}"),
        }
        reason = self.detail.split(":")[0].split(". ")[0].rstrip(".")[:90]
        self.label.setText(texts[self.state].format(waiting=waiting, when=when, reason=reason))
        self.label.setProperty("hubState", self.state)
        tip = ""
        if account is not None:
            tip = self.tr("{user} ({role}) of {org} at {url}").format(
                user=account.username,
                role=account.role,
                org=account.organisation,
                url=account.url,
            )
        if self.state in ("refused", "unreachable") and self.detail:
            tip = f"{tip}\n{self.detail}" if tip else self.detail
        self.label.setToolTip(tip)

    # -- signing in ----------------------------------------------------------------------------

    def connect_dialog(self) -> None:
        db = self.db()
        if db is None:
            return
        dialog = ConnectDialog(self, self.window)
        dialog.exec()
        self.start() if self.account() is not None else self._signed_out()

    def _signed_out(self) -> None:
        self.period.stop()
        self.poll.stop()
        self.state, self.detail, self.last_sync = "offline", "", None
        self.refresh()


class ConnectDialog(QDialog):
    """Hub address, organisation, user and password; or who is signed in, and *Sign out*."""

    def __init__(self, owner: HubSync, parent: QWidget) -> None:
        super().__init__(parent)
        self.owner = owner
        self.setWindowTitle(self.tr("Connect to hub"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.url = QLineEdit(placeholderText="https://hub.example.org")
        self.org = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.Password)
        form.addRow(self.tr("Hub &address:"), self.url)
        form.addRow(self.tr("&Organisation:"), self.org)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.error = QLabel(wordWrap=True, objectName="error")
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.AcceptRole
        )
        self.sign_out_button = QPushButton(self.tr("&Sign out"))
        self.buttons.addButton(self.sign_out_button, QDialogButtonBox.DestructiveRole)
        self.buttons.rejected.connect(self.reject)
        self.connect_button.clicked.connect(self.sign_in)
        self.sign_out_button.clicked.connect(self.sign_out)
        layout.addWidget(self.buttons)
        self._show_account()

    def _show_account(self) -> None:
        account = self.owner.account()
        signed_in = account is not None
        for field in (self.url, self.org, self.user):
            field.setReadOnly(False)
        if signed_in:
            self.url.setText(account.url)
            self.org.setText(account.organisation)
            self.user.setText(account.username)
            self.intro.setText(
                self.tr(
                    "Signed in as <b>{user}</b> ({role}) of <b>{org}</b>. Sign in again to "
                    "change the account, or sign out."
                ).format(user=account.username, role=account.role, org=account.organisation)
                + (
                    "<br>" + self.tr("Pinned certificate: {fp}").format(fp=account.fingerprint)
                    if account.fingerprint
                    else ""
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Sign in to your centre's hub: your edits go up and your supervisor's "
                    "review comes back by itself. Only a device token is kept, never the "
                    "password."
                )
            )
        self.sign_out_button.setVisible(signed_in)
        (self.password if signed_in or self.url.text() else self.url).setFocus()

    def _busy(self, busy: bool) -> None:
        self.connect_button.setEnabled(not busy)
        self.sign_out_button.setEnabled(not busy)
        self.setCursor(Qt.BusyCursor if busy else Qt.ArrowCursor)

    def sign_in(self, trust: str | None = None) -> None:
        from recp_desktop.sync.round import sign_in

        db = self.owner.db()
        url, org, user = self.url.text().strip(), self.org.text().strip(), self.user.text().strip()
        password = self.password.text()
        if not (url and user and password):
            self.error.setText(self.tr("Fill in the address, the user name and the password."))
            return
        self.error.setText(self.tr("Connecting…"))
        self._busy(True)
        self.owner.tasks.run(
            lambda _progress: sign_in(db, url, user, password, organisation=org, trust=trust),
            self._signed_in,
            self._refused,
            cancellable=False,
        )

    def _signed_in(self, account) -> None:
        self._busy(False)
        self.password.clear()
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        from recp_desktop.sync.round import UntrustedCertificateError

        self._busy(False)
        if isinstance(exc, UntrustedCertificateError):
            self.error.setText("")
            answer = QMessageBox.question(
                self,
                self.tr("Trust this hub?"),
                self.tr(
                    "The hub's certificate is not vouched for by an authority this computer "
                    "knows. Its SHA-256 fingerprint is:\n\n{fp}\n\nTrust it only if it is the "
                    "fingerprint your hub's administrator gave you."
                ).format(fp=exc.fingerprint),
                QMessageBox.Yes | QMessageBox.No,
                QMessageBox.No,
            )
            if answer == QMessageBox.Yes:
                self.sign_in(trust=exc.fingerprint)
            return
        self.error.setText(str(exc))

    def sign_out(self) -> None:
        from recp_desktop.sync.round import sign_out

        db = self.owner.db()
        self._busy(True)
        self.owner.tasks.run(
            lambda _progress: sign_out(db),
            lambda _warning: self.accept(),
            self._refused,
            cancellable=False,
        )
