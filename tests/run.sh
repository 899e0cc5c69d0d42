#!/usr/bin/env bash
# Install okrdesk with pinned versions into .venv, then run the tests headless:
# the whole suite offscreen, then the tests that need a real X server under Xvfb (xcb).
set -euo pipefail
cd "$(dirname "$0")/.."

run_pytest() {
    # pytest exits 5 when it collected no test: here that means a broken suite, not a pass.
    local label=$1; shift
    local rc=0
    .venv/bin/python -m pytest -p no:cacheprovider "$@" || rc=$?
    if [ "$rc" -eq 5 ]; then
        echo "tests/run.sh: the $label run collected no tests" >&2
        return 1
    fi
    return "$rc"
}

if [ "${1:-}" = "--under-xvfb" ]; then
    shift
    QT_QPA_PLATFORM=xcb run_pytest xvfb -m xvfb "$@"
    exit
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check \
    -c .ci/constraints.txt -e '.[test]'

QT_QPA_PLATFORM=offscreen run_pytest offscreen -m "not xvfb" "$@"

if ! command -v xvfb-run >/dev/null; then
    echo "tests/run.sh: xvfb-run is missing (Debian package xvfb), so the X11 tests cannot run" >&2
    exit 1
fi
xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" --under-xvfb "$@"
