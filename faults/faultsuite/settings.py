"""The sizes of the short version (run by .ci/run, a few minutes on two cores) and the long one (the sizes of
issue 14's own run: a 180,000-line import killed five times, outages of half a minute)."""


class Sizes:
    def __init__(self, name, **values):
        self.name = name
        self.__dict__.update(values)


SHORT = Sizes(
    "short",
    # case 1 and 2: about 7,700 lines of 1,320 journeys in 4 initiatives of 2 associations
    import_options=["--associations", "2", "--initiatives", "2", "--years", "3", "--participants", "110",
                    "--seed", "14"],
    import_chunk=500,
    # The clean import's service folds with small batches on one thread, so that its read model still lags when
    # the import answers (as a large import makes it lag with the defaults on a quiet machine, while on a loaded
    # one the import is slowed as much as the processor): the as-of check asks right then.
    reference_processor={"JOURNEY_PROCESSOR_BATCH_SIZE": "25", "JOURNEY_PROCESSOR_THREADS": "1"},
    import_kills=(0.3, 0.7),
    # after each kill, every journey is read back when the file has at most this many; else those around the end
    # of what is stored and a sample (every journey is read after the file is completed, in both versions)
    read_every_journey_up_to=5000, sample_journeys=500,
    rebuild_kills=("fold",),
    # case 3: 8 writers; records acknowledged before the stop, seconds of outage, records after the start
    writers=8, writes_before=150, outage=6, writes_after=100,
    # case 4: records each node acknowledges before the kill; seconds of writing after it (> claim timeout)
    nodes_before=50, nodes_after=14,
    # case 5: the tmpfs for the data directory, and the space left free when the import starts
    disk_options=["--associations", "1", "--initiatives", "3", "--years", "3", "--participants", "150",
                  "--seed", "15"],
    disk_chunk=500, disk_tmpfs_mb=128, disk_headroom_mb=2,
    # case 6: written by release-1, with identity numbers
    upgrade_options=["--associations", "1", "--initiatives", "2", "--years", "2", "--participants", "60",
                     "--seed", "16", "--identity-numbers"],
    # case 7: records acknowledged before pg_dump starts, and after it ended
    backup_before=150, backup_after=100,
    # how long the hash chain may take to cover every stored event once writing has ended
    chain_seconds=20,
)

LONG = Sizes(
    "long",
    import_options=["--associations", "6", "--initiatives", "8", "--years", "6", "--participants", "105",
                    "--seed", "14"],
    import_chunk=5000,
    reference_processor={"JOURNEY_PROCESSOR_BATCH_SIZE": "100", "JOURNEY_PROCESSOR_THREADS": "1"},
    import_kills=(0.1, 0.3, 0.5, 0.7, 0.9),
    read_every_journey_up_to=5000, sample_journeys=500,
    rebuild_kills=("fold", "switch"),
    writers=8, writes_before=2000, outage=30, writes_after=1000,
    nodes_before=1000, nodes_after=30,
    disk_options=["--associations", "2", "--initiatives", "4", "--years", "4", "--participants", "110",
                  "--seed", "15"],
    disk_chunk=5000, disk_tmpfs_mb=400, disk_headroom_mb=12,
    upgrade_options=["--associations", "2", "--initiatives", "4", "--years", "4", "--participants", "100",
                     "--seed", "16", "--identity-numbers"],
    backup_before=2000, backup_after=1000,
    chain_seconds=20,
)
