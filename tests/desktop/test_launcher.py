"""The ``danlu`` launcher on a fresh machine: missing Qt platform libraries give exit 2 and what to install,
instead of Qt's abort (exit 134)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop import launcher, qt_platform

X11 = {"DISPLAY": ":0"}
LDD_OUTPUT = """\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f01)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f02)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibpng16.so.16 => not found
"""


def fake_ldd(stdout: str, returncode: int = 0):  # noqa: ANN201 - a subprocess.run stand-in
    def run(cmd: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        assert cmd[0] == "ldd"
        return subprocess.CompletedProcess(cmd, returncode, stdout, "")

    return run


def test_ldd_output_names_each_missing_library_once() -> None:
    missing = qt_platform.missing_by_ldd(Path("libqxcb.so"), run=fake_ldd(LDD_OUTPUT))
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libpng16.so.16"]
    with pytest.raises(OSError, match="ldd exited 1"):
        qt_platform.missing_by_ldd(Path("libqxcb.so"), run=fake_ldd("", returncode=1))


def test_a_library_the_loader_cannot_find_is_missing() -> None:
    missing = qt_platform.missing_by_loading(["libc.so.6", "libdanlu-not-installed.so.7"])
    assert missing == ["libdanlu-not-installed.so.7"]


def test_missing_libraries_asks_ldd_only_when_the_known_list_is_incomplete(tmp_path: Path) -> None:
    def absent(*names: str):  # noqa: ANN202 - a ctypes.CDLL stand-in
        def load(name: str) -> None:
            if name in names:
                raise OSError(f"{name}: cannot open shared object file")

        return load

    def no_ldd(_: Path) -> list[str]:
        raise AssertionError("ldd must not run when every library loads")

    assert qt_platform.missing_libraries(load=absent(), plugin=lambda: tmp_path, ldd=no_ldd) == []
    plugin = tmp_path / "libqxcb.so"
    full = qt_platform.missing_libraries(
        load=absent("libxcb-icccm.so.4"), plugin=lambda: plugin, ldd=lambda p: ["libxcb-icccm.so.4", "libfoo.so.2"]
    )
    assert full == ["libxcb-icccm.so.4", "libfoo.so.2"]

    def broken_ldd(_: Path) -> list[str]:
        raise OSError("no ldd")

    load = absent("libxcb-keysyms.so.1")
    assert qt_platform.missing_libraries(load=load, plugin=lambda: plugin, ldd=broken_ldd) == ["libxcb-keysyms.so.1"]
    assert qt_platform.missing_libraries(load=load, plugin=lambda: None, ldd=broken_ldd) == ["libxcb-keysyms.so.1"]


def test_packages_follow_debian_names() -> None:
    assert qt_platform.package_for("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert qt_platform.package_for("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert qt_platform.package_for("libglib-2.0.so.0") == "libglib2.0-0"
    assert qt_platform.package_for("libpng16.so.16") == "libpng16-16"  # not in the table: Debian's rule
    assert qt_platform.package_for("libxcb-foo.so.3") == "libxcb-foo3"


@pytest.mark.parametrize(
    ("env", "name"),
    [
        ({}, "xcb"),
        ({"QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "wayland"),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, "xcb"),
        ({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}, "wayland"),
        ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, "xcb"),
    ],
)
def test_platform_qt_will_use(env: dict[str, str], name: str) -> None:
    assert qt_platform.platform_name(env) == name


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb check is Linux-only")
def test_problem_names_the_libraries_and_the_apt_command() -> None:
    missing = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    text = qt_platform.platform_problem(X11, missing=lambda: missing)
    assert text is not None
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in text
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1\n" in text
    assert qt_platform.platform_problem(X11, missing=lambda: []) is None
    assert "DISPLAY is not set" in (qt_platform.platform_problem({}, missing=lambda: []) or "")

    def not_asked() -> list[str]:
        raise AssertionError("no check for a platform other than xcb")

    assert qt_platform.platform_problem({"QT_QPA_PLATFORM": "offscreen"}, missing=not_asked) is None
    assert qt_platform.platform_problem({"QT_QPA_PLATFORM": "wayland"}, missing=not_asked) is None


def test_launcher_exits_2_with_the_packages_instead_of_opening_qt(monkeypatch, capsys) -> None:  # noqa: ANN001
    import desktop.app

    def must_not_start(_: list[str]) -> int:
        raise AssertionError("QApplication must not be created when the platform cannot load")

    monkeypatch.setattr(desktop.app, "main", must_not_start)
    monkeypatch.setattr(qt_platform.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    monkeypatch.setattr(qt_platform, "missing_libraries", lambda: ["libxcb-icccm.so.4"])
    assert launcher.main([]) == 2
    err = capsys.readouterr().err
    assert "sudo apt install libxcb-icccm4" in err and "Traceback" not in err
    # headless runs need no display: --self-test and --screenshots go straight to the app (offscreen)
    started: list[list[str]] = []
    monkeypatch.setattr(desktop.app, "main", lambda args: started.append(args) or 0)
    assert launcher.main(["--self-test"]) == 0 and started == [["--self-test"]]
    # the CLI never needs Qt's platform libraries
    with pytest.raises(SystemExit) as done:
        launcher.main(["--help"])
    assert done.value.code == 0 and "usage: danlu" in capsys.readouterr().out


def test_readme_install_note_lists_every_package_the_launcher_can_name() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    line = next(ln for ln in readme.splitlines() if "sudo apt install libxcb" in ln)
    listed = set(line.split("sudo apt install", 1)[1].strip(" `").split())
    assert listed == {*qt_platform.XCB_PACKAGES.values(), *qt_platform.GUI_PACKAGES.values()}
