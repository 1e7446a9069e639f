#!/usr/bin/env python3
"""Writes resources/knowledge/curated/precautions.tsv (run once from the repo root, then review the diff):
the hand-written rows with the label sentence each rests on, the reviewed label rows of
generate_label_rows.py (/tmp/label_rows.tsv), and one driving row per ANSM level >= 2 substance."""
import csv, gzip, re, sys
csv.field_size_limit(10**8)
SRC = 'resources/knowledge/sources/'
CUR = 'resources/knowledge/curated/'
L = {}
for r in csv.DictReader(gzip.open(SRC + 'openfda_label_sections_2026-07.tsv.gz', 'rt', encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE):
    L[(r['ingredient'], r['section'])] = r
SECTION_NAME = {'boxed_warning': 'Boxed Warning', 'contraindications': 'Contraindications', 'warnings_and_cautions': 'Warnings and Precautions', 'warnings': 'Warnings'}

def sentence(ing, section, pat):
    r = L[(ing, section)]
    for s in re.split(r'(?<=[.!?]) ', r['text']):
        if re.search(pat, s): return r, s
    raise SystemExit(f'no sentence /{pat}/ in {ing} {section}')

def evidence(ing, section, pat):
    r, s = sentence(ing, section, pat)
    return dict(setid=r['set_id'], section=section, quote=s, label=f"the {r['drug_name']} label, {SECTION_NAME[section]}")  # the set id is in its own column

COLS = ['id', 'applies_to', 'target', 'topic', 'audience', 'text', 'warning', 'setid', 'section', 'quote', 'source']  # source last, as in every curated table
def read(path):
    return list(csv.DictReader((l for l in open(path, encoding='utf-8') if not l.startswith('#')), delimiter='\t', quoting=csv.QUOTE_NONE))

BEERS = 'AGS 2023 Beers Criteria® (J Am Geriatr Soc 2023;71:2052-2081)'
# Evidence for the existing rows: (label ingredient, section, sentence pattern), a Beers citation, or the warning grade.
EXISTING = {
    'benzo-alcohol': ('alprazolam', 'boxed_warning', r'alcohol, and/or illicit'),
    'benzo-stopping': ('alprazolam', 'boxed_warning', r'WITHDRAWAL REACTIONS Concomitant'),
    'benzo-driving': ('alprazolam', 'warnings_and_cautions', r'Effects on Driving'),
    'zdrug-behaviours': ('zolpidem', 'boxed_warning', r'sleep-driving'),
    'zdrug-driving': ('zolpidem', 'warnings_and_cautions', r'morning after use'),
    'opioid-alcohol': ('oxycodone', 'boxed_warning', r'including alcohol, may result'),
    'opioid-pregnancy': ('oxycodone', 'boxed_warning', r'Neonatal Opioid Withdrawal Syndrome \(NOWS\) Advise'),
    'ssri-maoi': ('escitalopram', 'contraindications', r'taking MAOIs'),
    'ssri-mood': ('sertraline', 'boxed_warning', r'Suicidality and Antidepressant'),
    'snri-maoi': ('venlafaxine', 'contraindications', r'within 7 days'),
    'snri-mood': ('venlafaxine', 'boxed_warning', r'uicid'),
    'nsaid-heart-stomach': ('meloxicam', 'boxed_warning', r'thrombotic events, including myocardial'),
    'nsaid-heart': ('meloxicam', 'boxed_warning', r'thrombotic events, including myocardial'),
    'acei-pregnancy': ('enalapril', 'boxed_warning', r'injury and death to the developing fetus'),
    'arb-pregnancy': ('losartan', 'boxed_warning', r'developing fetus'),
    'warfarin-pregnancy': ('warfarin', 'contraindications', r'contraindicated in women who are pregnant'),
    'anticoagulant-stopping': ('apixaban', 'warnings_and_cautions', r'Premature discontinuation of any oral anticoagulant'),
    'antipsychotic-older': ('risperidone', 'boxed_warning', r'DEMENTIA-RELATED PSYCHOSIS Elderly'),
    'bupropion-seizures': ('bupropion', 'contraindications', r'seizure disorder'),
    'clonidine-stopping': ('clonidine', 'warnings', r'not to discontinue therapy'),
    'betablocker-stopping': ('metoprolol', 'warnings_and_cautions', r'Abrupt cessation'),
    'tramadol-seizures': ('tramadol', 'warnings_and_cautions', r'Increased Risk of Seizures'),
    'statin-breastfeeding': ('pravastatin', 'contraindications', r'Lactation'),
    'ksparing-kidney': ('spironolactone', 'warnings_and_cautions', r'Hyperkalemia: Monitor'),
    'apap-one-product': ('acetaminophen', 'warnings', r'Liver warning'),
    'quinolone-older': ('levofloxacin', 'boxed_warning', r'endon'),
}
SOURCE_OVERRIDE = {
    'benzo-older': f'{BEERS}, Table 2, Central nervous system: benzodiazepines (cited, not copied)',
    'zdrug-older': f'{BEERS}, Table 2, Central nervous system: nonbenzodiazepine benzodiazepine receptor agonist hypnotics (cited, not copied)',
    'nsaid-older': f'{BEERS}, Table 2, Pain medications: non-COX-2-selective NSAIDs, oral (cited, not copied)',
    'antihistamine-older': f'{BEERS}, Table 2, Anticholinergics: first-generation antihistamines (cited, not copied)',
}
WARNING = {'acei-pregnancy': 'major', 'arb-pregnancy': 'major', 'warfarin-pregnancy': 'major', 'opioid-pregnancy': 'major',
           'benzo-alcohol': 'major', 'opioid-alcohol': 'major', 'benzo-older': 'moderate', 'zdrug-older': 'moderate',
           'antihistamine-older': 'moderate', 'antipsychotic-older': 'major', 'bupropion-seizures': 'major', 'nsaid-heart': 'major'}

out = []
for r in read(sys.argv[1] if len(sys.argv) > 1 else CUR + 'precautions.tsv'):
    r = {c: r.get(c, '') or '' for c in COLS}
    if r['id'] in EXISTING:
        e = evidence(*EXISTING[r['id']])
        r.update(setid=e['setid'], section=e['section'], quote=e['quote'])
        r['source'] = r['source'] + '; quoted from ' + e['label']
    r['source'] = SOURCE_OVERRIDE.get(r['id'], r['source'])
    r['warning'] = WARNING.get(r['id'], r['warning'])
    out.append(r)

def row(id, applies_to, target, topic, audience, text, source, ev=None, warning=''):
    r = dict(id=id, applies_to=applies_to, target=target, topic=topic, audience=audience, text=text, source=source, setid='', section='', quote='', warning=warning)
    if ev:
        e = evidence(*ev)
        r.update(setid=e['setid'], section=e['section'], quote=e['quote'])
        r['source'] = source + (' ' if source.endswith(' is') else '; ') + 'quoted from ' + e['label']
    out.append(r)

# Children and teenagers
REYE = "Children and teenagers should not take this medicine for chickenpox, flu or flu-like symptoms unless a doctor says so: it has been linked to Reye's syndrome, a rare but serious illness."
row('aspirin-reye', 'ingredient', 'aspirin', 'other', 'child', REYE,
    "Aspirin Drug Facts label, Warnings: Reye's syndrome (21 CFR 201.314(h)); aspirin has no staged label, the salicylate class sentence is", ('salsalate', 'warnings', r'Some studies suggest'), 'major')
row('salsalate-reye', 'ingredient', 'salsalate', 'other', 'child', REYE, "Salsalate prescribing information, Warnings: Reye's syndrome", ('salsalate', 'warnings', r'Some studies suggest'), 'major')
CHILD12 = "This medicine must not be given to children under 12, or to anyone under 18 after an operation to remove the tonsils or adenoids: it can slow or stop their breathing."
row('codeine-children', 'ingredient', 'codeine', 'other', 'child', CHILD12, 'Codeine sulfate prescribing information, Boxed Warning', ('codeine', 'boxed_warning', r'contraindicated in children younger than 12'), 'contraindicated')
row('tramadol-children', 'ingredient', 'tramadol', 'other', 'child', CHILD12, 'Tramadol prescribing information, Boxed Warning', ('tramadol', 'boxed_warning', r'contraindicated in children younger than 12'), 'contraindicated')
row('promethazine-children', 'ingredient', 'promethazine', 'other', 'child', "Promethazine must not be given to children under 2: it can dangerously slow their breathing. Ask a doctor before giving it to an older child.",
    'Promethazine prescribing information, Boxed Warning', ('promethazine', 'boxed_warning', r'LESS THAN 2 YEARS'), 'major')
row('diphenoxylate-children', 'ingredient', 'diphenoxylate', 'other', 'child', "This medicine is not for children under 6. Keep it out of children's reach.",
    'Lomotil (diphenoxylate and atropine) prescribing information, Contraindications: pediatric patients less than 6 years of age (no staged label)', None, 'major')
# Pregnancy
row('isotretinoin-pregnancy', 'ingredient', 'isotretinoin', 'pregnancy', 'pregnancy', "This medicine causes severe birth defects. It must not be taken by anyone who is pregnant or may become pregnant. Talk to your doctor at once if you could be pregnant.",
    'Isotretinoin prescribing information, Boxed Contraindications and Warnings', ('isotretinoin', 'boxed_warning', r'must not be used by patients who are or may become pregnant'), 'contraindicated')
row('valproate-pregnancy', 'ingredient', 'valproate', 'pregnancy', 'pregnancy', "This medicine can cause serious birth defects and affect a baby's development. If you are pregnant or could become pregnant, talk to your doctor; don't stop it on your own.",
    'Depakote (divalproex sodium) prescribing information, Boxed Warning: fetal risk (no staged label)', None, 'major')
row('misoprostol-pregnancy', 'ingredient', 'misoprostol', 'pregnancy', 'pregnancy', "This medicine can cause a miscarriage or birth defects. It must not be taken during pregnancy to prevent stomach ulcers from NSAIDs.",
    'Cytotec (misoprostol) prescribing information, Boxed Warning (no staged label)', None, 'contraindicated')
row('mycophenolate-pregnancy', 'ingredient', 'mycophenolate mofetil', 'pregnancy', 'pregnancy', "This medicine can cause miscarriage and birth defects. If you could become pregnant, talk to your doctor about birth control and pregnancy tests.",
    'CellCept (mycophenolate mofetil) prescribing information, Boxed Warning: embryofetal toxicity (no staged label)', None, 'major')
row('dutasteride-pregnancy', 'ingredient', 'dutasteride', 'pregnancy', 'pregnancy', "This medicine can harm a male baby during pregnancy. Anyone who is or may become pregnant should not take it or handle leaking capsules.",
    'Avodart (dutasteride) prescribing information, Contraindications: pregnancy; dutasteride has no staged label, the 5-alpha-reductase inhibitor class sentence is', ('finasteride', 'contraindications', r'Pregnancy'), 'major')
# Conditions
row('salmeterol-asthma', 'ingredient', 'salmeterol', 'condition', 'condition:asthma', "For asthma, this kind of medicine (a long-acting beta agonist) is used only together with an inhaled steroid. Make sure your doctor knows you have asthma.",
    'Serevent (salmeterol) prescribing information, Contraindications; salmeterol has no staged label, the long-acting beta agonist class sentence is', ('formoterol', 'contraindications', r'without an inhaled'), 'moderate')
row('thiazide-sulfa', 'ingredient', 'chlorthalidone', 'allergy', 'everyone', "Tell your doctor if you have ever had an allergic reaction to a sulfa (sulfonamide) medicine.",
    'Chlorthalidone prescribing information, Contraindications', ('chlorthalidone', 'contraindications', r'sulfonamide'))
row('hctz-sulfa', 'ingredient', 'hydrochlorothiazide', 'allergy', 'everyone', "Tell your doctor if you have ever had an allergic reaction to a sulfa (sulfonamide) medicine.",
    'Hydrochlorothiazide prescribing information, Contraindications: sulfonamide-derived drugs; hydrochlorothiazide has no staged label, the thiazide-like diuretic sentence is', ('chlorthalidone', 'contraindications', r'sulfonamide'))
row('amoxicillin-allergy', 'ingredient', 'amoxicillin', 'allergy', 'everyone', "Don't take this medicine if you have had a serious allergic reaction to a penicillin or another beta-lactam antibiotic, such as a cephalosporin. Tell your doctor about any antibiotic allergy.",
    'Amoxil (amoxicillin) prescribing information, Contraindications: serious hypersensitivity to amoxicillin or other beta-lactams (no staged label)')
for ing in ('tiotropium', 'ipratropium'):
    row(f'{ing}-glaucoma', 'ingredient', ing, 'condition', 'condition:glaucoma', "With narrow-angle glaucoma, this inhaled medicine can make it worse. Keep it out of your eyes and tell your doctor about eye pain or blurred vision.",
        f'{ing.capitalize()} prescribing information (e.g. {"Spiriva" if ing == "tiotropium" else "Atrovent HFA"}), Warnings and Precautions: worsening of narrow-angle glaucoma (no staged label)')
    row(f'{ing}-prostate', 'ingredient', ing, 'condition', 'condition:enlarged_prostate', "With an enlarged prostate or trouble passing urine, this medicine can make it harder to pass urine. Tell your doctor if this happens.",
        f'{ing.capitalize()} prescribing information, Warnings and Precautions: worsening of urinary retention (no staged label)')
row('albuterol-heart', 'ingredient', 'albuterol', 'condition', 'condition:heart_rhythm', "With heart rhythm problems or other heart disease, tell your doctor: this medicine can speed up the heart.",
    'Albuterol inhalation prescribing information (e.g. Proventil HFA), Warnings and Precautions: cardiovascular effects (no staged label)')
row('febuxostat-heart', 'ingredient', 'febuxostat', 'condition', 'condition:heart_disease', "With heart disease, this medicine has been linked to a higher risk of death from heart problems than allopurinol. Talk to your doctor about whether it is right for you.",
    'FDA Drug Safety Communication, 21 Feb 2019: boxed warning for Uloric (febuxostat), increased risk of death in gout patients with heart disease (no staged label)', None, 'major')
for ing in ('alendronate', 'risedronate'):
    row(f'{ing}-upright', 'ingredient', ing, 'other', 'everyone', "Take this medicine with a full glass of plain water and stay sitting or standing upright for at least 30 minutes after: it can harm the food pipe. Tell your doctor about any swallowing problems.",
        f'{"Fosamax (alendronate)" if ing == "alendronate" else "Actonel (risedronate)"} prescribing information, Contraindications: abnormalities of the esophagus, inability to stand or sit upright for at least 30 minutes (no staged label)')
row('medroxyprogesterone-bone', 'ingredient', 'medroxyprogesterone', 'other', 'everyone', "The injection form of this medicine can thin the bones when used for a long time. Ask your doctor how long you should use it.",
    'Depo-Provera CI (medroxyprogesterone acetate injection) prescribing information, Boxed Warning: loss of bone mineral density (no staged label)')
row('levodopa-maoi', 'ingredient', 'levodopa', 'other', 'everyone', "Don't take this medicine with a non-selective MAO inhibitor (such as phenelzine), or within 2 weeks of stopping one.",
    'Sinemet (carbidopa-levodopa) prescribing information, Contraindications: nonselective monoamine oxidase inhibitors (no staged label)')
row('carbidopa-maoi', 'ingredient', 'carbidopa', 'other', 'everyone', "Don't take this medicine with a non-selective MAO inhibitor (such as phenelzine), or within 2 weeks of stopping one.",
    'Sinemet (carbidopa-levodopa) prescribing information, Contraindications: nonselective monoamine oxidase inhibitors (no staged label)')
for ing, cfr in (('dextromethorphan', '21 CFR 341.74 (OTC antitussive labeling)'), ('phenylephrine', '21 CFR 341.80 (OTC nasal decongestant labeling)'), ('pseudoephedrine', '21 CFR 341.80 (OTC nasal decongestant labeling)')):
    row(f'{ing}-maoi', 'ingredient', ing, 'other', 'everyone', "Don't use this medicine if you take an MAO inhibitor (a prescription medicine for depression, mental health or Parkinson's disease), or for 2 weeks after stopping one.",
        f'{cfr}: do not use if you are now taking a prescription monoamine oxidase inhibitor (MAOI) or for 2 weeks after stopping the MAOI drug')
row('guaifenesin-asthma', 'ingredient', 'guaifenesin', 'condition', 'condition:asthma', "With asthma or a long-lasting cough, ask a doctor before using this medicine.",
    '21 CFR 341.78 (OTC expectorant labeling): ask a doctor before use if you have persistent or chronic cough such as occurs with smoking, asthma, chronic bronchitis, or emphysema')
row('benzonatate-children', 'ingredient', 'benzonatate', 'other', 'everyone', "Keep this medicine away from children: a child who swallows even a few capsules can be seriously harmed. Swallow the capsules whole; don't chew or suck them.",
    'FDA Drug Safety Communication, 14 Dec 2010: risk of death from accidental ingestion of benzonatate by children under 10')
row('iron-children', 'ingredient', 'ferrous sulfate', 'other', 'everyone', "Keep this medicine out of children's reach: an overdose of iron can be deadly for a young child. If a child swallows some, get medical help at once.",
    '21 CFR 101.17(e) (iron-containing supplements and drugs): accidental overdose warning')
for ing, setid_ing in (('semaglutide', 'semaglutide'), ('liraglutide', 'liraglutide'), ('dulaglutide', 'dulaglutide')):
    row(f'{ing}-thyroid', 'ingredient', ing, 'condition', 'everyone', "Tell your doctor if you or anyone in your family has had medullary thyroid cancer or MEN 2, and about a lump or swelling in your neck, trouble swallowing or a hoarse voice.",
        f'{ing.capitalize()} prescribing information, Boxed Warning: risk of thyroid C-cell tumors', (setid_ing, 'boxed_warning', r'WARNING: RISK OF THYROID C-CELL TUMORS'))
row('tirzepatide-thyroid', 'ingredient', 'tirzepatide', 'condition', 'everyone', "Tell your doctor if you or anyone in your family has had medullary thyroid cancer or MEN 2, and about a lump or swelling in your neck, trouble swallowing or a hoarse voice.",
    'Mounjaro (tirzepatide) prescribing information, Boxed Warning: risk of thyroid C-cell tumors (no staged label)')

# Older adults: the AGS Beers Criteria® 2023, cited by table and row (never copied)
B = lambda where: f'{BEERS}, {where} (cited, not copied)'
row('beers-warfarin', 'ingredient', 'warfarin', 'older_adults', 'age65', "At 65 and over, other blood thinners are often preferred when warfarin would be started. If you have taken warfarin for a long time with steady INR results, carrying on can be reasonable: don't stop it on your own, and ask your doctor at your next review.",
    B('Table 2, Antithrombotics: warfarin'))
row('beers-rivaroxaban', 'ingredient', 'rivaroxaban', 'older_adults', 'age65', "At 65 and over, this blood thinner carries a higher risk of serious bleeding than some others for long-term use. Don't stop it on your own; ask your doctor whether it is still the best choice.",
    B('Table 2, Antithrombotics: rivaroxaban'))
# apixaban and edoxaban: no row; the Beers Criteria name them in no table of their own
row('beers-digoxin', 'ingredient', 'digoxin', 'older_adults', 'age65', "At 65 and over, digoxin is usually not the first choice for heart failure or atrial fibrillation, and higher doses are avoided because the body clears it more slowly. Ask your doctor to review your dose.",
    B('Table 2, Cardiovascular: digoxin'))
row('beers-sulfonylurea', 'class', 'sulfonylurea', 'older_adults', 'age65', "At 65 and over, this kind of diabetes medicine is more likely to cause low blood sugar. Know the signs (shaking, sweating, confusion), and ask your doctor whether it is still the best choice.",
    B('Table 2, Endocrine: sulfonylureas'), None, 'moderate')
row('beers-ppi', 'class', 'ppi', 'older_adults', 'age65', "At 65 and over, taking this medicine every day for more than 8 weeks is not advised unless there is a clear reason. Ask your doctor whether you still need it; don't stop suddenly without advice.",
    B('Table 2, Gastrointestinal: proton-pump inhibitors'))
row('beers-muscle-relaxant', 'class', 'muscle_relaxant', 'older_adults', 'age65', "At 65 and over, this muscle relaxant can cause drowsiness, confusion and falls, and older people tolerate it poorly. Ask your doctor whether you still need it.",
    B('Table 2, Pain medications: skeletal muscle relaxants'), None, 'moderate')
row('beers-tca', 'class', 'tca', 'older_adults', 'age65', "At 65 and over, this antidepressant is more likely to cause confusion, dry mouth, constipation, dizziness when standing and falls. Ask your doctor whether it is still the right choice.",
    B('Table 2, Central nervous system: antidepressants with strong anticholinergic activity'), None, 'moderate')
row('beers-paroxetine', 'ingredient', 'paroxetine', 'older_adults', 'age65', "At 65 and over, this antidepressant is more likely to cause confusion, constipation and falls than some others. Ask your doctor whether it is still the right choice; don't stop it suddenly.",
    B('Table 2, Central nervous system: antidepressants with strong anticholinergic activity (paroxetine)'), None, 'moderate')
row('beers-barbiturate', 'class', 'barbiturate', 'older_adults', 'age65', "At 65 and over, this medicine can cause strong drowsiness and dependence, and is usually avoided. Ask your doctor whether it is still needed; don't stop it suddenly.",
    B('Table 2, Central nervous system: barbiturates'), None, 'moderate')
row('beers-meperidine', 'ingredient', 'meperidine', 'older_adults', 'age65', "At 65 and over, this pain medicine can cause confusion and other nervous system effects, and other pain medicines are usually preferred. Ask your doctor.",
    B('Table 2, Pain medications: meperidine'), None, 'moderate')
row('beers-nitrofurantoin', 'ingredient', 'nitrofurantoin', 'older_adults', 'age65', "At 65 and over, this antibiotic is not used long term or when the kidneys work poorly, because of lung, liver and nerve side effects. Ask your doctor if you take it for a long time.",
    B('Table 2, Anti-infective: nitrofurantoin'))
for _i in ['doxazosin', 'prazosin', 'terazosin']:
    row('beers-alpha-blocker-' + _i.replace(' ', '-'), 'ingredient', _i, 'older_adults', 'age65', "At 65 and over, this medicine can make you dizzy or faint when you stand up, so it is not a first choice for high blood pressure. Stand up slowly and tell your doctor about dizziness or falls.",
        B('Table 2, Cardiovascular: peripheral alpha-1 blockers for treatment of hypertension'))
for _i in ['clonidine', 'guanfacine', 'methyldopa']:
    row('beers-central-alpha-' + _i.replace(' ', '-'), 'ingredient', _i, 'older_adults', 'age65', "At 65 and over, this medicine can slow the heart, make you dizzy when you stand up, and affect thinking, so it is not a first choice for high blood pressure. Ask your doctor; don't stop it suddenly.",
        B('Table 2, Cardiovascular: central alpha-agonists'))
row('beers-amiodarone', 'ingredient', 'amiodarone', 'older_adults', 'age65', "At 65 and over, this heart rhythm medicine has more side effects than some others and is usually not the first choice for atrial fibrillation. Ask your doctor about your regular checks.",
    B('Table 2, Cardiovascular: amiodarone'))
row('beers-dronedarone', 'ingredient', 'dronedarone', 'older_adults', 'age65', "At 65 and over, this heart rhythm medicine is avoided in some people, especially with permanent atrial fibrillation or severe heart failure. Ask your doctor whether it is right for you.",
    B('Table 2, Cardiovascular: dronedarone'))
row('beers-metoclopramide', 'ingredient', 'metoclopramide', 'older_adults', 'age65', "At 65 and over, this medicine is more likely to cause movement problems that may not go away. Ask your doctor whether you still need it.",
    B('Table 2, Gastrointestinal: metoclopramide'), None, 'moderate')
row('beers-megestrol', 'ingredient', 'megestrol', 'older_adults', 'age65', "At 65 and over, this medicine raises the risk of blood clots and has little effect on weight. Ask your doctor whether you still need it.",
    B('Table 2, Endocrine: megestrol'), None, 'moderate')
row('beers-estrogen', 'ingredient', 'estradiol', 'older_adults', 'age65', "At 65 and over, estrogen tablets or patches raise the risk of breast cancer and blood clots. Ask your doctor whether you still need them; vaginal forms in low doses are a different matter.",
    B('Table 2, Endocrine: estrogens with or without progestins'))
row('beers-desmopressin', 'ingredient', 'desmopressin', 'older_adults', 'age65', "At 65 and over, this medicine is more likely to cause low sodium in the blood (symptoms include headache, confusion and sickness). Ask your doctor about blood tests.",
    B('Table 2, Endocrine: desmopressin'))
row('beers-aspirin', 'ingredient', 'aspirin', 'older_adults', 'age65', "At 65 and over, starting daily aspirin only to prevent a first heart attack or stroke is not advised because of bleeding. If you already take it, don't stop on your own: ask your doctor whether you still need it.",
    B('Table 2, Antithrombotics: aspirin for primary prevention of cardiovascular disease'))
for _i in ['benztropine', 'trihexyphenidyl', 'dicyclomine', 'hyoscyamine', 'scopolamine']:
    row('beers-anticholinergic-' + _i.replace(' ', '-'), 'ingredient', _i, 'older_adults', 'age65', "At 65 and over, this medicine can cause confusion, constipation, dry mouth and trouble passing urine. Ask your doctor whether you still need it.",
        B('Table 2, Anticholinergics: antiparkinsonian agents (benztropine, trihexyphenidyl) and antispasmodics (dicyclomine, hyoscyamine, scopolamine)'), None, 'moderate')
for _i in ['canagliflozin', 'dapagliflozin', 'empagliflozin', 'ertugliflozin']:
    row('beers-sglt2-' + _i.replace(' ', '-'), 'ingredient', _i, 'older_adults', 'age65', "At 65 and over, this diabetes medicine needs extra care. Watch for genital or urinary infections. Also watch for signs of ketoacidosis, such as feeling sick, stomach pain or fast breathing, mostly when you start it.",
        B('Table 4, Endocrine: sodium-glucose co-transporter 2 (SGLT2) inhibitors (use with caution)'))

# Medicines the label pass left without a row (boxed warnings and contraindications not about a profile item,
# or no staged label); each written from its label section, quoted where the bundled label holds the sentence.
row('formoterol-asthma', 'ingredient', 'formoterol', 'condition', 'condition:asthma', "For asthma, this kind of medicine (a long-acting beta agonist) is used only together with an inhaled steroid. Make sure your doctor knows you have asthma.",
    'Formoterol fumarate inhalation prescribing information, Contraindications', ('formoterol', 'contraindications', r'without an inhaled'), 'moderate')
NITRATE = "Never take this medicine with a nitrate medicine for chest pain, such as nitroglycerin or isosorbide: together they can cause a dangerous drop in blood pressure."
row('sildenafil-nitrates', 'ingredient', 'sildenafil', 'other', 'everyone', NITRATE, 'Sildenafil prescribing information, Contraindications', ('sildenafil', 'contraindications', r'nitrates'))
row('tadalafil-nitrates', 'ingredient', 'tadalafil', 'other', 'everyone', NITRATE, 'Tadalafil prescribing information, Contraindications', ('tadalafil', 'contraindications', r'organic nitrate'))
row('nitroglycerin-pde5', 'ingredient', 'nitroglycerin', 'other', 'everyone', "Never take this medicine with sildenafil, tadalafil, vardenafil or avanafil (medicines for erection problems or lung blood pressure), or with riociguat: together they can cause a dangerous drop in blood pressure.",
    'Nitroglycerin sublingual prescribing information, Contraindications', ('nitroglycerin', 'contraindications', r'PDE-5'))
for ing in ('levothyroxine', 'liothyronine'):
    row(f'{ing}-weight', 'ingredient', ing, 'other', 'everyone', "Don't use this medicine to lose weight: it does not help people with normal thyroid levels to lose weight, and large doses can be dangerous.",
        f'{ing.capitalize()} prescribing information, Boxed Warning: not for obesity or weight loss', (ing, 'boxed_warning', r'should not be used for the treatment of obesity'))
row('cilostazol-heart', 'ingredient', 'cilostazol', 'condition', 'condition:heart_disease', "This medicine must not be used by people with heart failure of any kind. If you have heart failure or other heart disease, make sure your doctor knows.",
    'Cilostazol prescribing information, Boxed Warning', ('cilostazol', 'boxed_warning', r'heart failure of any severity'), 'major')
row('pioglitazone-heart', 'ingredient', 'pioglitazone', 'condition', 'condition:heart_disease', "This medicine can cause or worsen heart failure. If you have heart disease, tell your doctor, and get help for fast weight gain, swelling or shortness of breath.",
    'Pioglitazone prescribing information, Boxed Warning: congestive heart failure', ('pioglitazone', 'boxed_warning', r'cause or exacerbate congestive heart failure'), 'major')
row('prasugrel-older', 'ingredient', 'prasugrel', 'older_adults', 'age65', "At 75 and over, this medicine is generally not recommended because of the risk of serious bleeding, except in some high-risk cases. Ask your doctor whether it is right for you.",
    'Prasugrel prescribing information, Boxed Warning: bleeding risk', ('prasugrel', 'boxed_warning', r'75 years of age'))
CAST = "In a large study of people who had had a heart attack, medicines like this one raised the risk of death. It is kept for specific heart rhythm problems: ask your doctor about your own risk."
row('flecainide-cast', 'ingredient', 'flecainide', 'other', 'everyone', CAST, 'Flecainide prescribing information, Boxed Warning: mortality (CAST)', ('flecainide', 'boxed_warning', r'CAST'))
row('propafenone-cast', 'ingredient', 'propafenone', 'other', 'everyone', CAST, 'Propafenone prescribing information, Boxed Warning: mortality (CAST)', ('propafenone', 'boxed_warning', r'CAST'))
row('verapamil-heart-rhythm', 'ingredient', 'verapamil', 'condition', 'condition:heart_rhythm', "If you have a heart rhythm problem such as sick sinus syndrome or heart block, make sure your doctor knows: this medicine is not used with some of them unless you have a pacemaker.",
    'Verapamil prescribing information, Contraindications', ('verapamil', 'contraindications', r'Sick sinus syndrome'))
KIDNEY_AV = "With kidney problems, this medicine needs a lower dose, and drinking enough fluids matters. Make sure your doctor knows about your kidneys."
row('acyclovir-kidney', 'ingredient', 'acyclovir', 'condition', 'condition:kidney_disease', KIDNEY_AV, 'Acyclovir prescribing information, Warnings: renal failure', ('acyclovir', 'warnings', r'Renal failure'))
row('valacyclovir-kidney', 'ingredient', 'valacyclovir', 'condition', 'condition:kidney_disease', KIDNEY_AV,
    'Valtrex (valacyclovir) prescribing information, Warnings and Precautions: acute renal failure; valacyclovir (a prodrug of acyclovir) has no staged label, the acyclovir sentence is', ('acyclovir', 'warnings', r'Renal failure'))
row('beers-nifedipine', 'ingredient', 'nifedipine', 'older_adults', 'age65', "At 65 and over, the quick-release form of nifedipine can drop blood pressure too fast. If you take the quick-release capsules, ask your doctor whether a long-acting form suits you better.",
    B('Table 2, Cardiovascular: nifedipine, immediate release'), None, 'moderate')
row('dabigatran-stopping', 'ingredient', 'dabigatran', 'stopping', 'everyone', "Don't stop this medicine on your own: stopping it early raises the risk of a blood clot or stroke.",
    'Pradaxa (dabigatran etexilate) prescribing information, Boxed Warning: premature discontinuation (no staged label); the oral anticoagulant class sentence is', ('apixaban', 'warnings_and_cautions', r'Premature discontinuation of any oral anticoagulant'))
row('dabigatran-bleeding', 'ingredient', 'dabigatran', 'other', 'everyone', "Tell every doctor, dentist and pharmacist that you take a blood thinner, and get help at once for bleeding that will not stop or for black stools.",
    'Pradaxa (dabigatran etexilate) Medication Guide: bleeding risk (no staged label)')
row('beers-anticoagulant-dabigatran', 'ingredient', 'dabigatran', 'older_adults', 'age65', "At 65 and over, bleeding with blood thinners is more likely, and the choice of blood thinner and its dose matter more. Ask your doctor to review your blood thinner, its dose and your kidney tests regularly.",
    B('Table 4, Antithrombotics: dabigatran (use with caution)'))
row('mycophenolic-acid-pregnancy', 'ingredient', 'mycophenolic acid', 'pregnancy', 'pregnancy', "This medicine can cause miscarriage and birth defects. If you could become pregnant, talk to your doctor about birth control and pregnancy tests.",
    'Myfortic (mycophenolic acid) prescribing information, Boxed Warning: embryofetal toxicity (no staged label)', None, 'major')
for ing, brand in (('sitagliptin', 'Januvia'), ('linagliptin', 'Tradjenta'), ('saxagliptin', 'Onglyza')):
    row(f'{ing}-pancreatitis', 'ingredient', ing, 'other', 'everyone', "Stop this medicine and call your doctor if you get severe stomach pain that will not go away, sometimes reaching your back: it can be a sign of an inflamed pancreas. Tell your doctor if you have had pancreatitis.",
        f'{brand} ({ing}) prescribing information, Warnings and Precautions: pancreatitis (no staged label)')
for ing in ('fluticasone', 'mometasone', 'beclomethasone', 'budesonide', 'triamcinolone'):
    row(f'{ing}-eyes', 'ingredient', ing, 'condition', 'condition:glaucoma', "Used for a long time, steroid inhalers and nasal sprays can raise the pressure in the eye (glaucoma) or cause cataracts. If you have glaucoma, tell your doctor and have your eyes checked.",
        'Inhaled corticosteroid prescribing information (e.g. Flovent HFA, Qvar, Asmanex), Warnings and Precautions: glaucoma and cataracts (no staged label for the inhaled forms)')
row('potassium-kidney', 'ingredient', 'potassium chloride', 'condition', 'condition:kidney_disease', "With kidney disease, potassium can build up in the blood. Take this medicine only as your doctor prescribed, and keep your blood tests.",
    'Potassium chloride extended-release prescribing information (e.g. K-Tab, Klor-Con), Warnings and Precautions: hyperkalemia, risk increased in renal impairment (no staged label)')
for ing in ('bisacodyl', 'sennosides, usp', 'docusate'):
    row(f"{ing.split(',')[0]}-laxative", 'ingredient', ing, 'other', 'everyone', "Don't use a laxative for more than 1 week unless a doctor tells you to. Ask a doctor first if you have stomach pain, feel sick or are vomiting, or if your bowel habits have changed for more than 2 weeks.",
        'OTC laxative Drug Facts labels (e.g. Dulcolax, Senokot, Colace), Warnings (no staged label)')
row('selegiline-meperidine', 'ingredient', 'selegiline', 'other', 'everyone', "Don't take this medicine with the pain medicine meperidine, and ask your doctor before taking any other opioid pain medicine with it.",
    'Selegiline prescribing information, Contraindications', ('selegiline', 'contraindications', r'meperidine'))
row('calcium-carbonate-antacid', 'ingredient', 'calcium carbonate', 'other', 'everyone', "As an antacid, don't take more than the label's daily maximum, or the maximum dose for more than 2 weeks, unless a doctor tells you to.",
    '21 CFR 331.30 (OTC antacid labeling), Warnings')
row('niacin-liver', 'ingredient', 'niacin', 'condition', 'condition:liver_disease', "Prescription niacin is not used with active liver disease. If you have liver problems, make sure your doctor knows.",
    'Niaspan (niacin extended-release) prescribing information, Contraindications: active liver disease (no staged label)', None, 'moderate')
row('niacin-ulcer', 'ingredient', 'niacin', 'condition', 'condition:stomach_ulcer', "Prescription niacin is not used with an active stomach ulcer or active bleeding. If you have a stomach ulcer, make sure your doctor knows.",
    'Niaspan (niacin extended-release) prescribing information, Contraindications: active peptic ulcer disease, arterial bleeding (no staged label)', None, 'moderate')
row('mirabegron-prostate', 'ingredient', 'mirabegron', 'condition', 'condition:enlarged_prostate', "With an enlarged prostate or a blocked bladder, this medicine can make it harder to pass urine. Tell your doctor if you have trouble passing urine. It can also raise blood pressure.",
    'Myrbetriq (mirabegron) prescribing information, Warnings and Precautions: urinary retention with bladder outlet obstruction; increases in blood pressure (no staged label)')
row('mesalamine-kidney', 'ingredient', 'mesalamine', 'condition', 'condition:kidney_disease', "This medicine can affect the kidneys. If you have kidney problems, make sure your doctor knows; your kidney tests will be checked.",
    'Mesalamine delayed-release prescribing information (e.g. Lialda, Asacol HD), Warnings and Precautions: renal impairment (no staged label)')
row('cyclosporine-kidney', 'ingredient', 'cyclosporine', 'condition', 'condition:kidney_disease', "Taken by mouth, this medicine can harm the kidneys and raise blood pressure. If you have kidney problems, make sure your doctor knows; you will need regular blood tests.",
    'Neoral / Gengraf (cyclosporine) prescribing information, Boxed Warning: nephrotoxicity and hypertension (no staged label)', None, 'moderate')
row('clindamycin-diarrhoea', 'ingredient', 'clindamycin', 'other', 'everyone', "Call your doctor if you get watery or bloody diarrhoea while you take this antibiotic or in the months after: it can be a sign of a serious bowel infection.",
    'Clindamycin (oral) prescribing information, Boxed Warning: Clostridioides difficile-associated diarrhea (no staged label)')
row('ketoconazole-liver', 'ingredient', 'ketoconazole', 'condition', 'condition:liver_disease', "Ketoconazole tablets can cause serious liver damage and are not used with liver disease (the cream and shampoo are different). If you take the tablets, make sure your doctor knows about any liver problems.",
    'Ketoconazole tablets prescribing information, Boxed Warning: hepatotoxicity (no staged label)', None, 'moderate')
row('fexofenadine-kidney', 'ingredient', 'fexofenadine', 'condition', 'condition:kidney_disease', "With kidney disease, ask a doctor before using this medicine: you may need a different dose.",
    'Allegra (fexofenadine) Drug Facts label, Warnings: ask a doctor before use if you have kidney disease (no staged label)')
STEROID = "After more than a short course, don't stop this medicine suddenly: your doctor will tell you how to lower the dose."
row('methylprednisolone-stopping', 'ingredient', 'methylprednisolone', 'stopping', 'everyone', STEROID, 'Methylprednisolone acetate prescribing information, Warnings',
    ('methylprednisolone', 'warnings', r'gradual reduction of dosage'))
row('dexamethasone-stopping', 'ingredient', 'dexamethasone', 'stopping', 'everyone', STEROID, 'Dexamethasone tablets prescribing information, Warnings',
    ('dexamethasone', 'warnings', r'gradual reduction of dosage'))
row('prednisolone-stopping', 'ingredient', 'prednisolone', 'stopping', 'everyone', STEROID,
    'Prednisolone (oral) prescribing information, Warnings: adrenocortical insufficiency after too-rapid withdrawal; the staged prednisolone label is an eye drop, the corticosteroid class sentence is', ('dexamethasone', 'warnings', r'gradual reduction of dosage'))

for r in read('/tmp/label_rows.tsv'):
    out.append({c: r[c] for c in COLS})

# ANSM driving levels 2 and 3, joined by RxNorm name, WHO name or the English name guess
ingredients = {r['ingredient'] for r in csv.DictReader(gzip.open('resources/knowledge/runtime/ingredients.tsv.gz', 'rt'), delimiter='\t')}
atc = {r['in_name'].lower(): [c for c in r['atc5_codes'].split(';') if c] for r in csv.DictReader(gzip.open(SRC + 'rxnorm_ingredient_atc5_ndcmap2020.tsv.gz', 'rt'), delimiter='\t')}
classes = read(CUR + 'classes.tsv')
def classes_of(i):
    return {c['class'] for c in classes if i in c['ingredients'].split(';') or any(code.startswith(p) for code in atc.get(i, []) for p in c['atc_prefixes'].split(';') if p)}
driving_rows = {(r['applies_to'], r['target']) for r in out if r['topic'] == 'driving'}
def has_driving_row(i):
    return ('ingredient', i) in driving_rows or any(('class', c) in driving_rows for c in classes_of(i))
# Hospital-only uses (anaesthesia, eye drops given in clinic, neuromuscular blockers, antidotes) would give a tablet or
# an inhaler the level of an injection or a dilating eye drop: those rows are left out.
HOSPITAL = ('N01', 'S01', 'M03A', 'V03AB', 'V03AZ')
best = {}
for a in csv.DictReader(gzip.open(SRC + 'ansm_driving_pictograms_2008-08-08.tsv.gz', 'rt', encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE):
    if a['atc_code_level'] != 'atc5' or 'association' in a['substance_fr'].lower() or a['atc_code'].startswith(HOSPITAL): continue
    names = {n.strip().lower() for n in [a['en_name_guess'], a['who_atc_name_en']] + a['rxnorm_in_names'].split('|') if n.strip()}
    for n in (names & ingredients) - {'alcohol', 'ethanol'}:
        level = int(a['level_max'])
        if level < 2: continue
        if n not in best or level > int(best[n]['level_max']): best[n] = a
for n, a in sorted(best.items()):
    level, lo = int(a['level_max']), int(a['level_min'])
    if level == 2 and has_driving_row(n): continue  # the label or class row already covers driving; level 3 is always shown
    if level == 3 and lo == 3:
        text = "In France this medicine carries the highest driving warning (level 3 of 3): don't drive while you take it, and ask your doctor before you drive again."
    elif level == 3:
        text = "In France some forms or doses of this medicine carry the highest driving warning (level 3 of 3) and others level 2: don't drive without asking your doctor or pharmacist first."
    else:
        text = "In France this medicine carries a level 2 (of 3) driving warning: it can affect how safely you drive. Don't drive without asking your doctor or pharmacist first."
    out.append(dict(id=f"ansm-driving-{re.sub(r'[^a-z0-9]+', '-', n)}", applies_to='ingredient', target=n, topic='driving', audience='drivers', text=text,
                    source=f"ANSM driving pictogram list, arrêté du 8 août 2008 (NOR SJSP0820078A), annex row {a['annex_row']} ({a['atc_code']} {a['substance_fr']}): level {a['level_min']}–{a['level_max']}".replace(f"level {level}–{level}", f"level {level}"),
                    setid='', section=f"ansm:{a['annex_row']}", quote=a['pictogram_level_text'], warning='major' if level == 3 and lo == 3 else ''))

ids = [r['id'] for r in out]
assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
with open(CUR + 'precautions.tsv', 'w', encoding='utf-8') as f:
    f.write('\t'.join(COLS) + '\n')
    for r in out:
        assert all('\t' not in r[c] and '\n' not in r[c] for c in COLS), r['id']
        f.write('\t'.join(r[c] for c in COLS) + '\n')
print(len(out), 'rows')
