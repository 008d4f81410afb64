#!/usr/bin/env python3
"""Runs one command W times to warm up and R times measured; prints one JSON line with the medians.

    bench/measure.py --name NAME --warmup 1 --runs 5 -- java -jar ...

Wall time comes from a monotonic clock around the process; CPU time (user + sys) and peak resident memory come from
the kernel's accounting of that process (wait4 rusage, which includes its waited-for children). Standard output and
error of the command are discarded; a non-zero exit code is fine (netlint exits 1 when it finds something) but an exit
code above 1 fails the measurement.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def once(command, cwd):
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode > 1 or proc.returncode < 0:
        sys.exit(f"measure: {' '.join(command)} exited with {proc.returncode}:\n{err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--name", required=True)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cwd", default=None)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command and args.command[0] == "--" else args.command
    for _ in range(args.warmup):
        once(command, args.cwd)
    samples = [once(command, args.cwd) for _ in range(args.runs)]
    walls, cpus, rss = zip(*samples)
    print(json.dumps({
        "name": args.name,
        "command": " ".join(command),
        "runs": args.runs,
        "wall_s": statistics.median(walls),
        "wall_min_s": min(walls),
        "wall_max_s": max(walls),
        "cpu_s": statistics.median(cpus),
        "rss_mb": max(rss),
    }), flush=True)


if __name__ == "__main__":
    main()
