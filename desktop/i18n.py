"""UI language: installs the Danlu translation (and Qt's own, for standard dialog buttons) on the app.

Source strings are English, which needs no translation file; Simplified Chinese ships as
``resources/translations/danlu_zh_CN.qm`` (built from the ``.ts`` with ``pyside6-lrelease``). The language
follows the system locale unless the user picked one.

After changing user-visible strings, refresh the sources (existing translations are kept) and recompile::

    find desktop -name "*.py" | sort > /tmp/files.lst
    pyside6-lupdate @/tmp/files.lst -no-obsolete -target-language zh_CN -ts resources/translations/danlu_zh_CN.ts
    pyside6-lrelease resources/translations/danlu_zh_CN.ts resources/translations/danlu_runtime_zh_CN.ts \
        -qm resources/translations/danlu_zh_CN.qm

then translate the new entries (``pyside6-linguist``, or edit the ``.ts``) and run lrelease again.
``danlu_runtime_zh_CN.ts`` holds texts that come from the core at run time (layer documentation, template
titles, the labels of :mod:`models.vocab`: contexts ``LayerDocs``, ``Templates`` and ``Vocab``), which lupdate
cannot find in the GUI sources. The core's dataset notes and log lines are the exception: their templates are
listed in :mod:`desktop.core_texts` (context ``CoreTexts``), so lupdate finds them in ``danlu_zh_CN.ts``.

lupdate only sees literal texts in ``self.tr("...")``, ``QCoreApplication.translate("Context", "...")`` and
``QT_TRANSLATE_NOOP("Context", "...")``; a helper such as ``_tr(text)`` hides its texts from it.
``tests/desktop/test_i18n.py`` fails while a text is untranslated, lupdate would find a new one, or the
``.qm`` is older than the ``.ts`` files.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: Languages offered in the settings, as (code, name in that language); "system" follows the locale.
LANGUAGE_NAMES = {"system": "", "en": "English", "zh_CN": "简体中文"}

_installed: list[QTranslator] = []  # keep a reference, or Python frees them and the UI falls back to English
_active = "en"  # the language the widgets were built in (source strings are English)


def vocab_text(label: str) -> str:
    """The UI language's text for an English label of :mod:`models.vocab` (a metric, loss or data source)."""
    return QCoreApplication.translate("Vocab", label)


def resolve_language(choice: str) -> str:
    """The shipped language to use for a settings choice ("system", "en", "zh_CN")."""
    if choice in ("en", "zh_CN"):
        return choice
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def active_language() -> str:
    """The language in use: the one :func:`install_translators` installed last ("en" before any)."""
    return _active


def translation_file(language: str) -> str | None:
    """Path of the compiled translation for ``language``, or None when there is none (English)."""
    ref = resources.files("resources") / "translations" / f"danlu_{language}.qm"
    return str(ref) if ref.is_file() else None


def install_translators(app: QCoreApplication, choice: str) -> str:
    """Install the translators for ``choice`` on ``app``; returns the language actually used.

    Widgets translate their texts when they are built, so a change reaches the widgets made afterwards only:
    the settings dialog says that a new language applies after a restart.
    """
    global _active
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(choice)
    _active = language
    if language == "en":
        return language
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    path = translation_file(language)
    if path:
        own = QTranslator(app)
        if own.load(path):
            app.installTranslator(own)
            _installed.append(own)
    return language
