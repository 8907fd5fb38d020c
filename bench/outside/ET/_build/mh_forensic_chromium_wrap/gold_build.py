import sys,json; sys.path.insert(0,'/tmp/ET-work')
from goldlib import Gold
from locate import locate
PDF='/work/blind/ET/mh_forensic_chromium_wrap/report.pdf'
D=json.load(open('/tmp/ET-work/r4/lists.json'))
SVC='Forensic inpatient or secure wards'
g=Gold()
def run(lst,kind,sec,idx):
    for t in lst:
        L=locate(PDF,t,2,9); print(kind,L,t[:50])
        g.add(kind,t,L[idx][0] if len(L)>idx else L[-1][0],sec,SVC)
run(D['MUST'],'must','Action the provider MUST take to improve',0)
run(D['SHOULD'],'should','Action the provider SHOULD take to improve',0)
run(D['MUST'],'must','Action the provider MUST take to improve',1)
run(D['SHOULD2'],'should','Action the provider SHOULD take to improve',1)
g.write('/work/blind/ET/mh_forensic_chromium_wrap/gold.json','Chromium 156 (Skia/PDF m156)',
 {'provider':'Eastvale Partnership NHS Foundation Trust','location':None,'report_type':'Quality Report','published':'2016-07-28',
  'inspection_dates':['2016-04-19','2016-04-22'],'ratings':{'overall':'Requires improvement','safe':'Requires improvement','effective':'Requires improvement','caring':'Good','responsive':'Good','well_led':'Good'}})
for it in g.items: print(it['page'],it['kind'],it['regulations'],it['text'][:40],it['also_at'])
