"""Atomic writes: readers see the old or the new file, never half of one; new files get normal permissions."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from models.io import atomic_write, atomic_write_json


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_written_files_get_the_permissions_the_umask_allows(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        atomic_write_json(tmp_path / "status.json", {"a": 1})
        with atomic_write(tmp_path / "model.ckpt") as fh:
            fh.write(b"x")
    finally:
        os.umask(old)
    for name in ("status.json", "model.ckpt"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == mode, name


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "best.ckpt"
    target.write_bytes(b"old")
    with pytest.raises(OSError) as err, atomic_write(target) as fh:
        fh.write(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert err.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["best.ckpt"]
