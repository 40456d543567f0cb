"""Imports an Anki text file twice into a throwaway collection with Anki's
own library (the `anki` package, the desktop app's backend) and prints what
each import did and the notes that came of it as JSON, for
tests/api/export.rs. Usage: python3 anki_import.py FILE [SECOND_FILE]
(with a second file, that one is the second import).

The file's header lines (#separator, #html, #guid column, ...) decide how
it is read: nothing here tells Anki the columns."""

import json
import os
import sys
import tempfile

from anki.collection import Collection, ImportCsvRequest


def counts(log):
    return {
        "new": len(log.new),
        "updated": len(log.updated),
        "duplicate": len(log.duplicate),
        "conflicting": len(log.conflicting),
        "first_field_match": len(log.first_field_match),
        "missing_notetype": len(log.missing_notetype),
        "missing_deck": len(log.missing_deck),
        "empty_first_field": len(log.empty_first_field),
        "found_notes": log.found_notes,
    }


def main(paths):
    with tempfile.TemporaryDirectory() as home:
        col = Collection(os.path.join(home, "collection.anki2"))
        try:
            imports = []
            for path in paths if len(paths) == 2 else paths * 2:
                metadata = col.get_csv_metadata(path=path, delimiter=None)
                result = col.import_csv(ImportCsvRequest(path=path, metadata=metadata))
                imports.append(counts(result.log))
            notes = []
            for nid in col.find_notes(""):
                note = col.get_note(nid)
                notes.append(
                    {
                        "guid": note.guid,
                        "notetype": note.note_type()["name"],
                        "fields": list(note.fields),
                        "tags": note.tags,
                        "cards": len(note.cards()),
                        "deck": col.decks.name(note.cards()[0].did) if note.cards() else None,
                    }
                )
            print(json.dumps({"imports": imports, "note_count": col.note_count(), "notes": notes}))
        finally:
            col.close()


if __name__ == "__main__":
    main(sys.argv[1:3])
