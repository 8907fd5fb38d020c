import sys; sys.path.insert(0,'/tmp/ET-work')
from goldlib import Gold
from locate import locate
PDF='/work/blind/ET/gp_troff_overstrike/report.pdf'
M=["Ensure that recruitment checks, including Disclosure and Barring Service checks for clinical staff, are carried out and recorded before staff start work.",
"Ensure that the cold chain is maintained for vaccines and that fridge temperatures are recorded daily and acted on when they are out of range.",
"Ensure that all staff receive safeguarding training relevant to their role, including level 3 child safeguarding training for GPs.",
"Implement a system to assess, monitor and mitigate the risks relating to fire safety and legionella."]
S1=["Review the system for recording and acting on significant events so that learning is shared with all staff.",
"Improve the identification of carers so that they can be offered support.",
"Consider ways of improving patient satisfaction with telephone access to the practice.",
"Ensure that the practice’s complaints leaflet tells patients how to escalate a complaint to the Parliamentary and Health Service Ombudsman.",
"Continue to review the uptake of cervical screening and childhood immunisations."]
S2=list(S1); S2[1]="Improve the identification of carers so they can be offered support."
g=Gold()
def run(lst,kind,sec,idx):
    for t in lst:
        L=locate(PDF,t); print(kind,L,t[:40])
        pg=L[idx][0] if len(L)>idx else L[-1][0]
        g.add(kind,t,pg,sec,None,None,[])
run(M,'must','The areas where the provider must make improvement are:',0)
run(S1,'should','The areas where the provider should make improvement are:',0)
run(M,'must','Action the service MUST take to improve',1)
run(S2,'should','Action the service SHOULD take to improve',1)
g.write('/work/blind/ET/gp_troff_overstrike/gold.json','groff 1.22.4 / gropdf',
 {'provider':'Dr Imran Qureshi and Partners','location':'Larkfield Surgery','report_type':'Quality Report','published':'2016-05-19',
  'inspection_dates':['2016-03-03'],'ratings':{'overall':'Requires improvement','safe':'Requires improvement','effective':'Good','caring':'Good','responsive':'Good','well_led':'Requires improvement'}})
for it in g.items: print(it['page'],it['kind'],it['text'][:40],it['also_at'])
