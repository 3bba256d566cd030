#!/usr/bin/env python3
"""Export the unfinished messages of a .ts file as JSON, for translating outside Qt Linguist.

usage: tools/ts-export.py translations/smtpcodes_fr.ts OUT.json
Each item: {"id", "context", "comment", "source", "plural"}. Translate into a JSON object
{id: "text"} (or {id: ["form", ...]} for plural messages) and merge it with tools/ts-merge.py.
"""
import json
import sys
import xml.etree.ElementTree as ET


def message_id(context, comment, source):
    return f"{context}|{comment}|{source}"


def main():
    ts, out = sys.argv[1], sys.argv[2]
    items = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is not None and tr.get("type") != "unfinished" and (tr.text or list(tr)):
                continue
            comment = m.find("comment")
            comment = comment.text if comment is not None else ""
            source = m.find("source").text or ""
            items.append({"id": message_id(name, comment, source), "context": name,
                          "comment": comment, "source": source,
                          "plural": m.get("numerus") == "yes"})
    with open(out, "w", encoding="utf-8") as f:
        json.dump(items, f, ensure_ascii=False, indent=1)
    print(f"{out}: {len(items)} messages")


if __name__ == "__main__":
    main()
