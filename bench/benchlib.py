"""What the benchmark scripts share: how they describe the machine and summarise a series."""
import csv
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


def read_series(path):
    """A soak's CSV file: its leading '# key: value' lines as a dict, and its rows as dicts of
    numbers (text where a cell is not a number, None where it is empty)."""
    def value(cell):
        if cell is None or cell == "":
            return None
        try:
            return float(cell)
        except ValueError:
            return cell

    about, lines = {}, []
    with open(path, newline="") as source:
        for line in source:
            if line.startswith("#"):
                key, _, text = line[1:].partition(":")
                about[key.strip()] = text.strip()
            elif line.strip():
                lines.append(line)
    return about, [{key: value(cell) for key, cell in row.items()} for row in csv.DictReader(lines)]


def slope(xs, ys):
    """Least-squares slope of ys over xs: the trend of a noisy curve, which a first-against-last
    comparison would read from two samples alone."""
    n = len(xs)
    if n < 2:
        return 0.0
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / spread if spread else 0.0


def signed(number, fmt):
    """A change with its sign; ± when it rounds to nothing, whatever the sign of what is left."""
    text = fmt.format(number).lstrip("-")
    if not any(digit in text for digit in "123456789"):
        return "±" + text
    return ("-" if number < 0 else "+") + text


def series_table(rows, measures, x, warm_up, per, per_label):
    """A Markdown table of how each measure moved over a soak: start, after the warm-up (the
    first row whose `x` reaches `warm_up`), end, min, max, end against the warm-up, and the
    least-squares trend after the warm-up per `per` units of `x`. `measures` are
    (label, column, scale, format) tuples; rows without a value for a measure are left out."""
    warm = next((i for i, row in enumerate(rows) if row[x] >= warm_up), len(rows) - 1)
    lines = [f"| measure | start | after warm-up ({x} {rows[warm][x]:,.4g}) | end | min | max | "
             f"end − warm-up | trend after warm-up ({per_label}) |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for label, column, scale, fmt in measures:
        points = [(row[x], row[column] * scale) for row in rows if isinstance(row.get(column), float)]
        after = [(px, py) for px, py in points if px >= rows[warm][x]]
        if not points or not after:
            continue
        values = [py for _, py in points]
        base, end = after[0][1], values[-1]
        change = signed(end - base, fmt) + (f" ({signed(100.0 * (end - base) / base, '{:.1f}')} %)" if base else "")
        trend = signed(slope(*zip(*after)) * per, fmt) if len(after) > 1 else "–"
        lines.append(f"| {label} | {fmt.format(values[0])} | {fmt.format(base)} | {fmt.format(end)} | "
                     f"{fmt.format(min(values))} | {fmt.format(max(values))} | {change} | {trend} |")
    return "\n".join(lines)


def ensure_section(name, preamble):
    """Adds `preamble` (a heading and what the benchmark does) and empty NAME markers at the end
    of docs/benchmarks.md unless the markers are there already, so write_section can fill them."""
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs", "benchmarks.md")
    with open(path) as source:
        doc = source.read()
    if f"<!-- {name}:begin -->" in doc:
        return
    with open(path, "a") as out:
        out.write(f"\n{preamble.strip()}\n\n<!-- {name}:begin -->\n<!-- {name}:end -->\n")
