#!/usr/bin/env python3
"""Times `sco browse` as a person sees it, in tmux at 80x24: how long until
the first rows of the list are on the screen, until the whole corpus is
listed, and a search for a word until it is done; then its peak memory.

usage: scripts/browse_timing.py SCO CORPUS [WORD]
"""
import os
import subprocess
import sys
import tempfile
import time


def main():
    sco, corpus = sys.argv[1], sys.argv[2]
    word = sys.argv[3] if len(sys.argv) > 3 else "terrorism"
    socket = f"sco-timing-{os.getpid()}"

    def tmux(*args):
        return subprocess.run(["tmux", "-L", socket, "-f", "/dev/null", *args],
                              capture_output=True, text=True).stdout

    def top():
        lines = tmux("capture-pane", "-p").splitlines()
        return lines if lines else [""]

    def wait(ready, what):
        start = time.time()
        while not ready(top()):
            if time.time() - start > 60:
                sys.exit(f"timed out waiting for {what}")
            time.sleep(0.005)
        return time.time() - start

    rss = tempfile.NamedTemporaryFile(delete=False).name
    tmux("new-session", "-d", "-x", "80", "-y", "24", "sh")
    time.sleep(0.5)
    tmux("send-keys", "-l", f"/usr/bin/time -o {rss} -f %M {sco} --corpus {corpus} browse")
    start = time.time()
    tmux("send-keys", "Enter")
    first = wait(lambda s: "Articles" in s[0] and len(s) > 2 and s[2].strip(), "the first rows")
    wait(lambda s: "Articles" in s[0] and "reading" not in s[0], "the whole list")
    listed = time.time() - start
    tmux("send-keys", "/")
    tmux("send-keys", "-l", word)
    tmux("send-keys", "Enter")
    searched = wait(lambda s: "Search" in s[0] and "searching" not in s[0], "the search")
    found = top()[0].strip()
    tmux("send-keys", "C-c")
    time.sleep(1)
    tmux("kill-server")
    print(f"first screen {first * 1000:.0f} ms; all listed {listed:.2f} s; "
          f"search {searched:.2f} s ({found}); peak {open(rss).read().strip()} KB")
    os.unlink(rss)


if __name__ == "__main__":
    main()
