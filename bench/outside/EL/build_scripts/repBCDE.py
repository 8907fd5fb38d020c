from reports import *
import subprocess, shutil

def trust_report(doc, prov, rtype, insp, pub, rat, intro, groups, ms_head, ss_head, per_service=True):
    cover(doc, prov, rtype, ['Trust Headquarters, Kingsmere Road', 'Ashworth', 'AS2 9QT'], insp, pub, rat)
    doc.head('Summary of findings')
    doc.para(intro)
    doc.head('Areas for improvement')
    for head, kind in ((ms_head, 'must'), (ss_head, 'should')):
        doc.head(head, 12)
        for svc, items in groups[kind]:
            if svc: doc.para(svc, 'B', 10.5)
            for t, regs in items:
                if regs: t = t + ' (Regulation %d%s)' % (regs[0]['number'], regs[0]['paragraphs'] or '')
                doc.bullet(t, kind, head, svc if per_service else None, regs)

# ---------- B: ambulance trust 2019, rotated pages, out-of-order runs, fi/fl via /Differences
docB = Doc('Westmarch Ambulance Service NHS Trust Inspection report 21/06/2019', ligs=True, shuffle=True, rotate_pages=(2, 3))
gB = {'must': [('Emergency operations centre', [
        ('The trust must ensure that there are sufficient numbers of suitably qualified staff in the emergency operations centre to answer calls within national targets.', [R(18, '(1)')]),
        ('The trust must ensure that clinical staff in the clinical hub complete welfare call-backs for patients waiting for a response in line with trust policy.', [R(12, '(2)(a)')]),
        ('The trust must ensure that the risks identified on the operational risk register have clear mitigating actions and are reviewed within defined timescales.', [R(17, '(2)(b)')])]),
      ('Emergency and urgent care', [
        ('The trust must ensure that vehicle daily inspection checklists are completed and that faults are reported and acted on.', [R(15, '(1)(e)')]),
        ('The trust must ensure that controlled drugs are stored, recorded and destroyed in line with legislation and that discrepancies are investigated.', [R(12, '(2)(g)')]),
        ('The trust must ensure that all staff complete mandatory safeguarding training at the level appropriate to their role.', [R(13, '(2)')])])],
      'should': [('Emergency operations centre', [
        ('The trust should ensure that call handlers receive regular feedback from audits of their calls.', None),
        ('The trust should consider how it can improve the flow of information between the clinical hub and front-line crews.', None)]),
      ('Emergency and urgent care', [
        ('The trust should ensure that fridge temperatures for medicines stored on stations are monitored and recorded daily.', None),
        ('The trust should ensure that staff are confident in using the electronic patient record and that flagged information is reviewed.', None),
        ('The trust should review the arrangements for cleaning vehicles so that deep cleans are carried out at the specified intervals.', None),
        ('The trust should ensure that staff receive an annual appraisal and that completion rates are monitored.', None),
        ('The trust should ensure that hand hygiene audits are carried out at all stations and that the results are shared with staff.', None),
        ('The trust should continue to work with commissioners and acute trusts to reduce the time crews spend waiting to hand over patients at emergency departments.', None)])]}
trust_report(docB, 'Westmarch Ambulance Service NHS Trust', 'Inspection report', '12 to 14 March 2019', '21 June 2019',
    [('Overall rating for this trust', 'Requires improvement'), ('Are services safe?', 'Requires improvement'), ('Are services effective?', 'Good'), ('Are services caring?', 'Good'), ('Are services responsive?', 'Requires improvement'), ('Are services well-led?', 'Requires improvement')],
    'Our rating of this trust went down. We rated it as requires improvement because staffing in the emergency operations centre did not meet demand and flaws in the management of medicines on stations had not been identified by the trust.',
    gB, 'Action the trust MUST take to improve', 'Action the trust SHOULD take to improve')
docB.head('What happens next')
docB.para('We will check that the trust takes the necessary action to improve its services. We will continue to monitor the safety and quality of services through our continuing relationship with the trust and our regular inspections.')
save('ambulance_rotated_2019', docB, {'provider': 'Westmarch Ambulance Service NHS Trust', 'location': None, 'report_type': 'Inspection report', 'published': '2019-06-21', 'inspection_dates': ['2019-03-12', '2019-03-14'],
     'ratings': ratings('Requires improvement', 'Requires improvement', 'Good', 'Good', 'Requires improvement', 'Requires improvement')}, 'EL raw PDF writer (Type1 base-14, /Differences ligatures, /Rotate 90)')
