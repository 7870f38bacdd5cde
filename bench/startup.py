#!/usr/bin/env python3
"""Start-up benchmark of civic-kiosk: process start to first frame, peak RSS, and the CPU an idle
home screen uses. Prints a Markdown table; --write appends it to docs/benchmarks.md.

Usage: bench/startup.py [--runs 10] [--idle-seconds 30] [--write]  (after ./scripts/test has built)
--write puts the table into docs/benchmarks.md between <!-- startup:begin --> and <!-- startup:end -->.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

from benchlib import cpu_percent, machine, start_xvfb, summary, write_section

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIOSK = os.path.join(ROOT, "build", "bin", "civic-kiosk")


def environment(platform_name, display=None):
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform_name
    env["XDG_RUNTIME_DIR"] = tempfile.mkdtemp()
    if display:
        env["DISPLAY"] = display
    return env


def first_frame(env):
    """Milliseconds from fork to the first frame, and the peak RSS in MB."""
    started = time.monotonic_ns()
    process = subprocess.Popen([KIOSK, "--windowed", "--exit-after-first-frame"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0 or "first-frame-monotonic-ns" not in output:
        sys.exit(f"civic-kiosk failed (status {status}): {output}")
    frame_ns = int(output.split()[-1])
    return (frame_ns - started) / 1e6, usage.ru_maxrss / 1024


def idle_cpu(env, seconds):
    """Per cent of one core used by the home screen while nobody touches it."""
    return cpu_percent([KIOSK, "--windowed", "--attract-seconds", "0"], env, 3, seconds)


def run(label, env, runs, idle_seconds):
    first_frame(env)  # warm the file cache: we measure start-up, not the disk
    frames, rss = zip(*(first_frame(env) for _ in range(runs)))
    idle = idle_cpu(env, idle_seconds)
    return f"| {label} | {summary(frames)} | {summary(rss)} | {idle:.2f} |"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--idle-seconds", type=int, default=30)
    parser.add_argument("--write", action="store_true", help="put the results into docs/benchmarks.md")
    args = parser.parse_args()
    if not os.path.exists(KIOSK):
        sys.exit("build first: ./scripts/test")

    rows = [run("offscreen (software)", environment("offscreen"), args.runs, args.idle_seconds)]
    if shutil.which("Xvfb"):
        xvfb, display = start_xvfb()
        try:
            rows.append(run("Xvfb, OpenGL (llvmpipe)", environment("xcb", display), args.runs, args.idle_seconds))
            software = environment("xcb", display)
            software["QT_QUICK_BACKEND"] = "software"
            rows.append(run("Xvfb, software renderer", software, args.runs, args.idle_seconds))
        finally:
            xvfb.terminate()
            xvfb.wait()

    table = "\n".join([
        f"Measured {machine()}, default pack, 1080x1920, median (min–max) of {args.runs} runs; idle CPU over {args.idle_seconds} s.",
        "",
        "| platform | start to first frame (ms) | peak RSS (MB) | idle home CPU (% of one core) |",
        "| --- | --- | --- | --- |",
        *rows,
    ])
    print(table)
    if args.write:
        write_section("startup", table + f"\n\nCommand: `bench/startup.py --runs {args.runs} --idle-seconds {args.idle_seconds} --write`")


if __name__ == "__main__":
    main()
