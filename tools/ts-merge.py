#!/usr/bin/env python3
"""Merge translations written as JSON ({id: text or [plural forms]}) into a .ts file.

usage: tools/ts-merge.py translations/smtpcodes_fr.ts TRANSLATED.json [MORE.json ...]
Ids come from tools/ts-export.py. Merged messages lose their "unfinished" mark. Run
`cmake --build build/release --target update_translations` afterwards to normalise the file.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    ts = sys.argv[1]
    translations = {}
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            translations.update(json.load(f))
    tree = ET.parse(ts)
    root = tree.getroot()
    merged = 0
    for ctx in root.iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            comment = m.find("comment")
            key = f"{name}|{comment.text if comment is not None else ''}|{m.find('source').text or ''}"
            if key not in translations:
                continue
            tr = m.find("translation")
            for child in list(tr):
                tr.remove(child)
            value = translations[key]
            if m.get("numerus") == "yes":
                tr.text = None
                for form in value if isinstance(value, list) else [value]:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
            tr.attrib.pop("type", None)
            merged += 1
    with open(ts, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(root, encoding="unicode") + "\n")
    print(f"{ts}: {merged} messages merged")


if __name__ == "__main__":
    main()
