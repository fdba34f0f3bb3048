"""What the service really holds, read journey by journey over `GET /api/v1/journeys/{id}` (the published way;
no look into its database), and compared with what was sent."""
from concurrent.futures import ThreadPoolExecutor

from .outcome import Aborted


def fetch(client, journey_ids, threads=4):
    """Every record of each journey, in order ([] for a journey the service does not know)."""
    def one(journey_id):
        for _ in range(3):
            answer = client.get(f"/api/v1/journeys/{journey_id}", timeout=60)
            if answer.status == 200:
                return journey_id, answer.json["records"]
            if answer.status == 404:
                return journey_id, []
        raise Aborted(f"reading journey {journey_id}: {answer.describe()}")

    with ThreadPoolExecutor(max_workers=threads) as pool:
        return dict(pool.map(one, list(journey_ids)))


def lines_stored(import_file, stored):
    """The numbers of the file's lines the service holds, and every way the journeys differ from the file: each
    journey must hold exactly the first k of its lines, in file order, and nothing else."""
    numbers, problems = set(), []
    for journey_id, lines in import_file.journeys.items():
        records = stored.get(journey_id, [])
        if len(records) > len(lines):
            problems.append(f"{journey_id}: {len(records)} records stored, the file has {len(lines)}")
        for line, record in zip(lines, records):
            if (record.get("recordId"), record.get("type"), record.get("date")) != (line.record_id, line.type,
                                                                                    line.date):
                problems.append(f"{journey_id}: record {record.get('recordId')} ({record.get('type')}) stored "
                                f"where line {line.number} ({line.record_id}, {line.type}) belongs")
                break
            numbers.add(line.number)
    return numbers, problems


def whole_chunks(numbers, total, chunk):
    """Checks that the stored lines are lines 1..N with N a whole number of chunks (or the whole file)."""
    stored = len(numbers)
    problems = []
    if numbers != set(range(1, stored + 1)):
        missing = sorted(set(range(1, max(numbers, default=0) + 1)) - numbers)
        problems.append(f"the stored lines are not the file's first {stored}: line(s) {missing[:5]} missing "
                        f"before line {max(numbers)}")
    if stored % chunk != 0 and stored != total:
        problems.append(f"{stored} lines stored: {stored % chunk} lines of a chunk of {chunk} were stored without "
                        f"the rest")
    return stored, problems


def records_by_id(stored):
    """journeyId → {recordId: record} (a recordId stored twice in one journey is reported by `twice`)."""
    return {journey_id: {r["recordId"]: r for r in records} for journey_id, records in stored.items()}


def twice(stored):
    """(journeyId, recordId) pairs stored more than once."""
    found = []
    for journey_id, records in stored.items():
        ids = [r["recordId"] for r in records]
        found += [(journey_id, i) for i in sorted(set(ids)) if ids.count(i) > 1]
    return found
