"""The service jar as an OS process of its own: started with a free port and its own log per start, waited for
until `/actuator/health` says UP, killed with SIGKILL (a real `kill -9`) or stopped with SIGTERM."""
import ctypes
import glob
import os
import secrets
import signal
import subprocess
import time

from . import cleanup
from .client import Client, free_port
from .outcome import Aborted

ADMIN = "admin"
_PR_SET_PDEATHSIG = 1


class Database:
    """An external PostgreSQL database for `JOURNEY_DB_URL`."""

    def __init__(self, url, user, password):
        self.url, self.user, self.password = url, user, password


class Service:
    def __init__(self, jar, folder, name, *, data_dir=None, database=None, master_key_file=None, env=None,
                 heap="1g", password=None):
        self.jar, self.folder, self.name = os.path.abspath(jar), folder, name
        self.data_dir, self.database, self.master_key_file = data_dir, database, master_key_file
        self.extra_env, self.heap = dict(env or {}), heap
        self.port = free_port()
        # Services on one database share the administrator, whom the first of them creates.
        self.password = password or secrets.token_urlsafe(16)
        self.process, self.starts, self.log_path = None, 0, None
        self.client = Client(self.port, ADMIN, self.password)
        self._cleanup = cleanup.register(self._end, f"service {name}")

    def environment(self):
        # Nothing of the caller's own journey settings may leak into the service (a JOURNEY_DB_URL in the shell
        # would point every case at one database).
        env = {k: v for k, v in os.environ.items() if not k.startswith("JOURNEY_")}
        env.update(SERVER_PORT=str(self.port), JOURNEY_BOOTSTRAP_ADMIN_PASSWORD=self.password,
                   AXONIQ_UPDATE_CHECKER_DISABLED="true")
        if self.database is not None:
            env.update(JOURNEY_DB_URL=self.database.url, JOURNEY_DB_USER=self.database.user,
                       JOURNEY_DB_PASSWORD=self.database.password)
        else:
            env["JOURNEY_DATA_DIR"] = self.data_dir
        if self.master_key_file:
            env["JOURNEY_MASTER_KEY_FILE"] = self.master_key_file
        env.update(self.extra_env)
        return env

    def start(self, timeout=900):
        """Starts the process and waits until it answers UP; returns the seconds that took."""
        self.starts += 1
        self.log_path = os.path.join(self.folder, f"{self.name}-{self.starts}.log")
        started = time.monotonic()
        with open(self.log_path, "w") as log:
            self.process = subprocess.Popen(
                ["java", f"-Xmx{self.heap}", "-Ddisable-axoniq-console-message=true", "-jar", self.jar],
                env=self.environment(), cwd=self.folder, stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, preexec_fn=_end_with_the_suite)
        if not self.await_healthy(timeout):
            raise Aborted(f"{self.name} did not answer UP within {timeout} s; last lines of {self.log_path}:\n"
                          + self.tail())
        return time.monotonic() - started

    def await_healthy(self, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise Aborted(f"{self.name} exited with {self.process.returncode} while starting; last lines of "
                              f"{self.log_path}:\n" + self.tail())
            answer = self.client.get("/actuator/health", auth=False, timeout=5, fresh=True)
            if answer.status == 200 and (answer.json or {}).get("status") == "UP":
                return True
            time.sleep(0.25)
        return False

    def kill(self):
        """`kill -9`: the JVM gets no chance to finish anything. Its embedded PostgreSQL stays behind, as it would."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self.client.close()

    def stop(self, grace_seconds=90):
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=grace_seconds)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.client.close()

    def alive(self):
        return self.process is not None and self.process.poll() is None

    @property
    def pid(self):
        return self.process.pid

    def tail(self, lines=30):
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as f:
                return "".join(f.readlines()[-lines:])
        except OSError:
            return "(no log)"

    def log_text(self):
        """Every start's log, for checks that read what the service logged."""
        text = []
        for n in range(1, self.starts + 1):
            try:
                with open(os.path.join(self.folder, f"{self.name}-{n}.log"), encoding="utf-8", errors="replace") as f:
                    text.append(f.read())
            except OSError:
                pass
        return "\n".join(text)

    def hand_over(self):
        """Keeps the service running after its case ends, for the next case (which finishes it)."""
        cleanup.share(self._cleanup)

    def finish(self):
        """Stops the service and anything it left behind (its embedded PostgreSQL after a `kill -9`)."""
        cleanup.run_now(self._cleanup)

    def _end(self):
        self.stop()
        if self.data_dir:
            stop_left_postgres(self.data_dir)


def stop_left_postgres(data_dir):
    """An embedded PostgreSQL whose service was killed keeps running; end it by the pid in its postmaster.pid."""
    for pid_file in glob.glob(os.path.join(data_dir, "**", "postmaster.pid"), recursive=True):
        try:
            with open(pid_file) as f:
                pid = int(f.readline().strip())
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                command = f.read().split(b"\0")[0]
        except (OSError, ValueError):
            continue
        if command.endswith(b"postgres"):
            cleanup.end_process(pid, grace_seconds=30)


def _end_with_the_suite():
    """In the child before exec: if the suite dies (even by SIGKILL), the service is sent SIGTERM."""
    os.setpgrp()
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except OSError:
        pass
