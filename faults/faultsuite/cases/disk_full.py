"""Case 5: the disk fills during an import.

The database's data directory lives on a small tmpfs, nearly filled by a ballast file; its write-ahead log lives
on the ordinary disk (`initdb --waldir`), as it often does in production, so PostgreSQL itself stays up and every
write that needs new space fails with "No space left on device" (SQLSTATE 53100). (With the WAL on the full disk
too, PostgreSQL stops at once: that is case 3's fault.) The client must get a clear error naming the disk and
saying how many lines were stored; readiness must say DOWN; nothing acknowledged may be lost; and once the ballast
is deleted the service must recover by itself and take the rest of the file."""
import datetime
import os
import re
import subprocess
import time

from .. import cleanup, data, probes, stored
from ..health import HealthWatch
from ..outcome import Aborted, Skipped, count, seconds
from ..postgres import Cluster
from ..service import Service
from ..writers import journey_records

NUMBER, TITLE = 5, "the disk fills during an import"
RECOVERY_WITHIN = 60.0
_NAMES_THE_DISK = re.compile(r"(?i)disk|space|utrymme")


def run(env, outcome):
    sizes = env.sizes
    folder = env.folder("case-5")
    disk = os.path.join(folder, "disk")
    mount_tmpfs(disk, sizes.disk_tmpfs_mb)
    cluster = Cluster(folder, "postgres-disk", data_dir=os.path.join(disk, "data"),
                      wal_dir=os.path.join(folder, "wal")).init()
    service = Service(env.jar, folder, "service", database=cluster.create_database("journey_disk"),
                      master_key_file=env.master_key(), env={"JOURNEY_IMPORT_CHUNK_SIZE": str(sizes.disk_chunk)})
    service.start()
    import_file = data.generate(env.jar, folder, "import", sizes.disk_options)
    data.create_initiatives(service.client, import_file.initiatives)
    ballast = os.path.join(disk, "ballast")
    left = fill(disk, ballast, sizes.disk_headroom_mb)
    outcome.note(f"{count(len(import_file))} lines ({import_file.size_mb():.1f} MB); {left:.1f} MB left free on "
                 f"the database's {sizes.disk_tmpfs_mb} MB disk")
    readiness = HealthWatch(service.client, "/actuator/health/readiness", interval=0.5).start()
    sending = time.monotonic()
    answer = data.send(service.client, import_file)
    failed = time.monotonic()
    single = service.client.post("/api/v1/journeys/disk-single-1/records",
                                 journey_records(import_file.initiatives[0]["code"], 1, datetime.date.today())[0],
                                 timeout=60)
    time.sleep(3)  # readiness is watched twice a second; give it a moment to see the failures
    if answer.status == 200:
        readiness.stop()
        raise Aborted(f"the whole import fitted in {left:.1f} MB; the disk never filled")
    claimed = stored_lines_claimed(answer.json)
    outcome.check("the import is answered with a clear error naming the disk (problem+json)",
                  answer.status >= 400 and answer.is_problem() and _NAMES_THE_DISK.search(answer.detail() or ""),
                  answer.describe(), defect=11)
    outcome.note(f"a record sent while the disk was full: {single.describe()}")
    outcome.check("a record sent while the disk is full is stored (201), or refused at once with problem+json "
                  "naming the disk", single.status in (200, 201) or (single.status >= 400 and single.is_problem()
                                                                     and _NAMES_THE_DISK.search(single.detail() or "")
                                                                     and single.seconds < 10),
                  single.describe(), defect=10)

    down = readiness.first("DOWN", sending)
    outcome.check("readiness says DOWN while the disk is full", down is not None,
                  "readiness stayed UP", defect=10)

    os.remove(ballast)
    freed = time.monotonic()
    up = readiness.first_after_wait("UP", freed, RECOVERY_WITHIN)
    readiness.stop()
    if down is not None:
        outcome.check(f"readiness says UP again within {RECOVERY_WITHIN:.0f} s of space being freed", up is not None,
                      "still DOWN", defect=10)
    # Read once space is back: reading a journey writes its read-audit entry, which a full disk refuses too.
    holding = stored.fetch(service.client, import_file.journeys)
    numbers, problems = stored.lines_stored(import_file, holding)
    lines, chunk_problems = stored.whole_chunks(numbers, range(1, len(import_file) + 1), len(import_file),
                                                sizes.disk_chunk)
    outcome.check(f"the service holds lines 1–{count(lines)} of the file: whole chunks, each journey its first "
                  f"lines in order", not problems and not chunk_problems, "; ".join((chunk_problems + problems)[:3]))
    outcome.check(f"the error says how many lines were stored ({count(lines)})", claimed == lines,
                  f"it says {claimed}" if claimed is not None else f"no count of stored lines in {answer.text[:300]}",
                  defect=11)
    resending = time.monotonic()
    again = data.send(service.client, import_file)
    chain_watch = probes.ChainWatch(service.client, sizes.chain_seconds)
    result = again.json or {}
    resent = time.monotonic() - resending
    outcome.check(f"once space is freed the file is completed, without a restart: accepted "
                  f"{count(result.get('accepted', 0))} + duplicates {count(result.get('duplicates', 0))} = "
                  f"{count(len(import_file))}", again.status == 200 and result.get("duplicates") == lines
                  and result.get("accepted", 0) + lines == len(import_file) and service.starts == 1,
                  again.describe())
    holding = stored.fetch(service.client, list(import_file.journeys) + ["disk-single-1"])
    single_stored = bool(holding.pop("disk-single-1"))
    numbers, problems = stored.lines_stored(import_file, holding)
    problems += [f"{j}: {r} stored twice" for j, r in stored.twice(holding)]
    if single.status in (200, 201):
        problems += [] if single_stored else ["the record acknowledged while the disk was full is missing"]
    outcome.check(f"nothing acknowledged is lost: every line stored exactly once ({count(len(numbers))} of "
                  f"{count(len(import_file))})", len(numbers) == len(import_file) and not problems,
                  "; ".join(problems[:3]))
    events = len(numbers) + (1 if single_stored else 0)
    covered, waited, chain = chain_watch.covered(events)
    outcome.check(f"the hash chain is valid and links all {count(events)} events within {sizes.chain_seconds} s",
                  covered, f"after {seconds(waited)} s: {chain}", defect=9)
    outcome.figure("lines stored when the disk was full", count(lines))
    outcome.figure("lines acknowledged / stored in the end", f"{count(result.get('accepted', 0) + lines)} / "
                                                             f"{count(len(numbers))}")
    outcome.figure("import → error answer (s)", seconds(failed - sending))
    if down is not None and up is not None:
        outcome.figure("space freed → readiness UP (s)", seconds(up))
    outcome.figure("the file sent again once space was freed (s)", seconds(resent))
    service.finish()
    cluster.finish()


