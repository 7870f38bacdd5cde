"""What the benchmark scripts share: how they describe the machine and summarise a series."""
import os
import platform
import statistics
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
