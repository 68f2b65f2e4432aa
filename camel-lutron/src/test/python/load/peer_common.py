"""What both peer drivers share: counting callbacks, timing each measured burst, talking to the harness.

The harness starts a driver, waits for "ready", then has the external source write one warm-up burst and then
--runs measured bursts of --events events each. A driver prints "warm" after the warm-up's events and, for each
measured burst, "run <events> <seconds> <cpu seconds>": from the first event of the burst to its last, wall time
and time.process_time() (this whole process: the library, its threads and this counter).
"""

import sys
import threading
import time


def say(text):
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


class Counter:
    """Counts callbacks; completes a warm-up of `warm` events, then `runs` bursts of `events` each."""

    def __init__(self, warm, events, runs):
        self.warm = warm
        self.events = events
        self.runs = runs
        self.count = 0
        self.start = None
        self.cpu = None
        self.done = threading.Event()
        self.lock = threading.Lock()
        self.total = warm + events * runs

    def hit(self, *_args, **_kwargs):
        with self.lock:
            self.count += 1
            c = self.count
            if c > self.total:
                return
            if c <= self.warm:
                if c == self.warm:
                    say("warm")
                return
            into = (c - self.warm - 1) % self.events
            if into == 0:
                self.start = time.perf_counter()
                self.cpu = time.process_time()
            elif into == self.events - 1:
                say("run %d %.6f %.6f" % (self.events, time.perf_counter() - self.start,
                                          time.process_time() - self.cpu))
                if c == self.total:
                    self.done.set()


def burst_arguments(parser):
    """The arguments every driver takes: the source's port and the bursts to count."""
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--warm", type=int, required=True)
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--runs", type=int, required=True)
    parser.add_argument("--timeout", type=float, default=600)
    return parser
