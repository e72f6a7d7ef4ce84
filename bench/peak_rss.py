"""Run a command and print its peak resident memory in MiB (children included): peak_rss.py CMD ..."""

import resource
import subprocess
import sys

if __name__ == "__main__":
    code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    sys.exit(code)
