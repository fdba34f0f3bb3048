"""HTTP to the service over keep-alive connections, one per thread.

Every call is bounded by a timeout, and every failure (refused, reset, timed out) comes back as an `Answer` with
status 0 instead of an exception: under faults a missing answer is an outcome the cases count, not an error of
the suite.
"""
import base64
import http.client
import json
import os
import socket
import threading
import time
import urllib.parse

# A kept-alive connection that the server closed while it was idle fails at the next request before the server
# read it; such a request is sent once more on a fresh connection (and only then: every other failure counts).
_STALE = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)


class Answer:
    """One request's outcome: the status (0 when there was no answer), headers, body and how long it took."""

    def __init__(self, status, headers, text, seconds, error=None):
        self.status, self.headers, self.text, self.seconds, self.error = status, headers, text, seconds, error
        self._json = ...

    @property
    def json(self):
        if self._json is ...:
            try:
                self._json = json.loads(self.text) if self.text else None
            except ValueError:
                self._json = None
        return self._json

    def header(self, name):
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None

    def is_problem(self):
        return (self.header("Content-Type") or "").startswith("application/problem+json")

    def detail(self):
        body = self.json
        return body.get("detail") if isinstance(body, dict) else None

    def describe(self):
        """A short account for a failed check: status and the problem's detail, or what went wrong."""
        if self.status == 0:
            return f"no answer after {self.seconds:.1f} s ({self.error})"
        detail = self.detail() or (self.text or "")[:160].replace("\n", " ")
        return f"{self.status} after {self.seconds:.1f} s: {detail}"


class Client:
    """Requests to one service as one user, with HTTP Basic."""

    def __init__(self, port, user, password, host="127.0.0.1", timeout=60.0):
        self.host, self.port, self.timeout = host, port, timeout
        self.authorization = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self._local = threading.local()

    def base_url(self):
        return f"http://{self.host}:{self.port}"

    def call(self, method, path, body=None, *, params=None, content_type="application/json", timeout=None,
             auth=True, fresh=False):
        if params:
            path += "?" + urllib.parse.urlencode(params, doseq=True)
        headers = {"Accept": "application/json, application/problem+json"}
        if auth:
            headers["Authorization"] = self.authorization
        payload = _payload(body)
        if payload is not None:
            headers["Content-Type"] = content_type
            if hasattr(payload, "read"):
                headers["Content-Length"] = str(os.fstat(payload.fileno()).st_size)
                fresh = True  # a streamed body cannot be sent twice
        started = time.monotonic()
        for attempt in (1, 2):
            connection, reused = self._connection(fresh or attempt == 2, timeout or self.timeout)
            try:
                connection.request(method, path, body=payload, headers=headers)
                response = connection.getresponse()
                text = response.read().decode("utf-8", "replace")
                if response.getheader("Connection", "").lower() == "close":
                    self._drop()
                return Answer(response.status, response.getheaders(), text, time.monotonic() - started)
            except _STALE as error:
                self._drop()
                if reused and attempt == 1:
                    continue
                return Answer(0, [], "", time.monotonic() - started, _name(error))
            except (OSError, http.client.HTTPException) as error:
                self._drop()
                return Answer(0, [], "", time.monotonic() - started, _name(error))
        raise AssertionError("unreachable")

    def get(self, path, **kwargs):
        return self.call("GET", path, **kwargs)

    def post(self, path, body=None, **kwargs):
        return self.call("POST", path, body, **kwargs)

    def put(self, path, body=None, **kwargs):
        return self.call("PUT", path, body, **kwargs)

    def close(self):
        self._drop()

    def _connection(self, fresh, timeout):
        connection = getattr(self._local, "connection", None)
        if fresh and connection is not None:
            self._drop()
            connection = None
        if connection is None:
            connection = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
            self._local.connection = connection
            return connection, False
        connection.timeout = timeout
        if connection.sock is not None:
            connection.sock.settimeout(timeout)
        return connection, True

    def _drop(self):
        connection = getattr(self._local, "connection", None)
        self._local.connection = None
        if connection is not None:
            connection.close()


def _payload(body):
    if body is None or isinstance(body, bytes) or hasattr(body, "read"):
        return body
    if isinstance(body, str):
        return body.encode("utf-8")
    return json.dumps(body).encode("utf-8")


def _name(error):
    if isinstance(error, socket.timeout):
        return "timed out"
    return type(error).__name__ + (f": {error}" if str(error) else "")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
