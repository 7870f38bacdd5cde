"""What the benchmark scripts share: how they describe the machine and summarise a series."""
import os
import platform
import statistics
import subprocess
import time


def machine():
    """Today's date, architecture, cores and CPU model, for the line above each table."""
    cpu = "unknown CPU"
    with open("/proc/cpuinfo") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{time.strftime('%Y-%m-%d')} on {platform.machine()}, {os.cpu_count()} cores ({cpu})"


def summary(values, fmt="{:.0f}"):
    """Median (min–max)."""
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def start_xvfb():
    """A portrait 1080x1920 Xvfb on a free display: (process, ":N"). Xvfb picks the display
    itself and writes its number to the pipe once it is ready."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1080x1920x24",
                             "-nolisten", "tcp"], pass_fds=[write_end], stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as ready:
        return xvfb, ":" + ready.readline().strip()


def cpu_percent(command, env, settle, seconds):
    """Per cent of one core `command` uses over `seconds`, after `settle` seconds of start-up."""
    ticks = os.sysconf("SC_CLK_TCK")
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(settle)
        def cpu_ticks():
            with open(f"/proc/{process.pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            return int(fields[11]) + int(fields[12])  # utime + stime
        before, start = cpu_ticks(), time.monotonic()
        time.sleep(seconds)
        after, end = cpu_ticks(), time.monotonic()
        return 100.0 * (after - before) / ticks / (end - start)
    finally:
        process.terminate()
        process.wait()


def write_section(name, text):
    """Puts `text` between the <!-- NAME:begin --> and <!-- NAME:end --> markers of
    docs/benchmarks.md, replacing what a run before left there."""
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs", "benchmarks.md")
    with open(path) as source:
        doc = source.read()
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    start = doc.index(begin) + len(begin)
    with open(path, "w") as out:
        out.write(doc[:start] + "\n" + text + "\n" + doc[doc.index(end):])
