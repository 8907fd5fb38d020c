import re, json
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
FD='/usr/share/fonts/truetype/dejavu/'
FONTS={'R':FD+'DejaVuSans.ttf','B':FD+'DejaVuSans-Bold.ttf','I':FD+'DejaVuSans-Oblique.ttf',
       'S':FD+'DejaVuSerif.ttf','SB':FD+'DejaVuSerif-Bold.ttf'}
for k,v in FONTS.items(): pdfmetrics.registerFont(TTFont('EG'+k,v))
def sw(s,f,size): return pdfmetrics.stringWidth(s,'EG'+f,size)

def regs(text):
    out=[]
    m=re.search(r'\((Regulations? .*?)\)\s*\.?$',text)
    if not m: return out
    inst='RA2010' if '2010' in m.group(1) else 'RA2014'
    for n,p in re.findall(r'(\d+)((?:\s*\([0-9a-z]+\))*)',re.sub(r'\b20(08|10|14)\b','',m.group(1))):
        out.append({'instrument':inst,'number':int(n),'paragraphs':p.replace(' ','')})
    return out

class Doc:
    def __init__(self,template):
        self.template=template   # fn(doc,pageindex)->(size,frames,furniture ops)
        self.pages=[]; self.findings=[]; self.cont=None
        self.newpage()
    def newpage(self,template=None):
        if template: self.template=template
        size,frames,ops=self.template(self,len(self.pages))
        self.pages.append({'size':size,'ops':list(ops)}); self.frames=frames; self.fi=0
        self.y=frames[0][1]
    @property
    def frame(self): return self.frames[self.fi]
    def nextframe(self):
        if self.fi+1<len(self.frames): self.fi+=1; self.y=self.frame[1]
        else: self.newpage()
        if self.cont:
            f,sz,col=self.cont[1:]
            self.line(self.frame[0],self.cont[0],f,sz,sz*1.6,col)
    def line(self,x,s,f,size,lead,col=(0,0,0)):
        if self.y+lead>self.frame[3]: self.nextframe()
        self.y+=lead
        self.pages[-1]['ops'].append(('text',x,self.y-lead*0.25,s,f,size,col))
    def space(self,h):
        self.y+=h
    def rect(self,x,y,w,h,col): self.pages[-1]['ops'].append(('rect',x,y,w,h,col))
    def ensure(self,h):
        if self.y+h>self.frame[3]: self.nextframe()
    def wrap(self,tokens,width):
        lines=[];cur=[];w=0
        for t,f,size in tokens:
            tw=sw(t,f,size); spw=sw(' ',f,size)
            if cur and w+spw+tw>width:
                lines.append(cur);cur=[];w=0
            if cur: w+=spw
            cur.append((t,f,size,w)); w+=tw
        if cur: lines.append(cur)
        return lines
    def para(self,text,f='R',size=9,lead=None,indent=0,marker=None,finding=None,col=(0,0,0),band=None,first_indent=0):
        """text may contain *bold* and _italic_ words"""
        lead=lead or size*1.25
        toks=[]
        for w in text.split():
            ff=f
            if w.startswith('*') and '*' in w[1:]: ff='B'
            if w.startswith('_') and '_' in w[1:]: ff='I'
            toks.append((w.replace('*','').replace('_',''),ff,size))
        x0=self.frame[0]+indent; width=self.frame[2]-indent
        lines=self.wrap(toks,width)
        page=None
        for i,ln in enumerate(lines):
            if self.y+lead>self.frame[3]: self.nextframe(); x0=self.frame[0]+indent
            if band: self.rect(self.frame[0],self.y,self.frame[2],lead,band)
            self.y+=lead
            base=self.y-lead*0.25
            if i==0:
                page=len(self.pages)
                if marker: self.pages[-1]['ops'].append(('text',x0-indent+ (indent-sw(marker,f,size))-3 if indent else x0-10,base,marker,f,size,col))
            for t,ff,sz,xx in ln:
                self.pages[-1]['ops'].append(('text',x0+xx,base,t,ff,sz,col))
        plain=' '.join(t for t,_,_ in toks)
        if finding is not None: self.add_finding(plain,page,**finding)
        return page,plain
    def add_finding(self,text,page,kind,section=None,service=None,domain=None,regulations=None):
        for fd in self.findings:
            if fd['text']==text:
                fd['also_at'].append({'page':page,'service':service}); return
        self.findings.append({'kind':kind,'text':text,'page':page,'section':section,'service':service,
            'domain':domain,'regulations':regulations if regulations is not None else regs(text),'also_at':[]})

