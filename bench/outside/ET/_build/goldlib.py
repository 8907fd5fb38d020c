import json, re, os
def norm(s): return re.sub(r'\s+', ' ', s).strip()
class Gold:
    def __init__(self): self.items=[]; self.byk={}
    def add(self, kind, text, page, section, service=None, domain=None, regs=None):
        k=(kind, norm(text))
        if k in self.byk:
            self.byk[k]['also_at'].append({'page':page,'service':service}); return
        it={'kind':kind,'text':text,'page':page,'section':section,'service':service,'domain':domain,
            'regulations':regs if regs is not None else parse_regs(text),'also_at':[]}
        self.items.append(it); self.byk[k]=it
    def write(self, path, producer, meta, notices=None, expect='findings'):
        d={'producer':producer,'expect':expect,'password':None,'meta':meta,'findings':self.items,'notices':notices or []}
        with open(path,'w') as f: json.dump(d,f,indent=1,ensure_ascii=False)
def parse_regs(text):
    out=[]
    m=re.search(r'\((?:Regulation|Reg)\s*(\d+)([^)]*(?:\)[^)]*)*?)\)\s*$', text)
    # simpler: find trailing "(Regulation N(..)(..))"
    m=re.search(r'\(Regulation (\d+)((?:\([0-9a-z]+\))*)\)\s*\.?$', text)
    if m: out.append({'instrument':'RA2014','number':int(m.group(1)),'paragraphs':m.group(2)})
    return out
