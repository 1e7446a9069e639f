#!/usr/bin/env python3
"""Proposes precaution rows from the bundled label sections (run once, from the repo root, then review:
the reviewed rows are committed in resources/knowledge/curated/precautions.tsv, not this output).
  python3 src/test/resources/precautions/generate_label_rows.py MENTIONS.tsv.gz RAW_LABELS.jsonl.gz > /tmp/label_rows.tsv
MENTIONS is SOURCES.md section 17's openfda_label_precaution_mentions.tsv.gz (topic regex hits); every
quote it proposes is checked against the bundled text here and again by PrecautionEvidenceTest."""
import csv, gzip, re, sys
csv.field_size_limit(10**8)
ws = re.compile(r'\s+')
SRC = 'resources/knowledge/sources/'
labels = {}
for r in csv.DictReader(gzip.open(SRC + 'openfda_label_sections_2026-07.tsv.gz', 'rt', encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE):
    labels[(r['ingredient'], r['section'])] = r

# A set id shared by two ingredients is a combination product's label (estradiol/levonorgestrel): its
# warnings are not those of either ingredient alone, so it proposes nothing.
from collections import Counter
owners = {}
for (i, sec), r in labels.items(): owners.setdefault(r['set_id'], set()).add(i)
shared = {k for k, v in owners.items() if len(v) > 1}

# classes an ingredient is in (ATC prefixes or listed ingredients), to leave out what a class row already says
atc = {}
for r in csv.DictReader(gzip.open(SRC + 'rxnorm_ingredient_atc5_ndcmap2020.tsv.gz', 'rt'), delimiter='\t'):
    atc[r['in_name'].lower()] = r['atc5_codes'].split(';') if r['atc5_codes'] else []
def rows(path):
    return [r for r in csv.DictReader((l for l in open(path, encoding='utf-8') if not l.startswith('#')), delimiter='\t')]
classes = rows('resources/knowledge/curated/classes.tsv')
def classes_of(i):
    out = set()
    for c in classes:
        pre = [p for p in c['atc_prefixes'].split(';') if p]
        ing = [p for p in c['ingredients'].split(';') if p]
        if i in ing or any(code.startswith(p) for code in atc.get(i, []) for p in pre): out.add(c['class'])
    return out
existing = rows('src/test/resources/precautions/hand_rows_before.tsv')  # the hand-written rows as they were before this generator
covered = set()
for p in existing:
    covered.add((p['applies_to'], p['target'], p['topic'], p['audience']))

CONDITION = {'kidney': ('kidney_disease', 'kidney problems'), 'liver': ('liver_disease', 'liver problems'),
             'seizures': ('seizures', 'seizures or epilepsy'), 'heart_rhythm': ('heart_rhythm', 'heart rhythm problems'),
             'glaucoma': ('glaucoma', 'glaucoma'), 'asthma': ('asthma', 'asthma'), 'diabetes': ('diabetes', 'diabetes')}
BW = "The boxed warning on this medicine's label, the FDA's strongest kind of warning,"
def proposal(topic, section):
    bw = section == 'boxed_warning'
    if topic in CONDITION:
        code, words = CONDITION[topic]
        text = (f"{BW} involves {words}." if bw else f"The label says this medicine should not be used by some people with {words}.") \
            + f" If you have {words}, make sure your doctor knows before you take it."
        return 'condition', 'condition:' + code, text, 'major' if bw else 'moderate'
    if topic == 'bleeding':
        words = 'a stomach ulcer or active bleeding'
        return 'condition', 'condition:stomach_ulcer', (f"{BW} involves bleeding." if bw else
            "The label says this medicine should not be used by people with active bleeding, such as a bleeding ulcer.") \
            + f" If you have {words}, make sure your doctor knows before you take it.", 'major' if bw else 'moderate'
    if topic == 'pregnancy':
        return 'pregnancy', 'pregnancy', (f"{BW} is about pregnancy." if bw else
            "The label says this medicine should not be used in some people who are pregnant or could become pregnant.") \
            + " If you are pregnant or planning a pregnancy, talk to your doctor before you take it or stop it.", 'major'
    if topic == 'breastfeeding':
        return 'breastfeeding', 'breastfeeding', (f"{BW} is about breastfeeding." if bw else
            "The label says this medicine should not be used by some people who are breastfeeding.") \
            + " If you are breastfeeding, talk to your doctor before you take it.", 'major'
    if topic == 'older_adults':
        return 'older_adults', 'age65', (f"{BW} includes a risk for older people." if bw else
            "The label says this medicine should not be used by some older people.") \
            + " If you are 65 or over, ask your doctor whether this medicine is still right for you.", 'major' if bw else 'moderate'
    if topic == 'alcohol':
        return 'alcohol', 'alcohol', (f"{BW} includes alcohol." if bw else
            "The label says this medicine should not be taken with alcohol in some cases.") \
            + " Ask your doctor before you drink any alcohol while you take it.", 'major' if bw else 'moderate'
    if topic == 'stopping':
        return 'stopping', 'everyone', "The label warns about stopping this medicine suddenly. Don't stop it or lower the dose on your own: ask your doctor how to stop it safely.", ''
    if topic == 'maoi':
        return 'other', 'everyone', "Don't take this medicine with an MAO inhibitor (a kind of medicine for depression or Parkinson's disease), or soon after stopping one, unless your doctor tells you to: the label says not to combine them.", ''
    if topic == 'suicidality' and bw:
        return 'other', 'everyone', f"{BW} is about thoughts of suicide or changes in mood and behaviour. Tell your doctor at once about new or worse depression, anxiety or thoughts of harming yourself.", ''
    if topic == 'driving':
        return 'driving', 'drivers', "The label warns that this medicine can affect driving or other tasks that need you fully alert. Don't drive or use machines until you know how it affects you.", ''
    return None

SECTION_NAME = {'boxed_warning': 'Boxed Warning', 'contraindications': 'Contraindications', 'warnings_and_cautions': 'Warnings and Precautions', 'warnings': 'Warnings'}
PRIORITY = {'boxed_warning': 0, 'contraindications': 1, 'warnings_and_cautions': 2, 'warnings': 3}
INDICATION_WORDS = {'seizures': r'seizure|epilep', 'heart_rhythm': r'fibrillation|arrhythm|tachycardia|flutter', 'asthma': r'asthma|bronchospasm',
                    'diabetes': r'diabet|glycemic', 'glaucoma': r'glaucoma', 'liver': r'hepat', 'kidney': r'renal|kidney'}
indications = {}  # what a medicine treats is not a caution for it (raw label file, second argument)
import json
from pathlib import Path
for line in gzip.open(sys.argv[2], 'rt', encoding='utf-8'):
    d = json.loads(line)
    indications[Path(d['source_file']).stem.replace('_', ' ')] = d['sections'].get('indications_and_usage', '')
best = {}
for m in csv.DictReader(gzip.open(sys.argv[1], 'rt', encoding='utf-8'), delimiter='\t'):
    ing = m['file_key'].replace('_', ' ')
    sec = m['section']
    lab = labels.get((ing, sec))
    if lab is None or lab['set_id'] in shared: continue
    if sec not in ('boxed_warning', 'contraindications') and m['topic'] != 'driving': continue
    p = proposal(m['topic'], sec)
    if p is None: continue
    topic, audience, text, warning = p
    quote = ws.sub(' ', m['evidence']).strip()
    if quote not in lab['text']: continue
    if m['topic'] == 'bleeding' and not re.search(r'active (pathological )?bleeding|peptic ulcer', quote, re.I): continue
    if len(m['evidence']) >= 495:  # the mentions file cuts long sentences: end the quote at the last full stop
        cut = quote.rfind('. ')
        if cut < 80: continue
        quote = quote[:cut + 1]
    at = lab['text'].find(quote)  # start the quote where its sentence starts (the mentions file sometimes starts mid-word)
    start = max(lab['text'].rfind('. ', 0, at) + 2, 0) if lab['text'].rfind('. ', 0, at) >= 0 else 0
    if at - start < 300: quote = lab['text'][start:at] + quote
    ind = indications.get(ing, '')
    if m['topic'] in INDICATION_WORDS and re.search(INDICATION_WORDS[m['topic']], ind, re.I): continue
    if any(('class', c, topic, audience) in covered for c in classes_of(ing)) or ('ingredient', ing, topic, audience) in covered: continue
    key = (ing, topic, audience)
    if key in best and PRIORITY[best[key]['section']] <= PRIORITY[sec]: continue
    kind = 'Drug Facts label' if 'OTC' in lab['product_type'] else 'prescribing information'
    best[key] = dict(id=re.sub(r'[^a-z0-9]+', '-', ing) + '-' + m['topic'].replace('_', '-') + '-' + ('bw' if sec == 'boxed_warning' else 'ci' if sec == 'contraindications' else 'wp'),
                     applies_to='ingredient', target=ing, topic=topic, audience=audience, text=text,
                     source=f"{lab['drug_name']} {kind} (openFDA label), {SECTION_NAME[sec]}",
                     setid=lab['set_id'], section=sec, quote=quote, warning=warning if sec in ('boxed_warning', 'contraindications') else '')
# The review (each proposal read against its quote): hits that are not about the profile item, or that
# describe what the medicine treats, are dropped; a few quotes and texts are replaced by the label's own
# clearer sentence.
DROP = set('''amiodarone-heart-rhythm-bw amitriptyline-heart-rhythm-ci amitriptyline-seizures-ci amitriptyline-older-adults-bw
benazepril-diabetes-ci enalapril-diabetes-ci irbesartan-diabetes-ci losartan-diabetes-ci telmisartan-diabetes-ci atomoxetine-heart-rhythm-ci
bumetanide-kidney-ci bupropion-alcohol-ci bupropion-stopping-ci bupropion-older-adults-bw citalopram-heart-rhythm-ci cyclobenzaprine-seizures-ci
duloxetine-older-adults-bw edoxaban-kidney-bw flecainide-heart-rhythm-bw propafenone-heart-rhythm-bw sotalol-heart-rhythm-bw
fluconazole-heart-rhythm-ci fluoxetine-heart-rhythm-ci glipizide-diabetes-ci glyburide-diabetes-ci lamotrigine-seizures-bw
levothyroxine-kidney-ci liothyronine-kidney-ci methylprednisolone-heart-rhythm-ci methylprednisolone-seizures-bw methylprednisolone-pregnancy-ci
metronidazole-liver-ci montelukast-asthma-bw nortriptyline-older-adults-bw pantoprazole-asthma-ci paroxetine-heart-rhythm-ci
phenytoin-heart-rhythm-bw prasugrel-diabetes-bw venlafaxine-older-adults-bw ziprasidone-maoi-ci aripiprazole-driving-wp ramelteon-driving-wp
bumetanide-heart-rhythm-wp etanercept-alcohol-wp hydroxychloroquine-alcohol-wp ondansetron-asthma-wp ondansetron-seizures-wp prednisolone-asthma-wp selegiline-seizures-wp'''.split())
OVERRIDE = {
    'hydroxyzine-pregnancy-ci': dict(quote='Until such data are available, hydroxyzine is contraindicated in early pregnancy.'),
    'metronidazole-alcohol-ci': dict(quote='Discontinue consumption of alcohol or products containing propylene glycol during and for at least three days after therapy with metronidazole (see PRECAUTIONS, Drug Interactions ).',
        text="Don't drink alcohol while you take this medicine and for at least 3 days after the last dose: together they can cause stomach cramps, sickness, headache and flushing."),
}
for k in list(best):
    r = best[k]
    if r['id'] in DROP: del best[k]; continue
    r.update(OVERRIDE.get(r['id'], {}))
    assert r['quote'] in labels[(r['target'], r['section'])]['text'], r['id']
# Gap filler: a medicine whose boxed warning and contraindications gave no row, and that no class or
# hand row covers, gets its Warnings and Precautions (or legacy Warnings) mentions, as checklist lines only.
WP = {'kidney': 'condition', 'liver': 'condition', 'seizures': 'condition', 'heart_rhythm': 'condition', 'glaucoma': 'condition',
      'asthma': 'condition', 'diabetes': 'condition', 'pregnancy': 'pregnancy', 'breastfeeding': 'breastfeeding',
      'older_adults': 'older_adults', 'alcohol': 'alcohol', 'stopping': 'stopping'}
def wp_text(topic):
    if topic in CONDITION:
        words = CONDITION[topic][1]
        return 'condition', 'condition:' + CONDITION[topic][0], f"The warnings on this medicine's label include people with {words}. If you have {words}, make sure your doctor knows before you take it."
    return {'pregnancy': ('pregnancy', 'pregnancy', "The warnings on this medicine's label include pregnancy. If you are pregnant or planning a pregnancy, tell your doctor before you take it or stop it."),
            'breastfeeding': ('breastfeeding', 'breastfeeding', "The warnings on this medicine's label include breastfeeding. If you are breastfeeding, tell your doctor before you take it."),
            'older_adults': ('older_adults', 'age65', "The warnings on this medicine's label include older people. If you are 65 or over, ask your doctor whether the dose is right for you."),
            'alcohol': ('alcohol', 'alcohol', "The warnings on this medicine's label mention alcohol. Ask your doctor or pharmacist whether you should avoid alcohol while you take it."),
            'stopping': ('stopping', 'everyone', "The warnings on this medicine's label mention stopping it. Don't stop it on your own: ask your doctor how to stop it safely.")}[topic]
with_rows = {k[0] for k in best} | {p['target'] for p in existing if p['applies_to'] == 'ingredient'} | set(sys.argv[3].split(',') if len(sys.argv) > 3 else [])
for m in csv.DictReader(gzip.open(sys.argv[1], 'rt', encoding='utf-8'), delimiter='\t'):
    ing = m['file_key'].replace('_', ' ')
    sec = m['section']
    if ing in with_rows or sec not in ('warnings_and_cautions', 'warnings') or m['topic'] not in WP: continue
    if any(('class', c) == (p['applies_to'], p['target']) for c in classes_of(ing) for p in existing): continue
    lab = labels.get((ing, sec))
    if lab is None or lab['set_id'] in shared: continue
    quote = ws.sub(' ', m['evidence']).strip()
    if quote not in lab['text'] or len(m['evidence']) >= 495: continue
    at = lab['text'].find(quote)
    start = lab['text'].rfind('. ', 0, at)
    start = start + 2 if start >= 0 else 0
    if at - start < 300: quote = lab['text'][start:at] + quote
    if m['topic'] in INDICATION_WORDS and re.search(INDICATION_WORDS[m['topic']], indications.get(ing, ''), re.I): continue
    topic, audience, text = wp_text(m['topic'])
    key = (ing, topic, audience)
    if key in best: continue
    kind = 'Drug Facts label' if 'OTC' in lab['product_type'] else 'prescribing information'
    best[key] = dict(id=re.sub(r'[^a-z0-9]+', '-', ing) + '-' + m['topic'].replace('_', '-') + '-wp', applies_to='ingredient', target=ing,
                     topic=topic, audience=audience, text=text, source=f"{lab['drug_name']} {kind} (openFDA label), {SECTION_NAME[sec]}",
                     setid=lab['set_id'], section=sec, quote=quote, warning='')

for k in list(best):
    r = best[k]
    if r['id'] in DROP: del best[k]; continue
    r.update(OVERRIDE.get(r['id'], {}))
    assert r['quote'] in labels[(r['target'], r['section'])]['text'], r['id']
w = csv.DictWriter(sys.stdout, fieldnames=['id', 'applies_to', 'target', 'topic', 'audience', 'text', 'source', 'setid', 'section', 'quote', 'warning'],
                   delimiter='\t', lineterminator='\n', quoting=csv.QUOTE_NONE, escapechar='\\')
w.writeheader()
for k in sorted(best): w.writerow(best[k])
