#!/usr/bin/env python3
"""Copies the label sections and the ANSM driving list MedList cites into resources/knowledge/sources/.
Run once from the repo root: python3 src/test/resources/precautions/stage_sources.py /work/shared/data
Labels: the ingredients of the coverage list plus the same-class labels cited for missing medicines;
only the sections precautions rest on; whitespace collapsed (the quote test normalises it the same way)."""
import csv, gzip, io, json, re, sys
from pathlib import Path

data = Path(sys.argv[1])
out = Path('resources/knowledge/sources')
SECTIONS = ['boxed_warning', 'contraindications', 'warnings_and_cautions', 'warnings']
EXTRA = {'salsalate', 'isotretinoin'}  # Reye's syndrome sentence for the salicylates (aspirin is not staged); isotretinoin's pregnancy boxed warning
cov = {r['name'].replace(' ', '_') for r in csv.DictReader(open('src/test/resources/coverage/us-medicines.tsv'), delimiter='\t') if r['kind'] == 'generic'}
index = {r['file_key']: r for r in csv.DictReader(open(data / 'openfda_labels/openfda_label_index.tsv'), delimiter='\t')}
ws = re.compile(r'\s+')
rows = 0
def gz(path):  # mtime 0: the same input gives the same bytes (the knowledge-base version hashes the files)
    return io.TextIOWrapper(gzip.GzipFile(path, 'wb', mtime=0), encoding='utf-8', newline='')
with gz(out / 'openfda_label_sections_2026-07.tsv.gz') as f:
    f.write('set_id\tspl_id\tingredient\tdrug_name\troute\tproduct_type\tsection\ttext\n')
    for line in gzip.open(data / 'openfda_labels/medguard_openfda_labels_raw.jsonl.gz', 'rt', encoding='utf-8'):
        d = json.loads(line)
        key = Path(d['source_file']).stem
        if key not in cov and key not in EXTRA:
            continue
        ix = index[key]
        for s in SECTIONS:
            text = d['sections'].get(s)
            if not text:
                continue
            f.write('\t'.join([ix['spl_set_id'], ix['spl_id'], key.replace('_', ' '), d['drug_name'], ix['route'], ix['product_type'], s,
                               ws.sub(' ', text).strip()]) + '\n')
            rows += 1
print('label sections', rows)

src = data / 'ansm_driving_pictograms/ansm_pictogrammes_conduite_arrete_2008-08-08.tsv'
lines = list(csv.DictReader(open(src, encoding='utf-8'), delimiter='\t'))
fields = list(lines[0].keys())
for r in lines:  # the fixes of SOURCES.md section 18, "Verification"
    n = int(r['annex_row'])
    if n == 508: r['atc_code_as_printed'] = 'R05 FB01'; r['atc_code_note'] = 'space removed'
    if n == 509: r['atc_code_as_printed'] = 'R05 FB02'; r['atc_code_note'] = 'space removed'
    if n in (510, 596): r['atc_code_level'] = 'atc3'
    if n >= 510: r['delai_apposition'] = r['delai_apposition'].replace("1 an à compter de la publication de l'annexe", '1 an à compter de la publication')
    if n in (509, 585): r['level_min'] = '0'
with gz(out / 'ansm_driving_pictograms_2008-08-08.tsv.gz') as f:
    w = csv.DictWriter(f, fieldnames=fields, delimiter='\t', lineterminator='\n', quoting=csv.QUOTE_NONE, escapechar='\\')
    w.writeheader(); w.writerows(lines)
print('ansm rows', len(lines))
