"""What the cases share within one run: the jar, the run's folder, the sizes, one master key, one external
PostgreSQL server (each case takes a database of its own in it) and the first release's jar."""
import os
import subprocess
import time

from . import cleanup
from .outcome import Aborted, Skipped
from .postgres import Cluster

RELEASE_1 = "7db56a09d388e92e420313ed1df8f464a95a0c50"


class Environment:
    def __init__(self, jar, root, sizes, project, release_jar=None):
        self.jar, self.root, self.sizes, self.project = jar, root, sizes, project
        self.release_jar = release_jar
        self._cluster, self._master_key = None, None
        self.imported = None  # case 1 leaves its service, file and reference answers here for case 2

    def folder(self, name):
        path = os.path.join(self.root, name)
        os.makedirs(path, exist_ok=True)
        return path

    def master_key(self):
        """One master key file for every service on an external database, made with the jar's own tool
        (README, "Configuration"): a restored backup opens with it, as it would in production."""
        if self._master_key is None:
            path = os.path.join(self.root, "master-key.json")
            with open(path, "w") as out:
                done = subprocess.run(["java", "-cp", os.path.abspath(self.jar),
                                       "-Dloader.main=se.finsam.journey.api.personal.MasterKey",
                                       "org.springframework.boot.loader.launch.PropertiesLauncher"],
                                      stdout=out, stderr=subprocess.PIPE, text=True, timeout=120)
            if done.returncode != 0:
                raise Aborted(f"making a master key failed: {done.stderr[-400:]}")
            os.chmod(path, 0o600)
            self._master_key = path
        return self._master_key

    def cluster(self):
        """The external PostgreSQL shared by the cases that need one (each in a database of its own)."""
        if self._cluster is None:
            self._cluster = Cluster(self.root, "postgres-shared", shared=True).init()
        return self._cluster

    def release_1_jar(self, outcome):
        """The first release's jar: given with --release-jar, else built from commit 7db56a0 in a temporary work
        tree (kept in faults/target/ for the next run of this checkout)."""
        if self.release_jar:
            return self.release_jar
        cached = os.path.join(self.project, "faults", "target", f"release-1-{RELEASE_1[:7]}", "journey-api.jar")
        if os.path.exists(cached):
            outcome.note(f"release-1 jar from {os.path.relpath(cached, self.project)} (built by an earlier run)")
            return cached
        if subprocess.run(["git", "-C", self.project, "cat-file", "-e", RELEASE_1 + "^{commit}"],
                          capture_output=True).returncode != 0:
            raise Skipped(f"commit {RELEASE_1[:7]} (release-1) is not in this clone; fetch it, or give "
                          f"--release-jar")
        tree = os.path.join(self.root, "release-1-tree")
        started = time.monotonic()
        _run(["git", "-C", self.project, "worktree", "add", "--detach", tree, RELEASE_1], "git worktree add")
        remove = cleanup.register(lambda: _run(["git", "-C", self.project, "worktree", "remove", "--force", tree],
                                               "git worktree remove"), "release-1 work tree")
        try:
            _run(["./mvnw", "-B", "-ntp", "-pl", "journey-api", "-am", "package", "-DskipTests"],
                 "building release-1", cwd=tree, log=os.path.join(self.root, "release-1-build.log"))
            os.makedirs(os.path.dirname(cached), exist_ok=True)
            os.replace(os.path.join(tree, "journey-api", "target", "journey-api.jar"), cached)
        finally:
            cleanup.run_now(remove)
        outcome.figure("building release-1 (s)", round(time.monotonic() - started, 1))
        return cached


def _run(command, what, cwd=None, log=None):
    if log:
        with open(log, "w") as out:
            done = subprocess.run(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, timeout=1800)
        if done.returncode != 0:
            with open(log, encoding="utf-8", errors="replace") as f:
                raise Aborted(f"{what} failed ({done.returncode}):\n" + "".join(f.readlines()[-25:]))
        return
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise Aborted(f"{what} failed ({done.returncode}): {(done.stderr or done.stdout)[-400:]}")
