from repBCDE import trust_report
from reports import *
import subprocess
RAT = [('Overall rating for this location', 'Requires improvement'), ('Are services safe?', 'Requires improvement'), ('Are services effective?', 'Good'), ('Are services caring?', 'Good'), ('Are services responsive?', 'Good'), ('Are services well-led?', 'Requires improvement')]
RM = ratings('Requires improvement', 'Requires improvement', 'Good', 'Good', 'Good', 'Requires improvement')
# ---------- C: independent hospital 2016, soft hyphens, incremental update replacing page 2 content
def mk_C(draft):
    d = Doc('Fenmoor Park Hospital Quality Report 04/08/2016', hyph=True)
    first = ('The provider must ensure that the World Health Organization surgical safety checklist is fully completed for every patient undergoing surgery.' if not draft else
             'The provider must ensure that the surgical safety checklist is used.')
    g = {'must': [('Surgery', [(first, None),
            ('The provider must ensure that resuscitation equipment is checked daily and that the checks are recorded.', None),
            ('The provider must ensure that patient records are accurate, com\u00adplete and con\u00adtem\u00adpo\u00adra\u00adne\u00adous, and are stored securely when not in use.', None)]),
          ('Outpatients and diagnostic imaging', [
            ('The provider must ensure that staff who administer intravenous contrast media have completed competency assessments.', None),
            ('The provider must ensure that systems to monitor the quality and safety of services are effective and that audit findings are acted upon.', None)])],
         'should': [('Surgery', [
            ('The provider should ensure that consultants\u2019 practising privileges are reviewed every two years in line with the hospital\u2019s policy.', None),
            ('The provider should consider introducing a formal process for the debriefing of theatre staff after each list.', None),
            ('The provider should ensure that in\u00adfor\u00adma\u00adtion leaflets are available in languages other than English.', None)]),
          ('Outpatients and diagnostic imaging', [
            ('The provider should ensure that waiting times in the outpatient department are monitored and that patients are told about delays.', None),
            ('The provider should ensure that local rules for radiation protection are signed by all staff working in diagnostic imaging.', None),
            ('The provider should review the environment of the phlebotomy room to protect patients\u2019 privacy and dignity.', None)])]}
    trust_report(d, 'Fenmoor Park Hospital', 'Quality Report', '8 to 9 March 2016', '04/08/2016', RAT,
        'We inspected Fenmoor Park Hospital as part of our independent hospital inspection programme. Fenmoor Park Hospital is operated by Mereside Healthcare Limited. We rated the hospital as requires improvement overall.',
        g, 'Action the hospital MUST take to improve', 'Action the hospital SHOULD take to improve')
    return d
dC = mk_C(False); dOld = mk_C(True)
def post_C(path, data, info, doc):
    dOld.close()
    old, oinfo = build(dOld.pages, {'producer': 'EL raw writer'})
    # original file carries the draft page 2; the update replaces page 2 content with the final wording
    import re
    newc = zlib.compress(b''.join(doc.pages[1].ops))
    oldfile = old
    pid, cid = oinfo['page_ids'][1]
    upd = b''; base = len(oldfile)
    body = b'%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n' % (cid, len(newc)) + newc + b'\nendstream\nendobj\n'
    off = base + 1
    upd = b'\n' + body
    x = base + len(upd)
    upd += b'xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n' % (cid, off)
    upd += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n' % (oinfo['size'], oinfo['root'], oinfo['info'], oinfo['xref'], x)
    open(path, 'wb').write(oldfile + upd)
    assert len(doc.pages) == len(dOld.pages)
save('hospital_incremental_2016', dC, {'provider': 'Mereside Healthcare Limited', 'location': 'Fenmoor Park Hospital', 'report_type': 'Quality Report', 'published': '2016-08-04', 'inspection_dates': ['2016-03-08', '2016-03-09'], 'ratings': RM},
     'EL raw PDF writer + hand-written incremental update', post=post_C)
