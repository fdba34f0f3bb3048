"""The seven cases of issue 14's fault suite, in the order they run; each module has NUMBER, TITLE and run()."""
from . import backup_restore, database_stop, disk_full, import_kill, rebuild_kill, two_nodes, upgrade

ALL = (import_kill, rebuild_kill, database_stop, two_nodes, disk_full, upgrade, backup_restore)
