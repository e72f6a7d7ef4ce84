"""The run's own processes keep the memory they free for reuse (runner.keep_freed_memory, glibc's malloc).

Each batch of articles allocates and frees the model's arrays and the rules' objects again; with
glibc's defaults, blocks of a megabyte are mapped and unmapped each time and every page is faulted
in anew (a system-time cost the run pays per batch). These run in a fresh interpreter, as the run's
worker processes do, and count the page faults of allocating and freeing the same blocks again.
"""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest


# Faults of allocating and freeing eight 1 MiB blocks twenty times, after they were touched once.
AGAIN = """
import resource, sys
from extract.runner import keep_freed_memory
if sys.argv[1] == "tuned":
    keep_freed_memory()
def faults():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt
blocks = [bytearray(1 << 20) for _ in range(8)]
del blocks
before = faults()
for _ in range(20):
    blocks = [bytearray(1 << 20) for _ in range(8)]
    del blocks
print(faults() - before)
"""


def _faults(mode: str) -> int:
    return int(subprocess.run([sys.executable, "-c", AGAIN, mode], check=True, capture_output=True, text=True).stdout)


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")
def test_freed_blocks_are_reused_without_new_page_faults():
    default, tuned = _faults("default"), _faults("tuned")
    # 20 rounds x 8 MiB is 40,960 pages: the defaults fault most of them in again, the run's settings none
    assert default > 20_000, default
    assert tuned < 1_000, tuned

