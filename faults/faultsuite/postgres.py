"""A PostgreSQL server the suite runs itself, from Debian's PostgreSQL 15 binaries, as the `postgres` user (the
suite runs as root, and PostgreSQL refuses root). It listens on 127.0.0.1 at a free port, and on a socket in its
own folder; the service signs in over TCP with a password (scram-sha-256)."""
import os
import pwd
import secrets
import subprocess

from . import cleanup
from .client import free_port
from .outcome import Skipped
from .service import Database

BIN = "/usr/lib/postgresql/15/bin"
ROLE = "journey"


def available():
    """Why the PostgreSQL binaries cannot be used here, or None when they can."""
    if not os.path.exists(os.path.join(BIN, "pg_ctl")):
        return f"no PostgreSQL 15 binaries in {BIN} (apt-get install -y postgresql)"
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return "no 'postgres' user to run PostgreSQL as"
    if os.geteuid() != 0:
        return "not running as root, so PostgreSQL cannot be run as the 'postgres' user"
    return None


class Cluster:
    def __init__(self, folder, name, *, data_dir=None, wal_dir=None, shared=False):
        why = available()
        if why:
            raise Skipped(why)
        self.folder = os.path.join(folder, name)
        os.makedirs(self.folder, exist_ok=True)
        self.data_dir = data_dir or os.path.join(self.folder, "data")
        self.wal_dir = wal_dir
        self.socket_dir = self.folder
        self.log_file = os.path.join(self.folder, "postgres.log")
        self.port = free_port()
        self.password = secrets.token_urlsafe(16)
        self._cleanup = cleanup.register(self._stop_quietly, f"PostgreSQL in {self.data_dir}", shared)

    def init(self):
        """initdb, start, and a login role `journey` with a password; returns self."""
        for path in (self.folder, self.data_dir, self.wal_dir):
            if path:
                os.makedirs(path, exist_ok=True)
                _give_to_postgres(path)
        password_file = os.path.join(self.folder, "superuser-password")
        with open(password_file, "w") as f:
            f.write(secrets.token_urlsafe(16))
        _give_to_postgres(password_file)
        command = [f"{BIN}/initdb", "-D", self.data_dir, "-U", "postgres", "-E", "UTF8", "--no-locale",
                   "--auth-local=trust", "--auth-host=scram-sha-256", f"--pwfile={password_file}"]
        if self.wal_dir:
            command.append(f"--waldir={self.wal_dir}")
        self._as_postgres(command, timeout=180)
        self.start()
        self.sql(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{self.password}'")
        return self

    def start(self):
        """Starts the server and waits until it accepts connections (after crash recovery, if any)."""
        options = f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 -c max_connections=100"
        self._as_postgres([f"{BIN}/pg_ctl", "-D", self.data_dir, "-l", self.log_file, "-o", options, "-w",
                           "-t", "300", "start"], timeout=320)

    def stop_immediately(self):
        """`pg_ctl stop -m immediate`: every backend ends at once, no checkpoint; the next start recovers."""
        self._as_postgres([f"{BIN}/pg_ctl", "-D", self.data_dir, "-m", "immediate", "-w", "stop"], timeout=60)

    def stop(self):
        self._as_postgres([f"{BIN}/pg_ctl", "-D", self.data_dir, "-m", "fast", "-w", "stop"], timeout=120)

    def finish(self):
        cleanup.run_now(self._cleanup)

    def create_database(self, name):
        self.sql(f"CREATE DATABASE {name} OWNER {ROLE}")
        return self.database(name)

    def database(self, name):
        return Database(f"jdbc:postgresql://127.0.0.1:{self.port}/{name}", ROLE, self.password)

    def sql(self, statement, database="postgres"):
        return self._as_postgres([f"{BIN}/psql", "-h", self.socket_dir, "-p", str(self.port), "-d", database,
                                  "-v", "ON_ERROR_STOP=1", "-At", "-c", statement]).strip()

    def dump(self, database, file):
        """`pg_dump -Fc`: one consistent snapshot of the database, taken while others keep writing."""
        directory = os.path.dirname(file)
        _give_to_postgres(directory)
        self._as_postgres([f"{BIN}/pg_dump", "-h", self.socket_dir, "-p", str(self.port), "-Fc", "-f", file,
                           database], timeout=600)

    def restore(self, file, database):
        self.create_database(database)
        self._as_postgres([f"{BIN}/pg_restore", "-h", self.socket_dir, "-p", str(self.port), "-d", database,
                           "--exit-on-error", file], timeout=600)

    def _stop_quietly(self):
        if os.path.exists(os.path.join(self.data_dir, "postmaster.pid")):
            subprocess.run(["runuser", "-u", "postgres", "--", f"{BIN}/pg_ctl", "-D", self.data_dir, "-m",
                            "immediate", "-w", "stop"], capture_output=True, timeout=60)

    def _as_postgres(self, command, timeout=120):
        done = subprocess.run(["runuser", "-u", "postgres", "--"] + command, capture_output=True, text=True,
                              timeout=timeout, cwd=self.folder)
        if done.returncode != 0:
            raise RuntimeError(f"{os.path.basename(command[0])} failed ({done.returncode}): "
                               f"{(done.stderr or done.stdout).strip()[-800:]}")
        return done.stdout


def _give_to_postgres(path):
    """The postgres user must own its folders and be able to reach them through every parent."""
    user = pwd.getpwnam("postgres")
    os.chown(path, user.pw_uid, user.pw_gid)
    parent = os.path.dirname(os.path.abspath(path))
    while parent not in ("/", ""):
        mode = os.stat(parent).st_mode
        if not mode & 0o001:
            os.chmod(parent, mode | 0o001)
        parent = os.path.dirname(parent)

