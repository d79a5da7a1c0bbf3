"""Simplified Chinese: every text has a translation, and what a user sees in zh_CN is Chinese.

The translation files are checked as a developer would leave them: a new ``self.tr`` text that was not run
through lupdate, or an entry left unfinished, fails here with the commands that fix it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.desktop.helpers import wait_for_default_experiment

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILES = (TRANSLATIONS / "danlu_zh_CN.ts", TRANSLATIONS / "danlu_runtime_zh_CN.ts")
FIX = (
    "Refresh and translate the zh_CN texts (see desktop/i18n.py):\n"
    '    find desktop -name "*.py" | sort > /tmp/files.lst\n'
    "    pyside6-lupdate @/tmp/files.lst -no-obsolete -target-language zh_CN "
    "-ts resources/translations/danlu_zh_CN.ts\n"
    "    (translate every entry marked unfinished, e.g. with pyside6-linguist)\n"
    "    pyside6-lrelease resources/translations/danlu_zh_CN.ts resources/translations/danlu_runtime_zh_CN.ts "
    "-qm resources/translations/danlu_zh_CN.qm"
)
# What a translation must carry over from its source: {fields}, %1 / %n, HTML tags.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n|</?\w+[^>]*>")


def _tool(name: str) -> str | None:
    """The PySide6 tool ``name`` of this interpreter's environment (or on PATH)."""
    here = Path(sys.executable).with_name(name)
    return str(here) if here.exists() else shutil.which(name)


def _unfinished(ts: Path) -> list[str]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [translation.text] if translation is not None else []
            if translation is not None and message.get("numerus") == "yes":
                forms = [f.text for f in translation.findall("numerusform")]
            if translation is None or translation.get("type") == "unfinished" or not all(forms):
                out.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    return out


def _messages(ts: Path) -> list[tuple[str, str, str]]:
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message.findtext("translation") or "")
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if message.get("numerus") != "yes"
    ]


def test_every_text_of_the_translation_files_is_translated() -> None:
    unfinished = [f"{ts.name}: {entry}" for ts in TS_FILES for entry in _unfinished(ts)]
    assert not unfinished, f"{len(unfinished)} untranslated zh_CN text(s):\n" + "\n".join(unfinished[:40]) + "\n" + FIX


