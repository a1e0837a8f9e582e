"""Report > Generate PDF… in the app: a file dialog, a background task, the file opened."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from tests.ui.helpers import create_demo


def pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.replace("\u00a0", " ").split())


def answer_save_dialog(target: Path) -> QTimer:
    """Type ``target`` into the save dialog once it is up, and press Save."""
    timer = QTimer()
    timer.setInterval(20)

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            timer.stop()
            # the name box as typed (no completion popup to race with), then Save
            dialog.findChild(QLineEdit, "fileNameEdit").setText(str(target))
            dialog.accept()

    timer.timeout.connect(check)
    timer.start()
    return timer


def test_generate_pdf_from_the_menu(open_window, qtbot, tmp_path: Path) -> None:
    window = open_window()
    menu = window.report_menu
    menu.update_actions()
    assert not menu.act_generate.isEnabled()  # no assessment open
    opened: list[Path] = []
    menu.opener = opened.append
    create_demo(window, qtbot)
    assert menu.act_generate.isEnabled()

    target = tmp_path / "demo report.pdf"
    timer = answer_save_dialog(target)
    with qtbot.waitSignal(menu.sig_report_written, timeout=60_000) as written:
        menu.act_generate.trigger()
        assert not menu.act_generate.isEnabled()  # one report at a time
    timer.stop()
    qtbot.waitUntil(lambda: menu.task is None)
    assert written.args == [target] and opened == [target]
    text = pdf_text(target)
    assert "Executive summary" in text and "Şəki Süd MMC" in text
    assert str(target) in window.statusBar().currentMessage()
    assert menu.act_generate.isEnabled()

    menu.language_actions["ru"].trigger()
    russian = tmp_path / "ru.pdf"
    with qtbot.waitSignal(menu.sig_report_written, timeout=60_000):
        assert menu.generate(russian)
    qtbot.waitUntil(lambda: menu.task is None)
    assert "Краткое резюме" in pdf_text(russian) and opened == [target, russian]


def test_errors_and_cancel_reach_the_window(open_window, qtbot, tmp_path: Path) -> None:
    window = open_window()
    menu = window.report_menu
    opened: list[Path] = []
    menu.opener = opened.append
    create_demo(window, qtbot)

    with qtbot.waitSignal(menu.sig_report_failed, timeout=60_000) as failed:
        menu.generate(tmp_path / "no such folder" / "report.pdf")
    qtbot.waitUntil(lambda: menu.task is None)
    assert "does not exist" in failed.args[0]
    assert menu.message_box.isVisible() and "does not exist" in menu.message_box.text()
    menu.message_box.close()

    target = tmp_path / "cancelled.pdf"
    with qtbot.waitSignal(menu.sig_report_failed, timeout=60_000) as failed:
        menu.generate(target)
        menu.cancel()  # the report reports progress many times; the next one stops it
    qtbot.waitUntil(lambda: menu.task is None)
    assert failed.args == ["The report was cancelled."]
    assert not target.exists() and opened == []
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_the_menu_follows_the_interface_language(open_window, qtbot) -> None:
    window = open_window()
    menu = window.report_menu
    assert menu.title() == "&Report" and menu.language == "en"
    window.set_language("ru")
    qtbot.waitUntil(lambda: menu.title() == "&Отчёт")
    assert menu.act_generate.text() == "Создать &PDF…"
    assert menu.language == "ru"  # the report follows the interface until one is chosen
    window.set_language("az")
    qtbot.waitUntil(lambda: menu.title() == "&Hesabat")
    menu.update_actions()
    assert menu.language == "az" and menu.language_actions["az"].isChecked()
    assert menu.language_actions["az"].text() == "Azərbaycanca"
    menu.language_actions["en"].trigger()
    window.set_language("ru")
    qtbot.waitUntil(lambda: menu.title() == "&Отчёт")
    assert menu.language == "en"
    window.set_language("en")  # translators are installed app-wide: leave English behind
    qtbot.waitUntil(lambda: menu.title() == "&Report")
