#!/usr/bin/env python3
"""Install benchmark of civic-kioskctl on a generated pack of 1,000 tips and 500 MB of media:
install time against `sha256sum` plus `cp` of the same bytes on the same disk in the same run,
peak RSS of the install, and the bytes a one-tip update downloads from a channel.

Usage: bench/install.py [--media-mb 500] [--tips 1000] [--runs 3] [--write]  (after ./scripts/test)
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from benchlib import machine, summary

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "build", "bin")


def tool(name, *args, check=True):
    result = subprocess.run([os.path.join(BIN, name), *args], capture_output=True, text=True)
    if check and result.returncode != 0:
        sys.exit(f"{name} {' '.join(args)} failed:\n{result.stderr}")
    return result


def generate(source, tips, media_mb):
    tool("civic-pack", "init", source)
    text = lambda s: {"de": s, "en": s}
    for i in range(tips):
        with open(os.path.join(source, "tips", f"tip-{i:04d}.json"), "w") as out:
            json.dump({"id": f"tip-{i:04d}", "sections": ["example-section"], "priority": 10 + i % 900,
                       "title": text(f"Tipp Nummer {i}"), "summary": text("Eine kurze Zusammenfassung. " * 3),
                       "keyPoints": {"de": ["Erster Punkt", "Zweiter Punkt"], "en": ["First point", "Second point"]},
                       "body": text("Ein Absatz mit Rat und Hilfe. " * 40)}, out)
    videos = max(1, media_mb // 10)
    for i in range(videos):
        name = f"media/video-{i:03d}.mp4"
        with open(os.path.join(source, name), "wb") as out:
            out.write(os.urandom(media_mb * 1024 * 1024 // videos))
        with open(os.path.join(source, "projects", f"film-{i:03d}.json"), "w") as out:
            json.dump({"id": f"film-{i:03d}", "title": text(f"Film {i}"), "summary": text("Ein Film."),
                       "body": text("Ein Film über Prävention."), "sections": ["example-section"], "video": name}, out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--media-mb", type=int, default=500)
    parser.add_argument("--tips", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()

    # Everything on the disk the build is on, so baseline and install share it.
    with tempfile.TemporaryDirectory(dir=os.path.join(ROOT, "build")) as work:
        path = lambda *parts: os.path.join(work, *parts)
        source = path("pack")
        generate(source, args.tips, args.media_mb)
        tool("civic-pack", "keygen", "--no-password", "-p", path("k.pub"), "-s", path("k.key"))
        key = open(path("k.pub")).read().split("\n")[1]
        tool("civic-pack", "build", source, "-o", path("pack.ckpack"))
        tool("civic-pack", "sign", path("pack.ckpack"), "-s", path("k.key"))
        pack_bytes = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(source) for f in fs)

        baseline, install, rss = [], [], []
        for run in range(args.runs):
            copy = path(f"copy-{run}")
            started = time.monotonic()
            subprocess.run(f"find '{source}' -type f -print0 | xargs -0 sha256sum > /dev/null && cp -r '{source}' '{copy}' && sync",
                           shell=True, check=True)
            baseline.append(time.monotonic() - started)
            shutil.rmtree(copy)

            store = path(f"store-{run}")
            with open(path("kiosk.conf"), "w") as config:
                config.write(f'[kiosk]\nid = "bench"\n[store]\ndata_dir = "{store}"\n[channel]\ntrusted_keys = ["{key}"]\n')
            started = time.monotonic()
            process = subprocess.Popen([os.path.join(BIN, "civic-kioskctl"), "--config", path("kiosk.conf"), "install",
                                        path("pack.ckpack")], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            _, status, usage = os.wait4(process.pid, 0)
            subprocess.run(["sync"], check=True)
            install.append(time.monotonic() - started)
            rss.append(usage.ru_maxrss / 1024)
            if status != 0:
                sys.exit("install failed: " + process.stderr.read().decode())
            shutil.rmtree(store)

        # A one-tip update over HTTP.
        channel = path("channel")
        os.makedirs(channel)
        tool("civic-pack", "publish", path("pack.ckpack"), "--to", channel, "--channel", "bench", "-s", path("k.key"))
        server = subprocess.Popen([os.path.join(BIN, "civic-test-server"), "--root", channel], stdout=subprocess.PIPE, text=True)
        port = server.stdout.readline().split()[1]
        store = path("store-update")
        with open(path("kiosk.conf"), "w") as config:
            config.write(f'[kiosk]\nid = "bench"\n[store]\ndata_dir = "{store}"\n[channel]\nurl = "http://127.0.0.1:{port}/"\n'
                         f'name = "bench"\ntrusted_keys = ["{key}"]\n')
        tool("civic-kioskctl", "--config", path("kiosk.conf"), "update", "--once")
        tip = os.path.join(source, "tips", "tip-0001.json")
        data = json.load(open(tip))
        data["title"]["de"] = "Ein geänderter Tipp"
        json.dump(data, open(tip, "w"))
        meta = json.load(open(os.path.join(source, "pack.json")))
        meta["version"] = "1.0.1"
        json.dump(meta, open(os.path.join(source, "pack.json"), "w"))
        tool("civic-pack", "build", source, "-o", path("pack2.ckpack"))
        tool("civic-pack", "publish", path("pack2.ckpack"), "--to", channel, "--channel", "bench", "-s", path("k.key"))
        out = tool("civic-kioskctl", "--config", path("kiosk.conf"), "update", "--once").stdout
        server.terminate()
        downloaded = int(re.search(r"\((\d+) bytes downloaded\)", out).group(1))
        manifest = os.path.getsize(os.path.join(channel, "manifests", "example-1.0.1.json"))

    ratio = [i / b for i, b in zip(install, baseline)]
    seconds = "{:.2f}"
    table = "\n".join([
        f"Measured {machine()}; pack of "
        f"{args.tips} tips and {args.media_mb} MB of media ({pack_bytes / 1e6:.0f} MB), median (min–max) of {args.runs} runs.",
        "",
        "| measure | result | target |",
        "| --- | --- | --- |",
        f"| `sha256sum` + `cp -r` + `sync` of the pack's files (s) | {summary(baseline, seconds)} | baseline |",
        f"| `civic-kioskctl install` + `sync` (s) | {summary(install, seconds)} | |",
        f"| install ÷ baseline | {summary(ratio, seconds)} | ≤ 1.5 |",
        f"| peak RSS of the install (MB) | {summary(rss)} | ≤ 64 |",
        f"| one-tip update downloaded (bytes) | {downloaded} (manifest {manifest}) | ≤ 1 % of the pack ({pack_bytes // 100}) + the manifest |",
    ])
    print(table)
    if args.write:
        with open(os.path.join(ROOT, "docs", "benchmarks.md"), "a") as out:
            out.write("\n## Installing a pack (`bench/install.py`)\n\n```sh\nbench/install.py --media-mb 500 --tips 1000 --runs 3\n```\n\n"
                      "Generates a pack, builds and signs it, then per run times `sha256sum` + `cp -r` of the same files on the same "
                      "disk (the least any install must do: read, check, write) against `civic-kioskctl install`, each followed by "
                      "`sync`; peak RSS from `wait4()`. Then publishes it to a channel served on 127.0.0.1, changes one tip, "
                      "publishes again and counts what `civic-kioskctl update` downloads.\n\n" + table + "\n")


if __name__ == "__main__":
    main()
