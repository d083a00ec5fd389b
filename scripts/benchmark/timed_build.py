"""Run `mkdocs build --strict` in the current folder and print its wall seconds, CPU
seconds and peak resident KiB: run in its own process, so the figures are the build's
alone (sites.build reads them)."""

import resource
import subprocess
import sys
import time

started = time.perf_counter()
result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
                        capture_output=True, text=True)
seconds = time.perf_counter() - started
if result.returncode:
    sys.stderr.write(result.stderr)
    sys.exit(1)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)
