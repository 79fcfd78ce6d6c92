#!/usr/bin/env python3
"""Records what score.py says about the fixtures, for the Java port's parity tests.

Usage: python3 record_expected.py PATH/TO/score.py

Run it again (and commit the result) whenever score.py or a fixture changes. The tests only
read what it writes; they never run Python.

  expected/<pair>.json       counts per section from `score.py --json PRED GOLD`, and every
                             FP/FN event from score.score_docs(log=True), for each pair listed
                             in pairs.json
  expected/scoreboard.txt    `score.py PRED_DIR GOLD_DIR` over all pairs (pair name as stem)
  expected/scoreboard-verbose.txt   the same with -v
  difflib-ratios.json        SequenceMatcher(None, a, b, autojunk=False) ratios of generated pairs
  normalize-cases.json       score.normalize() and score.similarity() of generated strings
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.dirname(HERE)


def write_json(path, value):
    """JSON with a line per entry: of a top-level list, or of each value of a top-level object."""
    def dumps(v):
        return json.dumps(v, ensure_ascii=False)

    def lines(v, pad, expand):
        if isinstance(v, dict) and v:
            entries = ['%s: %s' % (dumps(k), lines(x, pad + '  ', False) if expand else dumps(x))
                       for k, x in v.items()]
        elif isinstance(v, list) and v:
            entries = [dumps(x) for x in v]
        else:
            return dumps(v)
        opening, closing = ('{', '}') if isinstance(v, dict) else ('[', ']')
        inner = ',\n'.join(pad + '  ' + e for e in entries)
        return '%s\n%s\n%s%s' % (opening, inner, pad, closing)

    with open(path, 'w', encoding='utf-8') as fh:
        fh.write(lines(value, '', True) + '\n')


def record_pairs(score_py, score):
    with open(os.path.join(HERE, 'pairs.json'), encoding='utf-8') as fh:
        pairs = json.load(fh)
    tmp = tempfile.mkdtemp()
    os.makedirs(os.path.join(tmp, 'pred'))
    os.makedirs(os.path.join(tmp, 'gold'))
    for name, pair in pairs.items():
        pred_file = os.path.join(RESOURCES, pair['pred'])
        gold_file = os.path.join(RESOURCES, pair['gold'])
        out = subprocess.run([sys.executable, score_py, '--json', pred_file, gold_file],
                             check=True, capture_output=True, text=True).stdout
        sections = {s: [f['tp'], f['fp'], f['fn']] for s, f in json.loads(out)['sections'].items()}
        pred, _ = score.load(pred_file, 'prediction')
        gold, _ = score.load(gold_file, 'gold')
        tally = score.score_docs(pred, gold, log=True)
        assert {s: [c['tp'], c['fp'], c['fn']] for s, c in tally.counts.items()} == sections, name
        differences = [[section, kind.upper(), path,
                        json.dumps(p if kind == 'fp' else g, ensure_ascii=False)]
                       for section, kind, path, p, g in tally.events]
        write_json(os.path.join(HERE, 'expected', name + '.json'),
                   {'why': pair['why'], 'pred': pair['pred'], 'gold': pair['gold'],
                    'sections': sections, 'differences': differences})
        shutil.copy(pred_file, os.path.join(tmp, 'pred', name + '.json'))
        shutil.copy(gold_file, os.path.join(tmp, 'gold', name + '.json'))
    for flags, target in (([], 'scoreboard.txt'), (['-v'], 'scoreboard-verbose.txt')):
        out = subprocess.run([sys.executable, score_py, *flags, os.path.join(tmp, 'pred'),
                              os.path.join(tmp, 'gold')], check=True, capture_output=True).stdout
        with open(os.path.join(HERE, 'expected', target), 'wb') as fh:
            fh.write(out)
    shutil.rmtree(tmp)
    return len(pairs)


def mutate(rng, text, alphabet):
    chars = list(text)
    for _ in range(rng.randint(0, 4)):
        op = rng.choice('ids')
        at = rng.randint(0, len(chars))
        if op == 'i':
            chars.insert(at, rng.choice(alphabet))
        elif chars and at < len(chars):
            if op == 'd':
                del chars[at]
            else:
                chars[at] = rng.choice(alphabet)
    return ''.join(chars)


def record_ratios(rng):
    alphabets = ['ab', 'abc ', 'abcdefghijklmnopqrstuvwxyz ', 'aé😀𝔸 b', 'xyz+#-']
    words = ['deep', 'learning', 'model', 'transformer', 'attention', 'efficient', 'the', 'a', 'of',
             'neighborhood', 'diffusion', 'training', 'inference', 'gpu', 'c++', 'c#']
    cases = [['', ''], ['', 'a'], ['abc', ''], [' abcd', 'abcd abcd'], ['abxcd', 'abcd'],
             ['private thread', 'private Thread'], ['aaaa', 'aa'], ['😀a😀b', 'a😀b😀']]
    while len(cases) < 400:
        alphabet = rng.choice(alphabets)
        if rng.random() < 0.4:
            a = ' '.join(rng.choice(words) for _ in range(rng.randint(1, 12)))
            alphabet = 'abcdefghijklmnopqrstuvwxyz '
        else:
            a = ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        b = mutate(rng, a, alphabet) if rng.random() < 0.7 else ''.join(
            rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        cases.append([a, b])
    out = []
    for a, b in cases:
        sm = SequenceMatcher(None, a, b, autojunk=False)
        out.append([a, b, sm.ratio(), sm.quick_ratio(), sm.real_quick_ratio()])
    write_json(os.path.join(HERE, 'difflib-ratios.json'), out)
    return len(out)


FRAGMENTS = ['<b>', '</i>', "<a href='x'>", '<br/>', '< b>', '&amp;', '&amp', '&notit;', '&#x41;', '&#65',
             '&#128;', '&#0;', '&#xD800;', '&#99999999;', '&#1;', '&lt;b&gt;', '&copy', '&bogus;', '&',
             '**', '__', '*', '_', '`', '``', '[link](http://x)', '![img](y)', '# ', '\n## ', '\n',
             'C++', 'C#', 'c #', '+', '#', '++', 'ß', 'ﬁ', 'İ', 'ı', 'ς', 'Σ', 'Ꭰ', 'ꭰ', 'é', 'e\u0301',
             'Ａ', '½', '①', '\u200b', '\u00a0', '\u2028', '\x1c', '\t', '\r\n', '—', '–', '…', '“',
             '”', "'", '/', 'https://', 'www.', 'HTTP://WWW.', 'ſ', 'K', '😀', '𝔸', '🇺🇸', ' ', '  ',
             'abc', 'Node.js', '.NET', 'Ph.D.', '3.8', '٣', 'Ⅷ', 'x²', '™', '\\', 'Ǆ', 'ǅ', 'ﬀ',
             'ẞ', 'Ω', 'Å', 'ŉ', 'ᾳ', 'µ', 'Ⓐ', '²', '\u0345', 'ą', '\u0301', '\u20dd', 'ཱི', '가', '各']


def record_normalization(rng, score):
    texts = ['', ' ', 'C++ and C#', 'c#/c++', '**bold** and __strong__', '***x***', '**_x_**',
             '# Heading', '  ## Sub\n### third', '[text](http://u)', '&lt;b&gt;x&lt;/b&gt;',
             'Ph.D.', 'Ruiz-Campos', 'https://www.github.com/x/', 'github.com/x', 'www.x.org//',
             'İstanbul', 'STRASSE Straße', 'ΣΑΣ σας']
    while len(texts) < 400:
        texts.append(''.join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 8))))
    normalized = [[t, score.normalize(t), score.normalize(t, 'url')] for t in texts]
    pairs = []
    for _ in range(300):
        a = rng.choice(texts)
        b = mutate(rng, a, 'abc +#.-') if rng.random() < 0.6 else rng.choice(texts)
        field = rng.choice([None, None, 'url', 'startDate', 'name'])
        pairs.append([a, b, field, score.similarity(a, b, field)])
    write_json(os.path.join(HERE, 'normalize-cases.json'),
               {'normalized': normalized, 'similarity': pairs})
    return len(normalized), len(pairs)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    score_py = os.path.abspath(sys.argv[1])
    sys.path.insert(0, os.path.dirname(score_py))
    import score
    rng = random.Random(20261121)
    print('pairs', record_pairs(score_py, score))
    print('ratios', record_ratios(rng))
    print('normalization', record_normalization(rng, score))


if __name__ == '__main__':
    main()
