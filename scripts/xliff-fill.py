#!/usr/bin/env python3
"""Fills <target> elements of xliff/ja.xlf from a JSON dictionary {id: text}, where {0}, {1}…
stand for the source's <x id="N"/> placeholders. Keeps targets that already exist unless
the dictionary names them. Usage: python3 scripts/xliff-fill.py xliff/ja.xlf translations.json"""
import json, re, sys

path, dictionary = sys.argv[1], json.load(open(sys.argv[2], encoding='utf-8'))
text = open(path, encoding='utf-8').read()

def fill(match):
    unit, uid, body = match.group(0), match.group(1), match.group(2)
    if uid not in dictionary:
        return unit
    source = re.search(r'<source>(.*?)</source>', body, re.S).group(1)
    placeholders = dict(re.findall(r'(<x id="(\d+)"[^>]*/>)', source)[i][::-1] for i in range(len(re.findall(r'<x id="\d+"', source))))
    target = dictionary[uid].replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    target = re.sub(r'\{(\d+)\}', lambda m: placeholders[m.group(1)], target)
    body = re.sub(r'\s*<target>.*?</target>', '', body, flags=re.S)
    body = body.replace('</source>', '</source>\n  <target>' + target + '</target>', 1)
    return f'<trans-unit id="{uid}">{body}</trans-unit>'

text = re.sub(r'<trans-unit id="([^"]+)">(.*?)</trans-unit>', fill, text, flags=re.S)
open(path, 'w', encoding='utf-8').write(text)