def test_lupdate_finds_no_new_text_in_the_gui_sources(tmp_path: Path) -> None:
    """A ``self.tr`` text added without running lupdate: the refreshed copy of the .ts has it unfinished."""
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "danlu_zh_CN.ts"
    shutil.copy(TS_FILES[0], copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))
    (tmp_path / "files.lst").write_text("\n".join(sources) + "\n", encoding="utf-8")
    done = subprocess.run(
        [lupdate, f"@{tmp_path / 'files.lst'}", "-no-obsolete", "-target-language", "zh_CN", "-ts", str(copy)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    new = _unfinished(copy)
    assert not new, f"{len(new)} GUI text(s) not in danlu_zh_CN.ts yet:\n" + "\n".join(new[:40]) + "\n" + FIX


def test_the_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "danlu_zh_CN.qm"
    done = subprocess.run(
        [lrelease, *map(str, TS_FILES), "-qm", str(fresh)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and " 0 unfinished" in done.stdout, done.stdout + done.stderr
    assert fresh.read_bytes() == (TRANSLATIONS / "danlu_zh_CN.qm").read_bytes(), (
        "resources/translations/danlu_zh_CN.qm is older than the .ts files.\n" + FIX
    )


def test_translations_keep_the_placeholders_of_their_source() -> None:
    wrong = [
        f"{ts.name} {context}: {source!r} -> {text!r}"
        for ts in TS_FILES
        for context, source, text in _messages(ts)
        if text and sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text))
    ]
    assert not wrong, "translations that lost or changed a placeholder:\n" + "\n".join(wrong)


def test_core_notes_and_log_lines_follow_the_ui_language(qapp) -> None:  # noqa: ANN001
    from desktop.core_texts import core_text
    from desktop.i18n import install_translators

    budget = "auto: 10 epochs x 47 batches of 32, stops early after 5 epochs without improvement"
    threads = "training with 2 CPU threads (auto: 4 physical cores, 1 kept for the app, 1 busy with other work)"
    unknown = "a message the core gained after this list was written"
    assert [core_text(t) for t in (budget, threads, unknown)] == [budget, threads, unknown]  # English: as is
    assert install_translators(qapp, "zh_CN") == "zh_CN"
    try:
        assert core_text(budget) == "自动：10 轮 x 47 个批次，批大小 32，连续 5 轮没有改善时提前停止"
        assert core_text(threads) == "使用 2 个 CPU 线程训练（自动：4 个物理核心，1 个留给本程序，1 个被其他任务占用）"
        assert core_text(unknown) == unknown  # not known: shown as the core wrote it, never lost
    finally:
        install_translators(qapp, "en")


def test_the_notes_of_common_datasets_are_all_known_texts(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    """The notes (and skip reasons) the core writes for the built-in sets, an image folder with hidden, empty
    and non-image files, and a table with numeric, categorical and missing values all match a template of
    desktop/core_texts.py."""
    from desktop.core_texts import _translate
    from models.data import build_datamodule
    from models.spec import DataSpec
    from models.vocab import BUILTINS
    from tests.models.test_data_support import make_image_folder

    images = make_image_folder(tmp_path / "images", per_class=6)
    (images / ".thumbs").mkdir()
    (images / "readme.txt").write_text("not an image", encoding="utf-8")
    first_class = sorted(p for p in images.iterdir() if p.is_dir() and not p.name.startswith("."))[0]
    (first_class / "empty.png").write_bytes(b"")
    (first_class / "notes.txt").write_text("not an image", encoding="utf-8")
    table = tmp_path / "table.csv"
    rows = ["id,size,colour,label"] + [
        f"{i},{'' if i % 7 == 0 else i % 5 + 0.5},{'red' if i % 3 else 'blue'},{'ab'[i % 2]}" for i in range(60)
    ]
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    specs = {name: DataSpec(source="builtin", name=name) for name in BUILTINS}
    specs["image folder"] = DataSpec(source="image_folder", path=str(images))
    specs["table"] = DataSpec(source="tabular", path=str(table))
    unknown, seen, skipped = [], 0, 0
    for name, spec in specs.items():
        dm = build_datamodule(spec)
        dm.setup()
        summary = dm.summary()
        texts = list(summary.notes) + [str(item.reason) for item in summary.skipped]
        seen, skipped = seen + len(summary.notes), skipped + len(summary.skipped)
        unknown += [f"{name}: {t!r}" for t in texts if _translate(t, 0) is None]
    assert seen > len(specs) and skipped >= 3
    assert not unknown, "texts with no template in desktop/core_texts.py (add them there):\n" + "\n".join(unknown)


def test_a_gans_failure_warnings_are_known_texts(qapp) -> None:  # noqa: ANN001
    """The discriminator-wins and mode-collapse warnings the core writes during a GAN run match a template."""
    from desktop.core_texts import _translate
    from models.tasks.generation_callback import FailureWatch

    watch, warnings = FailureWatch("bce"), []
    for _epoch in range(8):
        warnings += watch.observe({"train_d_loss": 0.01, "val_diversity": 0.1})
    assert len(warnings) == 2
    assert [w for w in warnings if _translate(w, 0) is None] == []


@pytest.fixture
def chinese_window(qtbot, qapp, state, runs_dir):  # noqa: ANN001
    """The main window built after the zh_CN translators were installed (as at startup), engine loaded."""
    from desktop.i18n import install_translators
    from desktop.main_window import MainWindow

    assert install_translators(qapp, "zh_CN") == "zh_CN"
    window = MainWindow(state, start_engine=False)
    window.engine.load_now()
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.shutdown()
    window.close()
    window.deleteLater()
    qtbot.wait(1)
    install_translators(qapp, "en")


def test_export_report_notes_and_log_lines_show_in_chinese(qtbot, chinese_window) -> None:  # noqa: ANN001
    w = chinese_window
    for panel in (w.results, w.runs):
        assert panel.export_button.text() == "导出…"
        assert panel.report_button.text() == "打开报告"
    wait_for_default_experiment(qtbot, w)  # the built-in digits
    notes = w.panels["data"].facts.labels["notes"].text()
    assert notes == "scikit-learn 的 8x8 灰度手写数字，缩放到 [0, 1]"
    budget = w.training.budget_label.text()  # the core's budget and thread lines on the Train page
    assert budget.startswith("自动") and "CPU 线程" in budget and "epochs" not in budget and "thread" not in budget

    w.controller.limit_batches = 2
    w.training.epochs.edit(1)
    with qtbot.waitSignal(w.controller.runFinished, timeout=120_000):
        w.training.train_button.click()
    log = w.log.text()
    assert "使用" in log and "CPU 线程训练" in log  # the core's thread line, translated
    assert "training with" not in log and "Run finished" not in log
    assert "运行在 1 轮后已完成。" in log
