import json
L = json.load(open('located.json'))
order = ['medical_care.pdf', 'surgery.pdf', 'maternity.pdf']
stmts = []; key2id = {}
for f in order:
    for r in L[f]['statements']:
        sid = 's%d' % (len(stmts) + 1); key2id[r['key']] = sid
        stmts.append(dict(id=sid, file=f, kind=r['kind'], text=r['text'], page=r['page']))
GROUPS = [
 ['m1','m9','a3','a3x','b2'],   # mandatory training completion (Safe > Mandatory training)
 ['m3','a7','b6'],              # early warning scores (NEWS2 / MEOWS) calculated and escalated
 ['m4','a2'],                   # medicine fridge temperatures
 ['b9','b9x'],                  # medicines / medicine rooms kept locked
 ['m5','b10'],                  # daily checks of resuscitation / emergency equipment
 ['m6','b15'],                  # completeness of patient records incl. risk assessments
 ['m7','a14'],                  # Mental Capacity Act: capacity assessed/recorded
 ['m8','a10'],                  # risk register content and review
 ['m11','a9'],                  # annual appraisal
 ['m14','b12'],                 # learning from incidents shared
 ['a5','b5'],                   # duty of candour written notification/apology
 ['m15','a16'],                 # VTE risk assessment completed
 ['m17','a17'],                 # complaints within policy timescales
 ['m18','b14'],                 # hand hygiene compliance
 ['a1','b13'],                  # WHO surgical safety checklist completed
 ['a11','b7'],                  # policies/guidelines reviewed by review date
]
LOOK = [
 ['m1','m10'],   # mandatory training completion vs NIV competency sign-off
 ['b2','b3'],    # mandatory training completion vs annual CTG competency assessment
 ['m11','b11'],  # annual appraisal vs clinical supervision
 ['m4','b9'],    # medicines storage: fridge temperature vs security/locked rooms
 ['m6','a4'],    # records: completeness vs secure storage
 ['m5','a12'],   # equipment: daily resus checks vs electrical safety testing/servicing
 ['a7','a8'],    # deteriorating patient: NEWS escalation vs sepsis screening/antibiotics
 ['m7','m13'],   # MCA capacity assessments vs DoLS applications
 ['a14','a15'],  # consent: MCA applied vs consent forms completed/copy offered
 ['a6','a13'],   # waiting lists: harm review vs RTT waiting times
 ['m2','m12'],   # staffing: nursing numbers vs senior medical cover out of hours
 ['b4','b12'],   # incidents: timely investigation vs sharing learning
 ['m2','b1'],    # staffing: nurse numbers on medical wards vs midwife numbers (doubtful)
]
seen = set()
for g in GROUPS:
    for k in g: assert k not in seen, k; seen.add(k)
gid = {k: i for i, g in enumerate(GROUPS) for k in g}
for a, b in LOOK: assert gid.get(a, -1) != gid.get(b, -2) or a not in gid, (a, b)
out = dict(statements=stmts,
           groups=[[key2id[k] for k in g] for g in GROUPS],
           lookalikes=[[key2id[a], key2id[b]] for a, b in LOOK])
json.dump(out, open('/work/blind/EQ/labels.json', 'w'), indent=1, ensure_ascii=False)
json.dump(key2id, open('/tmp/EQ-build/key2id.json', 'w'))
print(len(stmts), 'statements', sum(1 for s in stmts if s['kind']=='must'), 'musts;', len(GROUPS), 'groups;', len(LOOK), 'lookalikes')
for f in order: print(f, sum(1 for s in stmts if s['file']==f))
print(key2id)
