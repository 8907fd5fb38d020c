# -*- coding: utf-8 -*-
TRUST = "Wealdmoor Ambulance Service NHS Trust"
ADDRESS = ["Kestrel House", "Lanmoor Business Park", "Ashwell Road", "Westbury-on-Lane", "WL4 7QT"]
TEL = "01632 960 418"
WEB = "www.wealdmoorambulance.nhs.uk"
VISIT = "14 May to 16 May 2019"
PUB = "20 September 2019"
PUBSHORT = "20/09/2019"

# statements: (key, kind, text)
EOC_MUST = [
 ("e1", "The trust must ensure that all emergency operations centre staff complete their mandatory training in line with the trust’s compliance target. (Regulation 18(2)(a))"),
 ("e2", "The trust must ensure that there are sufficient numbers of suitably skilled call handlers and clinical advisors on each shift to meet demand. (Regulation 18(1))"),
 ("e3", "The trust must ensure that patients waiting for an ambulance response receive welfare calls and clinical reassessment in line with the trust’s call-back policy. (Regulation 12(2)(a))"),
 ("e4", "The trust must ensure that serious incidents are investigated within the required timescales and that the backlog of open incident investigations is reduced. (Regulation 17(2)(b))"),
 ("e5", "The trust must ensure that all staff in the emergency operations centre have an up-to-date annual appraisal. (Regulation 18(2)(a))"),
 ("e6", "The trust must ensure that audits of call handling against the triage system standards are completed at the required frequency and that call handlers receive feedback on the results. (Regulation 17(2)(a))"),
]
EOC_SHOULD = [
 ("e7", "The trust should ensure that clinical advisors in the clinical hub receive regular clinical supervision."),
 ("e8", "The trust should ensure that clinicians working in the clinical hub have completed and been signed off against the remote clinical assessment competency framework before they work unsupervised."),
 ("e9", "The trust should ensure that staff in the emergency operations centre know how to raise a safeguarding referral."),
 ("e10", "The trust should ensure that the emergency operations centre risk register includes all known risks and that mitigating actions are reviewed by their due dates."),
 ("e11", "The trust should ensure that policies and standard operating procedures used in the emergency operations centre are reviewed by their review dates."),
 ("e12", "The trust should ensure that complaints about the emergency operations centre are acknowledged and answered within the timescales set out in the trust’s complaints policy."),
 ("e13", "The trust should ensure that special patient notes on the computer-aided dispatch system are reviewed and kept up to date."),
 ("e14", "The trust should continue to work to improve the time taken to answer 999 calls."),
]
EUC_MUST = [
 ("u1", "The trust must ensure that frontline ambulance staff complete mandatory training, including the annual clinical update, so that the trust’s target is met. (Regulation 18(2)(a))"),
 ("u2", "The trust must ensure that controlled drugs registers are completed accurately at all stations and that any discrepancies are reported and investigated. (Regulation 12(2)(g))"),
 ("u3", "The trust must ensure that medical gases are stored securely, in well-ventilated areas, at all ambulance stations. (Regulation 12(2)(g))"),
 ("u4", "The trust must ensure that daily vehicle and equipment checks, including checks of defibrillators and emergency bags, are completed and recorded before each shift. (Regulation 15(1)(e))"),
 ("u5", "The trust must ensure that patient care records are fully completed, including observations, pain scores and the reasons for any decision not to convey a patient. (Regulation 17(2)(c))"),
 ("u6", "The trust must ensure that staff assess and record patients’ mental capacity when a patient declines treatment or conveyance to hospital. (Regulation 11(1))"),
 ("u7", "The trust must ensure that paramedics and emergency care assistants have regular access to clinical supervision. (Regulation 18(2)(a))"),
 ("u8", "The trust must ensure that the duty of candour is applied, and that this is recorded, for every notifiable safety incident. (Regulation 20)"),
]
EUC_SHOULD = [
 ("u9", "The trust should ensure that crews complete conflict resolution and manual handling training."),
 ("u10", "The trust should ensure that controlled drug safes at stations are kept locked and that access to the keys is limited to authorised staff."),
 ("u11", "The trust should ensure that paper patient care records are kept secure on vehicles and are taken to stations promptly at the end of each shift."),
 ("u12", "The trust should ensure that vehicles are serviced and maintained in line with the fleet maintenance schedule."),
 ("u13", "The trust should ensure that vehicle deep cleans are completed within the scheduled interval and that this is recorded."),
 ("u14", "The trust should ensure that learning from incidents is shared with frontline staff at every station."),
 ("u15", "The trust should ensure that all crews understand how to make a safeguarding referral, including out of hours."),
 ("u16", "The trust should ensure that road staff receive an appraisal every year."),
 ("u17", "The trust should ensure that there are enough ambulance crews on each shift to fill the planned rota."),
 ("u18", "The trust should continue to work with local hospitals to reduce delays in handing patients over at emergency departments."),
 ("u19", "The trust should continue to work to improve response times for category 1 and category 2 calls."),
]
PTS_MUST = [
 ("p1", "The service must ensure that all staff, including volunteer car drivers, have a Disclosure and Barring Service check before they start transporting patients. (Regulation 19(1))"),
 ("p2", "The service must ensure that patient transport vehicles are deep cleaned in line with the trust’s cleaning schedule. (Regulation 12(2)(h))"),
 ("p3", "The service must ensure that there are effective governance systems to monitor the quality and performance of the service, including the work of subcontracted transport providers. (Regulation 17(2)(a))"),
 ("p4", "The service must ensure that wheelchairs and stretchers are secured with the correct restraints during every journey. (Regulation 12(2)(e))"),
]
PTS_SHOULD = [
 ("p5", "The service should ensure that patient transport staff, including bank staff, complete mandatory training."),
 ("p6", "The service should ensure that Disclosure and Barring Service checks for existing staff are renewed in line with the trust’s policy."),
 ("p7", "The service should ensure that medical gas cylinders are stored securely at all stations, with full and empty cylinders kept apart."),
 ("p8", "The service should ensure that vehicle daily inspection checklists are completed before each shift."),
 ("p9", "The service should ensure that staff have an annual performance and development review."),
 ("p10", "The service should ensure that learning from incidents is shared consistently with patient transport staff."),
 ("p11", "The service should ensure that risks to the service are recorded on the risk register and reviewed regularly."),
 ("p12", "The service should ensure that local policies are in date and reflect current national guidance."),
 ("p13", "The service should ensure that complaints are responded to within the timescales in the trust’s complaints policy."),
 ("p14", "The service should ensure that staff understand their responsibilities under the Mental Capacity Act 2005."),
 ("p15", "The service should ensure that eligibility criteria for patient transport are applied consistently when journeys are booked."),
 ("p16", "The service should reduce the time patients wait for transport home after discharge from hospital."),
]
# near-repeat printed only in the chapter list of PTS (replaces p10 there)
P10B = ("p10b", "The service should ensure that learning from incidents is shared consistently with all patient transport staff.")
