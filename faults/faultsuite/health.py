"""Watches a health endpoint several times a second, each ask bounded by a timeout, so a case can say when the
service said DOWN and UP again, and whether it ever kept a caller waiting instead of answering."""
import threading
import time


class Sample:
    __slots__ = ("started", "seconds", "http_status", "status")

    def __init__(self, started, answer):
        self.started, self.seconds, self.http_status = started, answer.seconds, answer.status
        body = answer.json if answer.status else None
        self.status = body.get("status") if isinstance(body, dict) else None


class HealthWatch:
    def __init__(self, client, path="/actuator/health", interval=0.2, timeout=5.0):
        self.client, self.path, self.interval, self.timeout = client, path, interval, timeout
        self.samples = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name=f"health {path}", daemon=True)

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self._stop.set()
        self._thread.join(self.timeout + 5)

    def first(self, status, after):
        """The first sample from `after` on (monotonic time) whose status is `status`, or None."""
        return next((s for s in list(self.samples) if s.started >= after and s.status == status), None)

    def first_after_wait(self, status, after, timeout):
        """Waits up to `timeout` for a sample from `after` on with `status`; answers the seconds from `after` to
        its answer, or None."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            sample = self.first(status, after)
            if sample is not None:
                return sample.started + sample.seconds - after
            time.sleep(0.2)
        return None

    def slowest(self, start, end):
        window = [s for s in list(self.samples) if start <= s.started < end]
        return max(window, key=lambda s: s.seconds, default=None)

    def _watch(self):
        while not self._stop.is_set():
            started = time.monotonic()
            answer = self.client.get(self.path, auth=False, timeout=self.timeout, fresh=True)
            self.samples.append(Sample(started, answer))
            self._stop.wait(max(0.0, self.interval - (time.monotonic() - started)))
