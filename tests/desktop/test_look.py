"""Look and feel (issue 10, item 19): the language setting says when it applies, and the dark theme keeps
unchecked check boxes and the network editor's arrow buttons visible."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton, QWidget

from desktop.settings import Settings


def test_choosing_another_language_says_it_applies_after_a_restart(qtbot, monkeypatch) -> None:  # noqa: ANN001
    from desktop import i18n
    from desktop.settings_dialog import SettingsDialog

    monkeypatch.delenv("DANLU_LANGUAGE")
    settings = Settings()
    settings.language = "en"
    monkeypatch.setattr(i18n, "_active", "en")  # the language this session was started in
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.language_note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert dialog.language_note.isVisible()
    assert "restart" in dialog.language_note.text().lower() and "简体中文" in dialog.language_note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.language_note.isVisible()  # back to the language in use: nothing to say
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.accept()
    assert Settings().language == "zh_CN"  # saved for the next start


def _lightness_range(image, x0: int, y0: int, w: int, h: int) -> int:  # noqa: ANN001
    values = [image.pixelColor(x, y).lightness() for x in range(x0, x0 + w) for y in range(y0, y0 + h)]
    return max(values) - min(values)


def test_unchecked_check_boxes_are_visible_on_the_dark_theme(qtbot, qapp) -> None:  # noqa: ANN001
    from desktop import theme

    try:
        theme.apply_theme(qapp, "dark")
        holder = QWidget()
        qtbot.addWidget(holder)
        box = QCheckBox("Normalised", holder)
        holder.resize(200, 40)
        holder.show()
        qtbot.waitExposed(holder)
        option = QStyleOptionButton()
        option.initFrom(box)
        rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        image = box.grab().toImage()
        # the indicator's outline stands out from the window around it (Fusion's alone differs by ~10 levels)
        background = image.pixelColor(QPoint(rect.right() + 2, 1)).lightness()
        border = max(image.pixelColor(QPoint(rect.left() + i, rect.center().y())).lightness() for i in range(3))
        assert border - background > 60, (border, background)
        box.setChecked(True)  # a checked box still shows its check mark
        checked = box.grab().toImage()
        assert _lightness_range(checked, rect.left() + 3, rect.top() + 3, rect.width() - 6, rect.height() - 6) > 60
    finally:
        theme.apply_theme(qapp, "light")


def _brightest_glyph(icon: QIcon) -> int:
    image = icon.pixmap(18, 18).toImage()
    return max(
        (
            image.pixelColor(x, y).lightness()
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 160
        ),
        default=0,
    )


def test_the_network_editors_arrows_follow_the_theme(qtbot, qapp, main_window) -> None:  # noqa: ANN001
    from desktop import theme

    actions = main_window.panels["network"].actions
    arrows = [actions.undo, actions.redo, actions.up, actions.down]
    try:
        theme.apply_theme(qapp, "dark")
        assert all(_brightest_glyph(a.icon()) > 170 for a in arrows)  # light glyphs on the dark toolbar
        theme.apply_theme(qapp, "light")
        assert all(_brightest_glyph(a.icon()) < 140 for a in arrows)  # dark ones on the light theme
    finally:
        theme.apply_theme(qapp, "light")


def test_a_toggle_button_that_is_on_looks_pressed_in_both_themes(qtbot, qapp) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QPushButton

    from desktop import theme

    try:
        for variant in ("light", "dark"):
            theme.apply_theme(qapp, variant)
            button = QPushButton("Explain")
            button.setCheckable(True)
            qtbot.addWidget(button)
            button.resize(120, 32)
            button.show()
            qtbot.waitExposed(button)
            off = button.grab().toImage().pixelColor(QPoint(8, 16))
            button.setChecked(True)
            on = button.grab().toImage().pixelColor(QPoint(8, 16))
            # Fusion under the style sheet drew "on" exactly like "off": the Explain toggle gave no sign it was on
            assert abs(on.blue() - off.blue()) + abs(on.red() - off.red()) > 30, (variant, off.name(), on.name())
    finally:
        theme.apply_theme(qapp, "light")
