#!/usr/bin/env python3
"""An independent reading of an .xlsx for the corpus tests: Python's zipfile and ElementTree only.

Prints JSON: {"date1904": bool, "sheets": [{"name", "state", "cells": [[row, col, value], ...]}]}
with 0-based rows and columns. A value is {"n": number}, {"s": text}, {"b": bool}, {"e": error text}
or {"date": serial} for a number whose cell format is a date (built-in ids 14-22, 27-36, 45-47,
50-58, or a custom format with d or y, or m without h or s, outside quotes and brackets).
Formula cells give their saved value; a cell without a value is left out.
"""
import json
import posixpath
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

MAIN = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
PKG = '{http://schemas.openxmlformats.org/package/2006/relationships}'


def local(tag):
    return tag.rsplit('}', 1)[-1]


def children(el, name):
    return [c for c in el if local(c.tag) == name]


def find_all(el, name):
    return [c for c in el.iter() if local(c.tag) == name]


def unescape(text):
    return re.sub(r'_x([0-9A-Fa-f]{4})_', lambda m: chr(int(m.group(1), 16)), text)


def text_of(el):
    """Text of a string item: its t elements, phonetic runs (rPh) left out."""
    out = []
    for c in el:
        n = local(c.tag)
        if n == 't':
            out.append(c.text or '')
        elif n == 'r':
            out.extend((t.text or '') for t in children(c, 't'))
    return unescape(''.join(out))


def is_date_format(code):
    bare = re.sub(r'"[^"]*"', '', code)
    bare = re.sub(r'\[[^\]]*\]', '', bare)
    bare = re.sub(r'\\.', '', bare)
    bare = re.sub(r'_.|\*.', '', bare).split(';')[0]
    if re.search(r'[dy]', bare, re.I):
        return True
    return bool(re.search(r'm', bare, re.I)) and not re.search(r'[hs]', bare, re.I)


def builtin_date(i):
    return 14 <= i <= 22 or 27 <= i <= 36 or 45 <= i <= 47 or 50 <= i <= 58


def rels_of(z, part):
    folder, name = posixpath.split(part)
    path = posixpath.join(folder, '_rels', name + '.rels')
    names = {n.lower(): n for n in z.namelist()}
    if path.lower() not in names:
        return {}
    root = ET.fromstring(z.read(names[path.lower()]))
    out = {}
    for r in root:
        target = r.get('Target')
        if r.get('TargetMode') == 'External':
            continue
        full = target.lstrip('/') if target.startswith('/') else posixpath.normpath(posixpath.join(folder, target))
        out[r.get('Id')] = (r.get('Type'), full)
    return out


def col_index(letters):
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def main(path):
    z = zipfile.ZipFile(path)
    names = {n.lower(): n for n in z.namelist()}
    root_rels = rels_of(z, '')
    wb_part = next(t for (ty, t) in root_rels.values() if ty.endswith('/officeDocument'))
    wb = ET.fromstring(z.read(names[wb_part.lower()]))
    pr = find_all(wb, 'workbookPr')
    date1904 = bool(pr) and pr[0].get('date1904') in ('1', 'true')
    rels = rels_of(z, wb_part)
    strings, date_styles = [], []
    for ty, target in rels.values():
        if ty.endswith('/sharedStrings'):
            strings = [text_of(si) for si in ET.fromstring(z.read(names[target.lower()])) if local(si.tag) == 'si']
        if ty.endswith('/styles'):
            st = ET.fromstring(z.read(names[target.lower()]))
            custom = {int(f.get('numFmtId')): f.get('formatCode') for f in find_all(st, 'numFmt')}
            for xfs in find_all(st, 'cellXfs'):
                for xf in children(xfs, 'xf'):
                    i = int(xf.get('numFmtId') or 0)
                    date_styles.append(is_date_format(custom[i]) if i in custom else builtin_date(i))
    sheets = []
    for s in find_all(wb, 'sheet'):
        rid = next(v for k, v in s.attrib.items() if local(k) == 'id')
        ty, target = rels[rid]
        cells = []
        if ty.endswith('/worksheet'):
            ws = ET.fromstring(z.read(names[target.lower()]))
            row_no = -1
            for row in find_all(ws, 'row'):
                row_no = int(row.get('r')) - 1 if row.get('r') else row_no + 1
                col = -1
                for c in children(row, 'c'):
                    ref = c.get('r')
                    if ref:
                        m = re.match(r'\$?([A-Za-z]+)\$?(\d+)', ref)
                        col, r = col_index(m.group(1)), int(m.group(2)) - 1
                    else:
                        col, r = col + 1, row_no
                    t = c.get('t') or 'n'
                    v = children(c, 'v')
                    vtext = v[0].text if v else None
                    if t == 'inlineStr':
                        iss = children(c, 'is')
                        value = {'s': text_of(iss[0])} if iss else ({'s': vtext or ''} if v else None)
                    elif not v or (vtext is None and t != 'str'):
                        value = None
                    elif t == 's':
                        value = {'s': strings[int(vtext)]}
                    elif t == 'str':
                        value = {'s': unescape(vtext or '')}
                    elif t == 'b':
                        value = {'b': vtext.strip() in ('1', 'true')}
                    elif t == 'e':
                        value = {'e': vtext.strip()}
                    else:
                        num = float(vtext)
                        style = int(c.get('s') or 0)
                        is_date = style < len(date_styles) and date_styles[style]
                        value = {'date': num + (1462 if date1904 else 0)} if is_date else {'n': num}
                    if value is not None:
                        cells.append([r, col, value])
        sheets.append({'name': s.get('name'), 'state': s.get('state') or 'visible', 'cells': cells})
    print(json.dumps({'date1904': date1904, 'sheets': sheets}, ensure_ascii=False))


if __name__ == '__main__':
    main(sys.argv[1])
