#!/usr/bin/python3
"""tests/chain.py — an independent implementation of the history chain
(docs/HISTORY.md) with Python's hashlib: recompute every hash of a database,
or rewrite the whole chain the way an attacker with the sqlite3 shell could.

  chain.py check DB     print the first row whose stored hash differs, or 'ok'
  chain.py rehash DB    rewrite every hash and the head (triggers must be gone)
"""
import hashlib
import sqlite3
import sys

GENESIS = "0" * 64


def field(v):
    if v is None:
        return b"-\n"
    b = str(v).encode("utf-8")
    return str(len(b)).encode() + b":" + b + b"\n"


def row_hash(prev, row):
    h = hashlib.sha256()
    h.update(b"pubrec-event-v1\n" + prev.encode() + b"\n")
    for v in row:
        h.update(field(v))
    return h.hexdigest()


def rows(db):
    return db.execute(
        "SELECT e.id, m.uuid, e.at, e.on_date, e.kind, e.field, e.old_value, e.new_value, "
        "e.note, e.by_user, e.hash FROM event e LEFT JOIN matter m ON m.id = e.matter_id "
        "ORDER BY e.id").fetchall()


def main():
    cmd, path = sys.argv[1], sys.argv[2]
    db = sqlite3.connect(path)
    prev = GENESIS
    if cmd == "check":
        for r in rows(db):
            h = row_hash(prev, r[:10])
            if h != r[10]:
                print("row %d differs" % r[0])
                return 1
            prev = h
        print("ok")
        return 0
    last = 0
    for r in rows(db):
        h = row_hash(prev, r[:10])
        db.execute("UPDATE event SET hash = ? WHERE id = ?", (h, r[0]))
        prev, last = h, r[0]
    db.execute("UPDATE history_head SET last_id = ?, hash = ?", (last, prev))
    db.commit()
    return 0


sys.exit(main())
