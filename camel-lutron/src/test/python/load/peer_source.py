"""The load harness's external source: a stand-in bridge in a process of its own, on loopback only.

It plays the start of a bridge session (LIP: the telnet login prompts; LEAP: mutual TLS with the simulator's own
certificates), relays whatever the client asks from then on to an upstream simulator (the harness's LIP or LEAP
simulator), so that every client's connect (camel-lutron's resync and discovery, pylutron's monitoring commands,
pylutron-caseta's login reads) is answered as the simulator answers it, and on the harness's command writes a
pre-encoded burst of messages, as fast as the client reads, to the newest client. Every client measured in one run
reads the same bytes from the same process.

Commands on standard input, one per line (the process ends when its input ends or on "quit"):
  burst N   write the burst file N times to the newest client; answers "sent <bytes> <cpu seconds>"
Lines on standard output: "listening <port> <raw port>", "session <kind> <n>" when a client is ready to be
written to (kind: lip, raw, leap), "closed <n>", "sent ...", "error <text>".

For LIP a second port serves the same bytes with no login (the raw port): camel-netty's textline consumer, one of the
harness's anchors, cannot answer a telnet login.
"""

import argparse
import asyncio
import ssl
import sys
import time

HOST = "127.0.0.1"


class Source:
    def __init__(self, args):
        self.args = args
        with open(args.burst, "rb") as f:
            self.burst = f.read()
        # a few bursts per write, so that the source spends its time in the kernel, not in Python
        self.per_chunk = max(1, (256 * 1024) // max(1, len(self.burst)))
        self.chunk = self.burst * self.per_chunk
        self.sessions = []  # (n, writer), newest last
        self.count = 0

    def say(self, text):
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    # --- the client side ---

    async def lip_client(self, reader, writer):
        try:
            writer.write(b"login: ")
            user = (await asyncio.wait_for(reader.readline(), 10)).strip().decode("ascii", "replace")
            writer.write(b"password: ")
            password = (await asyncio.wait_for(reader.readline(), 10)).strip().decode("ascii", "replace")
            if user != self.args.user or password != self.args.password:
                writer.write(b"login incorrect\r\n")
                writer.close()
                return
            up_reader, up_writer = await self.lip_upstream()
            writer.write(b"\r\nGNET> ")
            await self.serve("lip", reader, writer, up_reader, up_writer)
        except (asyncio.TimeoutError, ConnectionError, asyncio.IncompleteReadError) as e:
            self.say("error lip client: %r" % (e,))
            writer.close()

    async def lip_upstream(self):
        up_reader, up_writer = await asyncio.open_connection(HOST, self.args.upstream_port)
        await asyncio.wait_for(up_reader.readuntil(b"login: "), 10)
        up_writer.write(self.args.user.encode("ascii") + b"\r\n")
        await asyncio.wait_for(up_reader.readuntil(b"password: "), 10)
        up_writer.write(self.args.password.encode("ascii") + b"\r\n")
        await asyncio.wait_for(up_reader.readuntil(b"> "), 10)
        return up_reader, up_writer

    async def raw_client(self, reader, writer):
        await self.serve("raw", reader, writer, None, None)

    async def leap_client(self, reader, writer):
        try:
            up_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            up_ctx.check_hostname = False
            up_ctx.load_verify_locations(self.args.ca)
            up_ctx.load_cert_chain(self.args.upstream_cert, self.args.upstream_key)
            up_reader, up_writer = await asyncio.open_connection(HOST, self.args.upstream_port, ssl=up_ctx,
                                                                 server_hostname="")
            await self.serve("leap", reader, writer, up_reader, up_writer)
        except (ConnectionError, ssl.SSLError, OSError) as e:
            self.say("error leap client: %r" % (e,))
            writer.close()

    async def serve(self, kind, reader, writer, up_reader, up_writer):
        self.count += 1
        n = self.count
        entry = (n, writer)
        self.sessions.append(entry)
        self.say("session %s %d" % (kind, n))
        tasks = [asyncio.ensure_future(self.pipe(reader, up_writer))]
        if up_reader is not None:
            tasks.append(asyncio.ensure_future(self.answers(up_reader, writer)))
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        except asyncio.CancelledError:
            pass  # the source is shutting down
        finally:
            for t in tasks:
                t.cancel()
            self.sessions.remove(entry)
            self.say("closed %d" % n)
            writer.close()
            if up_writer is not None:
                up_writer.close()

    @staticmethod
    async def pipe(reader, up_writer):
        """The client's commands and requests to the upstream simulator (dropped when there is none)."""
        while True:
            data = await reader.read(65536)
            if not data:
                return
            if up_writer is not None:
                up_writer.write(data)

    @staticmethod
    async def answers(up_reader, writer):
        """The simulator's answers to the client, whole lines only, so that a burst never lands inside one."""
        while True:
            line = await up_reader.readline()
            if not line:
                return
            writer.write(line)
            await writer.drain()

    # --- the harness's commands ---

    async def burst_to_newest(self, repeats):
        if not self.sessions:
            self.say("error no client")
            return
        n, writer = self.sessions[-1]
        cpu = time.process_time()
        sent = 0
        try:
            for _ in range(repeats // self.per_chunk):
                writer.write(self.chunk)
                sent += len(self.chunk)
                await writer.drain()
            for _ in range(repeats % self.per_chunk):
                writer.write(self.burst)
                sent += len(self.burst)
            await writer.drain()
        except ConnectionError as e:
            self.say("error client %d: %r" % (n, e))
            return
        self.say("sent %d %.6f" % (sent, time.process_time() - cpu))

    async def commands(self):
        loop = asyncio.get_running_loop()
        while True:
            line = await loop.run_in_executor(None, sys.stdin.readline)
            if not line or line.strip() == "quit":
                return
            words = line.split()
            if len(words) == 2 and words[0] == "burst":
                await self.burst_to_newest(int(words[1]))
            elif words:
                self.say("error unknown command " + line.strip())

    async def main(self):
        if self.args.protocol == "lip":
            server = await asyncio.start_server(self.lip_client, HOST, 0)
            raw = await asyncio.start_server(self.raw_client, HOST, 0)
            raw_port = raw.sockets[0].getsockname()[1]
        else:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.minimum_version = ssl.TLSVersion.TLSv1_2
            ctx.load_cert_chain(self.args.cert, self.args.key)
            ctx.load_verify_locations(self.args.ca)
            ctx.verify_mode = ssl.CERT_REQUIRED
            server = await asyncio.start_server(self.leap_client, HOST, 0, ssl=ctx)
            raw = None
            raw_port = 0
        self.say("listening %d %d" % (server.sockets[0].getsockname()[1], raw_port))
        try:
            await self.commands()
        finally:
            server.close()
            if raw is not None:
                raw.close()
            for _, writer in list(self.sessions):
                writer.close()


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--protocol", choices=("lip", "leap"), required=True)
    p.add_argument("--burst", required=True, help="the pre-encoded burst, written as it is")
    p.add_argument("--upstream-port", type=int, required=True, help="the simulator on 127.0.0.1")
    p.add_argument("--user", default="lutron")
    p.add_argument("--password", default="integration")
    p.add_argument("--cert", help="LEAP: the bridge's certificate chain (PEM)")
    p.add_argument("--key", help="LEAP: the bridge's key (PEM)")
    p.add_argument("--ca", help="LEAP: the bridge CA, which signs both sides")
    p.add_argument("--upstream-cert", help="LEAP: a client certificate for the simulator")
    p.add_argument("--upstream-key", help="LEAP: its key")
    asyncio.run(Source(p.parse_args()).main())


if __name__ == "__main__":
    main()
