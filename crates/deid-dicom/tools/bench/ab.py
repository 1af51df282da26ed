#!/usr/bin/env python3
"""Interleaved timing of commands on one DICOM tree, fresh output each run (the machine drifts,
so A and B alternate): ab.py RUNS TREE 'label=cmd {i} {o}' ...  -> median, p25, p75 in ms."""
import subprocess, sys, time, shutil, os, statistics
runs = int(sys.argv[1]); tree = sys.argv[2]; specs = [a.split('=', 1) for a in sys.argv[3:]]
times = {l: [] for l, _ in specs}
out = os.environ.get('AB_OUT', '/tmp/deid_ab_out')
for i in range(runs + 2):
    for label, cmd in specs:
        shutil.rmtree(out, ignore_errors=True)
        if 'dcmanon' in cmd: os.makedirs(out)
        c = cmd.format(i=tree, o=out)
        t = time.perf_counter()
        r = subprocess.run(c, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        dt = (time.perf_counter() - t) * 1000
        if i >= 2: times[label].append(dt)
for l, ts in times.items():
    q = statistics.quantiles(ts, n=4)
    print(f"{l:12s} median {statistics.median(ts):7.1f} ms  p25 {q[0]:7.1f}  p75 {q[2]:7.1f}  n={len(ts)}")
