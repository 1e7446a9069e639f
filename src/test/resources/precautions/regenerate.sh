#!/bin/sh
# Regenerates resources/knowledge/curated/precautions.tsv from the staged data (run from the repo root; review the diff).
set -e
DATA=${1:-/work/shared/data}
python3 src/test/resources/precautions/stage_sources.py "$DATA"
python3 src/test/resources/precautions/generate_label_rows.py "$DATA/openfda_labels/openfda_label_precaution_mentions.tsv.gz" \
  "$DATA/openfda_labels/medguard_openfda_labels_raw.jsonl.gz" \
  "aspirin,salsalate,codeine,tramadol,promethazine,isotretinoin,formoterol,semaglutide,liraglutide,dulaglutide,warfarin,rivaroxaban,digoxin,paroxetine,nitrofurantoin,doxazosin,prazosin,terazosin,clonidine,guanfacine,amiodarone,dronedarone,metoclopramide,estradiol,desmopressin,benztropine,trihexyphenidyl,dicyclomine,hyoscyamine,scopolamine,canagliflozin,dapagliflozin,empagliflozin,chlorthalidone,sildenafil,tadalafil,nitroglycerin,levothyroxine,liothyronine,cilostazol,pioglitazone,prasugrel,flecainide,propafenone,acyclovir,valacyclovir,nifedipine,verapamil,dabigatran,sitagliptin,linagliptin,saxagliptin,fluticasone,mometasone,beclomethasone,budesonide,triamcinolone,potassium chloride,bisacodyl,sennosides,docusate,calcium carbonate,niacin,mirabegron,mesalamine,cyclosporine,clindamycin,ketoconazole,fexofenadine,methylprednisolone,dexamethasone,prednisolone,selegiline" > /tmp/label_rows.tsv
python3 src/test/resources/precautions/assemble_precautions.py src/test/resources/precautions/hand_rows_before.tsv
