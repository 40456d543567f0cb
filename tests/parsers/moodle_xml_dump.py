"""Reads a Moodle XML file with lxml (strict: it must be well-formed) and
with moodle-xml-parser, and prints what each read as JSON, for
tests/api/export.rs. Usage: python3 moodle_xml_dump.py FILE

lxml reads every question type; moodle-xml-parser 0.3.1 reads only
multichoice (and cloze) questions, so it checks those."""

import dataclasses
import json
import sys

from lxml import etree
from moodle_xml_parser import parser as moodle


def text_of(node):
    """The <text> child's content, CDATA sections joined."""
    if node is None:
        return None
    text = node.find("text")
    return "" if text is None or text.text is None else text.text


def question(q):
    return {
        "type": q.get("type"),
        "name": text_of(q.find("name")),
        "questiontext": text_of(q.find("questiontext")),
        "questiontext_format": q.find("questiontext").get("format"),
        "generalfeedback": text_of(q.find("generalfeedback")),
        "single": q.findtext("single"),
        "answers": [
            {
                "fraction": float(a.get("fraction")),
                "format": a.get("format"),
                "text": text_of(a),
                "feedback": text_of(a.find("feedback")),
                "tolerance": a.findtext("tolerance"),
            }
            for a in q.findall("answer")
        ],
        "subquestions": [
            {"text": text_of(s), "answer": text_of(s.find("answer"))}
            for s in q.findall("subquestion")
        ],
        "tags": [text_of(t) for t in q.findall("tags/tag")],
    }


def main(path):
    strict = etree.XMLParser(resolve_entities=False, recover=False)
    root = etree.parse(path, strict).getroot()
    assert root.tag == "quiz", root.tag
    parsed = moodle.parse_file(path)
    print(
        json.dumps(
            {
                "lxml": [question(q) for q in root.findall("question")],
                "moodle_xml_parser": {
                    kind: [dataclasses.asdict(q) for q in questions]
                    for kind, questions in parsed.items()
                },
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