def mount_tmpfs(path, megabytes):
    os.makedirs(path, exist_ok=True)
    if os.geteuid() != 0:
        raise Skipped("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={megabytes}m,mode=0755", "tmpfs", path],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise Skipped(f"mounting a tmpfs was refused: {done.stderr.strip()}")
    cleanup.register(lambda: subprocess.run(["umount", "-l", path], capture_output=True), f"tmpfs {path}")


def fill(disk, ballast, headroom_mb):
    """Fills the disk with a ballast file until `headroom_mb` are left; answers the MB left."""
    free = _free(disk)
    size = free - int(headroom_mb * 1024 * 1024)
    if size <= 0:
        raise Aborted(f"only {free / 2**20:.1f} MB free on the tmpfs before the ballast")
    with open(ballast, "wb") as f:
        os.posix_fallocate(f.fileno(), 0, size)
    return _free(disk) / 2**20


def _free(path):
    s = os.statvfs(path)
    return s.f_bavail * s.f_frsize


def stored_lines_claimed(problem):
    """How many lines the error says were stored: a whole number under a key naming stored (or accepted) lines.
    The key is the import branch's to choose (defect 11); the case checks that the number is the truth."""
    if not isinstance(problem, dict):
        return None
    for pattern in (r"(?i)stored", r"(?i)^accepted"):
        for key, value in _leaves(problem):
            if re.search(pattern, key) and isinstance(value, int) and not isinstance(value, bool):
                return value
    return None


def _leaves(tree, prefix=""):
    for key, value in tree.items():
        if isinstance(value, dict):
            yield from _leaves(value, f"{prefix}{key}.")
        else:
            yield key, value
