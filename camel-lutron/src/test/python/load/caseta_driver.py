"""pylutron-caseta (LEAP) against the harness's external source: counts zone callbacks (add_subscriber per device)."""

import argparse
import asyncio
import logging

from peer_common import Counter, burst_arguments, say

import pylutron_caseta
from pylutron_caseta.smartbridge import Smartbridge


async def run(a):
    counter = Counter(a.warm, a.events, a.runs)
    bridge = Smartbridge.create_tls("127.0.0.1", a.key, a.cert, a.ca, port=a.port)
    await asyncio.wait_for(bridge.connect(), 60)
    subscribed = 0
    for device_id, device in bridge.get_devices().items():
        if device.get("zone") is not None:
            bridge.add_subscriber(device_id, counter.hit)
            subscribed += 1
    say("ready pylutron-caseta %s devices=%d" % (getattr(pylutron_caseta, "__file__", "?"), subscribed))
    loop = asyncio.get_running_loop()
    ok = await loop.run_in_executor(None, counter.done.wait, a.timeout)
    if not ok:
        say("error timed out at %d events" % counter.count)
    await bridge.close()


def main():
    p = argparse.ArgumentParser()
    burst_arguments(p)
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--ca", required=True)
    a = p.parse_args()
    logging.basicConfig(level=logging.ERROR)
    asyncio.run(run(a))


if __name__ == "__main__":
    main()
