#!/usr/bin/env python3
"""Long-run benchmark of civic-kiosk: RSS after 10,000 navigations and 200 attract loops against
RSS after the first 100 navigations (target: growth <= 5 %), and the CPU the attract loop and an
idle home screen use, offscreen and under Xvfb with OpenGL (where video is drawn).

Usage: bench/soak.py [--navigations 10000] [--attract-cycles 200] [--seconds 20] [--write]
(civic-bench-soak --language-every N changes the language more or less often.)
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

from benchlib import cpu_percent, machine, start_xvfb, write_section
from startup import KIOSK, ROOT, environment

SOAK = os.path.join(ROOT, "build", "bin", "civic-bench-soak")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--navigations", type=int, default=10000)
    parser.add_argument("--attract-cycles", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    if not os.path.exists(SOAK):
        sys.exit("build first: ./scripts/test")

    soak = json.loads(subprocess.run([SOAK, "--navigations", str(args.navigations), "--attract-cycles",
                                      str(args.attract_cycles)], env=environment("offscreen"),
                                     capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1])
    base = soak["rssAfter100"]
    growth = lambda value: 100.0 * (value - base) / base

    cpu_rows = []
    platforms = [("offscreen (video decoded, not drawn)", environment("offscreen"))]
    xvfb = None
    if shutil.which("Xvfb"):
        xvfb, display = start_xvfb()
        platforms.append(("Xvfb, OpenGL (llvmpipe)", environment("xcb", display)))
    try:
        for label, env in platforms:
            idle = cpu_percent([KIOSK, "--windowed", "--attract-seconds", "0"], env, 4, args.seconds)
            attract = cpu_percent([KIOSK, "--windowed", "--attract-seconds", "1"], env, 4, args.seconds)
            cpu_rows.append(f"| {label} | {idle:.1f} | {attract:.1f} |")
    finally:
        if xvfb:
            xvfb.terminate()
            xvfb.wait()

    text = "\n".join([
        f"Measured {machine()}; default pack, 1080x1920, one run.",
        "",
        "| RSS (MB) | value | growth against the first 100 navigations |",
        "| --- | --- | --- |",
        f"| after the first 100 navigations | {base:.1f} | |",
        f"| after {soak['navigations']:,} navigations ({soak['routes']} routes, language switches) | "
        f"{soak['rssAfterNavigations']:.1f} | {growth(soak['rssAfterNavigations']):+.1f} % |",
        f"| after {soak['attractCycles']} attract loops besides | {soak['rssAfterAttract']:.1f} | "
        f"{growth(soak['rssAfterAttract']):+.1f} % |",
        "",
        "RSS along the navigations (MB): " + ", ".join(
            f"{int(n):,}: {mb:.0f}" for n, mb in sorted(soak["curve"].items(), key=lambda item: int(item[0]))),
        "",
        f"CPU over {args.seconds} s, % of one core:",
        "",
        "| platform | idle home | attract loop |",
        "| --- | --- | --- |",
        *cpu_rows,
    ])
    print(text)
    if args.write:
        write_section("soak", text)


if __name__ == "__main__":
    main()
