"""Import files from the project's own generator (`java -jar journey-api.jar generate …`): realistic journeys as
NDJSON, every line with a recordId, so that a file sent again is recognised line by line."""
import json
import os
import re
import subprocess

from .outcome import Aborted

_INITIATIVE = re.compile(r"/api/v1/initiatives/(?P<code>[a-z0-9-]+) .*-d '(?P<body>\{.*\})'")


class Line:
    __slots__ = ("number", "journey_id", "record_id", "type", "date")

    def __init__(self, number, record):
        self.number = number
        self.journey_id, self.record_id = record["journeyId"], record["recordId"]
        self.type, self.date = record["type"], record["date"]


class ImportFile:
    """A generated NDJSON file, read once: its lines, its journeys and the initiatives to create first."""

    def __init__(self, path, initiatives):
        self.path, self.initiatives = path, initiatives
        self.lines = []
        self.journeys = {}
        with open(path, encoding="utf-8") as f:
            for number, text in enumerate(f, start=1):
                line = Line(number, json.loads(text))
                self.lines.append(line)
                self.journeys.setdefault(line.journey_id, []).append(line)
        self.associations = sorted({i["association"] for i in initiatives})
        dates = sorted(line.date for line in self.lines)
        self.first_year, self.last_year = int(dates[0][:4]), int(dates[-1][:4])

    def __len__(self):
        return len(self.lines)

    def size_mb(self):
        return os.path.getsize(self.path) / 1e6


def generate(jar, folder, name, options):
    """Runs the generator with `options` (a list of command-line words); answers the ImportFile."""
    path = os.path.join(folder, f"{name}.ndjson")
    with open(path, "w") as out:
        done = subprocess.run(["java", "-jar", os.path.abspath(jar), "generate"] + options, stdout=out,
                              stderr=subprocess.PIPE, text=True, timeout=600)
    if done.returncode != 0:
        raise Aborted(f"the generator failed ({done.returncode}): {done.stderr[-500:]}")
    initiatives = []
    for match in _INITIATIVE.finditer(done.stderr):
        body = json.loads(match.group("body"))
        initiatives.append({"code": match.group("code"), "name": body["name"], "association": body["association"]})
    if not initiatives:
        raise Aborted("the generator named no initiatives on standard error")
    return ImportFile(path, initiatives)


def create_initiatives(client, initiatives):
    for initiative in initiatives:
        answer = client.put(f"/api/v1/initiatives/{initiative['code']}",
                            {"name": initiative["name"], "association": initiative["association"]})
        if answer.status not in (200, 201):
            raise Aborted(f"creating initiative {initiative['code']}: {answer.describe()}")


def send(client, import_file, timeout=3600):
    """POSTs the whole file as one import (streamed from disk)."""
    with open(import_file.path, "rb") as body:
        return client.post("/api/v1/imports", body, content_type="application/x-ndjson", timeout=timeout)
