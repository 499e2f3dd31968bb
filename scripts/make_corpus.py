#!/usr/bin/env python3
"""Makes a benchmark corpus: N article files (default 25,000, about 100 MB)
in nested folders, each a seed article with its body paragraphs shuffled
and a few sentences repeated so that files differ in length.

usage: scripts/make_corpus.py OUT_DIR [N]
"""
import os
import random
import sys


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 25_000
    here = os.path.dirname(os.path.abspath(__file__))
    seeds_dir = os.path.join(here, "..", "seeds")
    seeds = []
    for name in sorted(os.listdir(seeds_dir)):
        with open(os.path.join(seeds_dir, name), encoding="utf-8") as f:
            seeds.append(f.read())
    rng = random.Random(42)
    for i in range(n):
        text = seeds[i % len(seeds)]
        sep = "\n\n" if "\n\n" in text.strip() else "\n"
        blocks = text.split(sep)
        head, body = blocks[:2], blocks[2:]
        rng.shuffle(body)
        # Grow some articles so that sizes vary around 4 KB.
        extra = [rng.choice(body) for _ in range(rng.randint(0, 2))]
        folder = os.path.join(out, f"{i % 50:02d}", f"{(i // 50) % 10}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{i:06d}_bench.txt"), "w", encoding="utf-8") as f:
            f.write(sep.join(head + body + extra))


if __name__ == "__main__":
    main()
