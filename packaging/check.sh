#!/usr/bin/env bash
# Build the CPU bundle and prove it works the way a user gets it (slow: not part of the test suite).
#  1. builds dist/danlu-<version>-linux-x86_64-cpu.tar.gz and dist/danlu_<version>_amd64.deb
#  2. extracts the tarball and runs `danlu --self-test` under `env -i` (no Python, no PATH), and checks that
#     nothing was written into the extracted folder
#  3. installs the .deb with dpkg -i, runs `danlu --self-test` from PATH, removes it with dpkg -r and checks
#     that /opt/danlu, /usr/bin/danlu and the desktop entry are gone
#  4. measures the cold start to a shown window (offscreen), frozen next to the source install
# Build venv: $DANLU_BUILD_PYTHON, else build/venv-cpu (created on first use with the CPU torch wheel).
# Needs root (or sudo) for dpkg. Set DANLU_SKIP_BUILD=1 to test the artifacts already in dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
say() { printf '\n== %s\n' "$*"; }
PY=${DANLU_BUILD_PYTHON:-$ROOT/build/venv-cpu/bin/python}
if [ ! -x "$PY" ]; then
    say "creating the CPU build venv in build/venv-cpu"
    python3.11 -m venv build/venv-cpu
    build/venv-cpu/bin/pip install -q -r packaging/requirements-cpu.txt
    build/venv-cpu/bin/pip install -q --no-deps .
fi
VERSION=$("$PY" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_config as c; print(c.version())')
STEM=danlu-$VERSION-linux-x86_64-cpu
if [ -z "${DANLU_SKIP_BUILD:-}" ]; then
    say "building the CPU bundle with $PY"
    "$PY" packaging/build.py --variant cpu --python "$PY"
fi
TARBALL=dist/$STEM.tar.gz
DEB=$(ls dist/danlu_"$(sed 's/\([0-9]\)\(a\|b\|rc\)\([0-9]\)/\1~\2\3/' <<<"$VERSION")"_amd64.deb)
WORK=$(mktemp -d /tmp/danlu-check.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
check_report() {  # $1: JSON report file, $2: label
    "$PY" - "$1" "$2" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
stages = ", ".join(f"{s['name']} {s['seconds']:.1f}s" for s in report["stages"])
print(f"{sys.argv[2]}: ok={report['ok']} frozen={report['versions']['frozen']} total {report['seconds']:.1f}s ({stages})")
sys.exit(0 if report["ok"] and report["versions"]["frozen"] else 1)
PY
}

say "self-test from the extracted tarball under env -i"
tar -xzf "$TARBALL" -C "$WORK"
APP=$WORK/$STEM
(cd "$APP" && find . | sort) > "$WORK/before.txt"
env -i "$APP/danlu" --self-test > "$WORK/tarball.json" 2> "$WORK/tarball.err" || { tail -40 "$WORK/tarball.err"; exit 1; }
check_report "$WORK/tarball.json" "tarball (env -i)"
(cd "$APP" && find . | sort) > "$WORK/after.txt"
diff -u "$WORK/before.txt" "$WORK/after.txt" || { echo "the app wrote into its install folder"; exit 1; }

say "installing $DEB"
if dpkg-query -W -f='${Status}' danlu 2>/dev/null | grep -q "install ok"; then
    echo "danlu is already installed; remove it first (dpkg -r danlu)"; exit 1
fi
$SUDO dpkg -i "$DEB"
test -x /usr/bin/danlu && test -f /usr/share/applications/danlu.desktop
if command -v desktop-file-validate >/dev/null; then desktop-file-validate /usr/share/applications/danlu.desktop; fi
env -i PATH=/usr/bin:/bin danlu --self-test > "$WORK/deb.json" 2> "$WORK/deb.err" || { tail -40 "$WORK/deb.err"; $SUDO dpkg -r danlu; exit 1; }
check_report "$WORK/deb.json" "installed .deb"
say "removing the package"
$SUDO dpkg -r danlu
for path in /opt/danlu /usr/bin/danlu /usr/share/applications/danlu.desktop /usr/share/icons/hicolor/scalable/apps/danlu.svg; do
    if [ -e "$path" ]; then echo "dpkg -r left $path behind"; exit 1; fi
done
echo "removed cleanly"

if [ -z "${DANLU_SKIP_STARTUP:-}" ]; then
    say "cold start to a shown window (offscreen)"
    "$PY" packaging/measure_startup.py --frozen "$APP/danlu" --source "${DANLU_SOURCE_PYTHON:-$PY}" --runs 3
fi
say "packaging check passed"
