"""Case 7: `pg_dump` while eight writers record, restored into a fresh PostgreSQL cluster.

The dump is one snapshot, so the restored store must hold, of each journey, exactly a first part of what the
source holds (identical, record by record), and every record acknowledged before the dump began. Served by a
new service (with the same master key, kept apart from the backup as the README says), its hash chain must be
valid, and its reports must equal the source's as known at the dump's moment: both are asked with `asOf` the
newest instant at which the two stores hold the same records (a write in flight when the snapshot was taken is
in the source, not in the dump)."""
import datetime
import os
import time

from .. import probes, reports, stored
from ..data import create_initiatives
from ..outcome import count, seconds
from ..postgres import Cluster
from ..service import Service
from ..writers import Writers

NUMBER, TITLE = 7, "backup with pg_dump under writes, restored into a fresh cluster"
INITIATIVE = {"code": "faults-backup", "name": "Felfall: säkerhetskopia", "association": "faults-backup"}
SOURCE_DB, RESTORED_DB = "journey_backup", "journey_restored"


def run(env, outcome):
    sizes = env.sizes
    folder = env.folder("case-7")
    cluster = env.cluster()
    source = Service(env.jar, folder, "source", database=cluster.create_database(SOURCE_DB),
                     master_key_file=env.master_key())
    source.start()
    create_initiatives(source.client, [INITIATIVE])
    writers = Writers([source.client], INITIATIVE["code"], "backup", count=sizes.writers)
    writers.start()
    writers.await_acknowledged(sizes.backup_before)
    dump_file = os.path.join(folder, "backup", "journey.dump")
    os.makedirs(os.path.dirname(dump_file), exist_ok=True)
    dump_began = time.monotonic()
    cluster.dump(SOURCE_DB, dump_file)
    dump_ended = time.monotonic()
    acknowledged_before = answered_before(writers, dump_began)
    writers.await_acknowledged(sizes.backup_after)
    writers.stop()
    outcome.figure("pg_dump under writes (s)", seconds(dump_ended - dump_began))

    started = time.monotonic()
    restored_cluster = Cluster(folder, "postgres-restored").init()
    restored_cluster.restore(dump_file, RESTORED_DB)
    restored = Service(env.jar, folder, "restored", database=restored_cluster.database(RESTORED_DB),
                       master_key_file=env.master_key(), password=source.password)
    restored.start()
    outcome.figure("fresh cluster, pg_restore and start (s)", seconds(time.monotonic() - started))

    journeys = writers.sent_journeys()
    in_source = stored.fetch(source.client, journeys)
    in_backup = stored.fetch(restored.client, journeys)
    backup_ids = {(j, r["recordId"]) for j, records in in_backup.items() for r in records}
    outcome.check("of each journey the backup holds the first records the source holds, identical",
                  not (problems := first_parts(in_source, in_backup)), "; ".join(problems[:3]))
    lost = sorted(acknowledged_before - backup_ids)
    outcome.check(f"every record acknowledged before pg_dump began is in the backup: "
                  f"{count(len(acknowledged_before) - len(lost))} of {count(len(acknowledged_before))}", not lost,
                  f"missing: {lost[:5]}")
    covered, waited, chain = probes.chain_covers(restored.client, len(backup_ids), sizes.chain_seconds)
    outcome.check(f"the restored hash chain is valid and links all {count(len(backup_ids))} events within "
                  f"{sizes.chain_seconds} s", covered, f"after {seconds(waited)} s: {chain}", defect=9)

    as_of, in_both = same_records_until(in_source, in_backup)
    today = writers.today
    period = {"from": (today - datetime.timedelta(days=365)).isoformat(), "to": today.isoformat(),
              "compare": "previous"}
    asked = [dict(period, initiative=INITIATIVE["code"]), dict(period, association=INITIATIVE["association"])]
    want = reports.ask_all(source.client, asked, writers.last_position(), as_of)
    got = reports.ask_all(restored.client, asked, probes.head(restored.client), as_of)
    differences = reports.differences(want, got)
    referred = sum(1 for (_, r) in in_both if r == "r1")
    outcome.check(f"the restored reports equal the source's as known at {as_of} ({count(len(in_both))} records, "
                  f"{count(referred)} referrals)", not differences
                  and got[reports.key(asked[0])]["referrals"]["received"] == referred, "; ".join(differences[:3]))
    in_source_count = sum(len(records) for records in in_source.values())
    covered, _, chain = probes.chain_covers(source.client, in_source_count, sizes.chain_seconds)
    outcome.check("the source's hash chain is valid too", chain.get("valid") is True, f"{chain}")
    outcome.figure("records acknowledged before the dump / in the backup",
                   f"{count(len(acknowledged_before))} / {count(len(backup_ids))}")
    outcome.figure("records acknowledged / stored in the source",
                   f"{count(len(writers.acknowledged))} / {count(in_source_count)}")
    restored.finish()
    restored_cluster.finish()
    source.finish()


def answered_before(writers, moment):
    """The records whose acknowledgement had arrived before `moment` (the writers are still writing)."""
    return {(a.journey_id, a.record_id) for a in list(writers.attempts)
            if a.status in (200, 201) and a.started + a.seconds < moment}


def first_parts(in_source, in_backup):
    problems = []
    for journey_id, backup_records in in_backup.items():
        source_records = in_source.get(journey_id, [])
        if [_same(r) for r in backup_records] != [_same(r) for r in source_records[:len(backup_records)]]:
            problems.append(f"{journey_id}: the backup's records are not the source's first ones")
    return problems


def _same(record):
    return record["recordId"], record["type"], record["date"], record["recordedAt"], record["recordedBy"]


def same_records_until(in_source, in_backup):
    """The newest recorded instant up to which source and backup hold the same records, and those records. A
    record the source has and the backup lacks was still being written when the snapshot was taken: the instant
    is just before the earliest such record."""
    backup = {(j, r["recordId"]): r["recordedAt"] for j, records in in_backup.items() for r in records}
    source = {(j, r["recordId"]): r["recordedAt"] for j, records in in_source.items() for r in records}
    only_source = [t for k, t in source.items() if k not in backup]
    if only_source:
        limit = _instant(min(only_source)) - datetime.timedelta(milliseconds=1)
    else:
        limit = max(_instant(t) for t in backup.values())
    in_both = {k for k, t in backup.items() if _instant(t) <= limit}
    return limit.isoformat(timespec="milliseconds").replace("+00:00", "Z"), in_both


def _instant(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
