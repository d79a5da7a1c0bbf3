#!/usr/bin/env bash
# Build Danlu.app and a .dmg on macOS 12+ (Apple silicon or Intel). NOT part of Linux CI.
#   bash packaging/macos/build_dmg.sh            # unsigned; set DANLU_CODESIGN_IDENTITY to sign
# macOS has one variant: torch's macOS wheel runs on the CPU and on Apple GPUs (MPS); there is no CUDA.
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=build/venv-macos
if [ ! -x "$VENV/bin/python" ]; then
    python3.11 -m venv "$VENV"
    "$VENV/bin/pip" install -r packaging/requirements-cpu.txt   # macOS torch wheels are CPU+MPS builds
    "$VENV/bin/pip" install --no-deps .
fi
PY=$VENV/bin/python
VERSION=$("$PY" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_config as c; print(c.version())')
ARCH=$(uname -m)

# Icon: SVG -> 1024 px PNG -> .icns (iconutil wants an .iconset of fixed sizes).
"$PY" packaging/render_icon.py build/icons/danlu-1024.png 1024
ICONSET=build/icons/danlu.iconset; rm -rf "$ICONSET"; mkdir -p "$ICONSET"
for s in 16 32 128 256 512; do
    sips -z $s $s build/icons/danlu-1024.png --out "$ICONSET/icon_${s}x${s}.png" >/dev/null
    sips -z $((s * 2)) $((s * 2)) build/icons/danlu-1024.png --out "$ICONSET/icon_${s}x${s}@2x.png" >/dev/null
done
iconutil -c icns "$ICONSET" -o build/icons/danlu.icns

DANLU_VARIANT=cpu DANLU_ICON=$PWD/build/icons/danlu.icns "$PY" -m PyInstaller --noconfirm --clean \
    --distpath build/macos/dist --workpath build/macos/build packaging/danlu.spec
APP=build/macos/dist/Danlu.app

# Prove the bundle before packaging it (the self-test prints its JSON report on stdout).
"$APP/Contents/MacOS/danlu" --self-test > build/macos/self-test.json

if [ -n "${DANLU_CODESIGN_IDENTITY:-}" ]; then  # hardened runtime, needed for notarisation
    codesign --deep --force --options runtime --sign "$DANLU_CODESIGN_IDENTITY" "$APP"
fi
mkdir -p dist
DMG=dist/danlu-$VERSION-macos-$ARCH.dmg
STAGE=build/macos/dmg; rm -rf "$STAGE"; mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"   # drag-to-install
hdiutil create -volname "Danlu $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
echo "$DMG"
# Notarise (optional): xcrun notarytool submit "$DMG" --keychain-profile PROFILE --wait && xcrun stapler staple "$DMG"
