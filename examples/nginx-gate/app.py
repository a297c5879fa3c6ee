"""A stand-in for one of the messaging platform's apps, behind Roster's gate.

It trusts the X-Roster-* headers because only nginx can reach it (it listens on loopback) and
nginx sets them from Roster's answer. Run: python3 app.py [port] (default 8000).
"""

import html
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote


class GatedPage(BaseHTTPRequestHandler):
    def do_GET(self):
        name = unquote(self.headers.get("X-Roster-Name", ""))
        role = self.headers.get("X-Roster-Role", "")
        workspace = unquote(self.headers.get("X-Roster-Workspace", ""))
        section = self.path.strip("/").split("/")[0] or "home"
        body = (
            "<!doctype html><html lang=en><meta charset=utf-8>"
            f"<title>{html.escape(section.title())}</title>"
            f"<h1>{html.escape(section.title())}</h1>"
            f"<p>Signed in as {html.escape(name)} ({html.escape(role)}) "
            f"in {html.escape(workspace)}.</p></html>"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
    ThreadingHTTPServer(("127.0.0.1", port), GatedPage).serve_forever()
