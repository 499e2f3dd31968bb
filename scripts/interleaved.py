#!/usr/bin/env python3
"""Times commands interleaved, one run of each in turn, so that a shared
host's slow drifts fall on all of them alike; prints each command's
minimum, first quartile and median wall time, and its median over the
last command's (put the reference last, e.g. ripgrep).

usage: scripts/interleaved.py ROUNDS 'COMMAND' 'COMMAND' ...
"""
import shlex
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rounds = int(sys.argv[1])
    commands = sys.argv[2:]
    times = {c: [] for c in commands}
    for c in commands:  # warm-up
        subprocess.run(shlex.split(c), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(rounds):
        for c in commands:
            start = time.perf_counter()
            subprocess.run(shlex.split(c), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[c].append(time.perf_counter() - start)
    reference = statistics.median(times[commands[-1]])
    for c in commands:
        t = sorted(times[c])
        median = statistics.median(t)
        print(f"{c}\n  min {t[0] * 1e3:.1f} ms, p25 {t[len(t) // 4] * 1e3:.1f} ms, "
              f"median {median * 1e3:.1f} ms, {median / reference:.2f}x the last")


if __name__ == "__main__":
    main()
