"""pylutron (LIP) against the harness's external source: counts Output LEVEL_CHANGED events.

pylutron connects to port 23 and reads the integration report over HTTP from port 80; here its connection factory
is pointed at the source's port and the report is read from the file the harness wrote (load_xml_db's cache_path).
"""

import argparse
import functools
import logging

from peer_common import Counter, burst_arguments, say

import pylutron
from pylutron import Lutron, Output
from pylutron._telnetlib import telnetlib


def main():
    p = argparse.ArgumentParser()
    burst_arguments(p)
    p.add_argument("--xml", required=True)
    a = p.parse_args()
    logging.basicConfig(level=logging.ERROR)
    counter = Counter(a.warm, a.events, a.runs)
    lutron = Lutron("127.0.0.1", "lutron", "integration")
    # the connection factory is the one argument pylutron has for where to connect; telnetlib.Telnet(host, port, timeout)
    lutron._conn._connection_factory = functools.partial(
        lambda host, timeout=None: telnetlib.Telnet(host, a.port, timeout))
    lutron.load_xml_db(cache_path=a.xml)
    outputs = 0
    for area in lutron.areas:
        for output in area.outputs:
            output.subscribe(lambda obj, ctx, event, params: counter.hit()
                             if event == Output.Event.LEVEL_CHANGED else None, None)
            outputs += 1
    lutron.connect()
    say("ready pylutron %s outputs=%d" % (getattr(pylutron, "__file__", "?"), outputs))
    if not counter.done.wait(a.timeout):
        say("error timed out at %d events" % counter.count)


if __name__ == "__main__":
    main()
