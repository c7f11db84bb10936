#!/usr/bin/env python3
"""A TCP relay that adds latency, since this machine's kernel has no sch_netem (tc cannot delay packets).

    delay-relay.py ONE_WAY_MS LISTEN_HOST:PORT=TARGET_HOST:PORT [...]

Every chunk read from one side is written to the other ONE_WAY_MS later, in order, both ways: a request
and its answer take 2 x ONE_WAY_MS more, as over a satellite hop. The relay runs at headquarters' end of the
shaped link, so the bytes it relays still cross the veth pair and its tbf cap; it reads eagerly, so the
sender never waits for a window the delay would have filled (TCP's bandwidth-delay effects are not
emulated: latency per round trip is).
"""
import asyncio
import sys
import time


async def pipe(reader, writer, delay):
    queue = asyncio.Queue()

    async def pump():
        try:
            while True:
                data = await reader.read(65536)
                queue.put_nowait((time.monotonic() + delay, data))
                if not data:
                    return
        except (ConnectionError, OSError):
            queue.put_nowait((time.monotonic(), b""))

    async def deliver():
        try:
            while True:
                due, data = await queue.get()
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                if not data:
                    break
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()

    await asyncio.gather(pump(), deliver())


async def serve(listen, target, delay):
    host, port = listen.rsplit(":", 1)
    thost, tport = target.rsplit(":", 1)

    async def handle(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection(thost, int(tport))
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pipe(client_reader, server_writer, delay), pipe(server_reader, client_writer, delay),
                             return_exceptions=True)

    server = await asyncio.start_server(handle, host, int(port), reuse_address=True)
    async with server:
        await server.serve_forever()


async def main():
    delay = int(sys.argv[1]) / 1000.0
    await asyncio.gather(*(serve(*spec.split("="), delay) for spec in sys.argv[2:]))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    asyncio.run(main())