def render_cairo(doc,path):
    import cairo
    w,h=doc.pages[0]['size']
    s=cairo.PDFSurface(path,w,h); s.set_metadata(cairo.PDF_METADATA_CREATOR,'cairo')
    c=cairo.Context(s)
    for pg in doc.pages:
        s.set_size(*pg['size'])
        for op in pg['ops']:
            if op[0]=='rect':
                _,x,y,ww,hh,col=op; c.set_source_rgb(*col); c.rectangle(x,y,ww,hh); c.fill()
            else:
                _,x,y,t,f,size,col=op
                fam='DejaVu Serif' if f.startswith('S') else 'DejaVu Sans'
                c.select_font_face(fam,cairo.FONT_SLANT_OBLIQUE if f=='I' else cairo.FONT_SLANT_NORMAL,
                    cairo.FONT_WEIGHT_BOLD if f in('B','SB') else cairo.FONT_WEIGHT_NORMAL)
                c.set_font_size(size); c.set_source_rgb(*col); c.move_to(x,y); c.show_text(t)
        c.show_page()
    s.finish()

def render_skia(doc,path,order=None):
    import skia
    st=skia.FILEWStream(path)
    d=skia.PDF.MakeDocument(st,skia.PDF.Metadata({'Creator':'booklet imposition'}))
    tf={k:skia.Typeface.MakeFromFile(v) for k,v in FONTS.items()}
    for i in (order or range(len(doc.pages))):
        pg=doc.pages[i]; w,h=pg['size']
        with d.page(w,h) as c:
            for op in pg['ops']:
                if op[0]=='rect':
                    _,x,y,ww,hh,col=op
                    c.drawRect(skia.Rect.MakeXYWH(x,y,ww,hh),skia.Paint(Color=skia.Color(*[int(v*255) for v in col])))
                else:
                    _,x,y,t,f,size,col=op
                    fo=skia.Font(tf[f],size); fo.setSubpixel(True); fo.setLinearMetrics(True); fo.setHinting(skia.FontHinting.kNone)
                    c.drawString(t,x,y,fo,skia.Paint(AntiAlias=True,Color=skia.Color(*[int(v*255) for v in col])))
    d.close(); st.flush(); del st

def render_mpl(doc,path):
    import matplotlib; matplotlib.use('pdf')
    matplotlib.rcParams['pdf.fonttype']=3
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.font_manager import FontProperties
    from matplotlib.patches import Rectangle
    fp={k:FontProperties(fname=v) for k,v in FONTS.items()}
    with PdfPages(path,metadata={'Creator':'matplotlib report builder'}) as pdf:
        for pg in doc.pages:
            w,h=pg['size']; fig=plt.figure(figsize=(w/72,h/72))
            for op in pg['ops']:
                if op[0]=='rect':
                    _,x,y,ww,hh,col=op
                    fig.patches.append(Rectangle((x/w,1-(y+hh)/h),ww/w,hh/h,transform=fig.transFigure,color=col,lw=0))
                else:
                    _,x,y,t,f,size,col=op
                    fig.text(x/w,1-y/h,t,fontproperties=fp[f],fontsize=size,va='baseline',ha='left',color=col)
            pdf.savefig(fig); plt.close(fig)

def write_gold(folder,producer,meta,findings,notices=(),expect='findings'):
    import os; os.makedirs(folder,exist_ok=True)
    json.dump({'producer':producer,'expect':expect,'password':None,'meta':meta,'findings':findings,'notices':list(notices)},
              open(folder+'/gold.json','w'),indent=1,ensure_ascii=False)

def render_rl(doc,path):
    from reportlab.pdfgen import canvas
    c=canvas.Canvas(path,pagesize=doc.pages[0]['size'])
    for pg in doc.pages:
        w,h=pg['size']; c.setPageSize((w,h))
        for op in pg['ops']:
            if op[0]=='rect':
                _,x,y,ww,hh,col=op; c.setFillColorRGB(*col); c.rect(x,h-y-hh,ww,hh,stroke=0,fill=1)
            else:
                _,x,y,t,f,size,col=op; c.setFillColorRGB(*col); c.setFont('EG'+f,size); c.drawString(x,h-y,t)
        c.showPage()
    c.save()
