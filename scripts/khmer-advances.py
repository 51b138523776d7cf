#!/usr/bin/env python3
# Measures how wide Khmer text is drawn, for issue 17 (OSC 66 widths): the
# advance of every Khmer code point, and of every consonant as a subscript
# (after U+17D2 COENG), shaped by HarfBuzz as kitty shapes it, in em, against
# the monospace cell (DejaVu Sans Mono's advance). A cluster's advance is
# the sum of its code points' (subscripts counted as subscripts): checked
# here against HarfBuzz shaping the whole cluster, for every cluster the km
# locale uses. Runs where hb-shape, hb-info and the fonts are, e.g. in the
# kitty13 chroot:
#   cp scripts/khmer-advances.py /var/tmp/debian13/tmp/ && \
#   chroot /var/tmp/debian13 python3 /tmp/khmer-advances.py [CLUSTERS_FILE]
import json, subprocess, sys

MONO = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'
FONTS = {
    'Khmer OS': '/usr/share/fonts/truetype/khmeros/KhmerOS.ttf',
    'Noto Sans Khmer': '/usr/share/fonts/truetype/noto/NotoSansKhmer-Regular.ttf',
}
COENG = '\u17d2'
BASE = '\u1780'  # ក: signs are measured after it (alone they get a dotted circle)

def upem(font):
    out = subprocess.run(['hb-info', font], capture_output=True, text=True, check=True).stdout
    return int(next(l for l in out.splitlines() if 'Units-Per-EM' in l).split()[-1])

def advance(font, text, units={}):
    units.setdefault(font, upem(font))
    out = subprocess.run(['hb-shape', '--output-format=json', '--font-size=upem',
                          '--no-glyph-names', font, text],
                         capture_output=True, text=True, check=True).stdout
    return sum(g['ax'] for g in json.loads(out)) / units[font]

def is_consonant(c):
    return '\u1780' <= c <= '\u17a2'

cell = advance(MONO, 'M')
points = [chr(c) for c in range(0x1780, 0x17de) if chr(c) != COENG] + \
         [chr(c) for c in range(0x17e0, 0x17ea)]
table = {}
for name, font in FONTS.items():
    base = advance(font, BASE)
    alone = {c: base if c == BASE else advance(font, BASE + c) - base for c in points}
    sub = {c: advance(font, BASE + COENG + c) - base for c in points if is_consonant(c)}
    table[name] = (alone, sub)

def model(name, cluster):
    alone, sub = table[name]
    total, after_coeng = 0.0, False
    for c in cluster:
        if c == COENG:
            after_coeng = True
            continue
        total += sub.get(c, 0.0) if after_coeng else alone.get(c, 0.0)
        after_coeng = False
    return total

print(f'cell\t{cell:.4f}')
print('code point\tchar\t' + '\t'.join(f'{n}\t{n} subscript' for n in FONTS))
for c in points:
    cols = []
    for name in FONTS:
        alone, sub = table[name]
        cols += [f'{alone[c]:.4f}', f'{sub[c]:.4f}' if c in sub else '']
    print(f'U+{ord(c):04X}\t{c}\t' + '\t'.join(cols))

if len(sys.argv) > 1:
    clusters = [l.rstrip('\n') for l in open(sys.argv[1]) if l.strip()]
    for name, font in FONTS.items():
        off = [(c, advance(font, c), model(name, c)) for c in clusters]
        off = [(c, a, m) for c, a, m in off if abs(a - m) > 0.005]
        worst = max((abs(a - m) for _, a, m in off), default=0.0)
        print(f'# {name}: {len(clusters)} clusters, {len(off)} off the sum by more '
              f'than 0.005 em, at most {worst:.3f} em', file=sys.stderr)
