"""A real SMTP server on loopback for Roster's tests (aiosmtpd).

Each accepted message is written as <n>.eml into --dir, and beside it <n>.json with its
recipient, subject and bodies decoded by Python's own MIME parser, so tests can read words in
any language whatever the transfer encoding. --mode reject answers every message
with a permanent 550, --mode defer with a transient 451, to exercise the outbox's failure paths;
--mode slow accepts each message after 50 ms, so a sender can be caught in the middle of a batch.
The server runs until it is killed.
"""

import argparse
import asyncio
import email
import email.policy
import itertools
import json
import os
import signal

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory, mode):
        self.directory = directory
        self.mode = mode
        self.counter = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        if self.mode == "reject":
            return "550 5.1.1 Mailbox unavailable"
        if self.mode == "defer":
            return "451 4.3.0 Try again later"
        if self.mode == "slow":
            await asyncio.sleep(0.05)
        number = next(self.counter)
        write_decoded(os.path.join(self.directory, f"{number}.json"), envelope.original_content)
        temporary = os.path.join(self.directory, f".{number}.tmp")
        with open(temporary, "wb") as handle:
            handle.write(envelope.original_content)
        # Renamed into place so a reader never sees half a message.
        os.replace(temporary, os.path.join(self.directory, f"{number}.eml"))
        return "250 OK"


def write_decoded(path, raw):
    message = email.message_from_bytes(raw, policy=email.policy.default)

    def body(kind):
        part = message.get_body(preferencelist=(kind,))
        return part.get_content() if part is not None else None

    decoded = {
        "to": str(message["To"]),
        "subject": str(message["Subject"]),
        "text": body("plain"),
        "html": body("html"),
    }
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(decoded, handle, ensure_ascii=False)
    os.replace(temporary, path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--mode", choices=["accept", "reject", "defer", "slow"], default="accept")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    controller = Controller(Sink(args.dir, args.mode), hostname="127.0.0.1", port=args.port)
    controller.start()
    print(f"smtp sink listening on 127.0.0.1:{args.port}", flush=True)
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    loop.run_until_complete(stop.wait())
    controller.stop()


if __name__ == "__main__":
    main()
