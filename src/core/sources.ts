/**
 * Where every statement comes from. `article:*` ids are sections of the seed article
 * (`shared/seed/000_5a04261cc917301a.txt`); the others are the clinical sources listed in DESIGN.md.
 */
export const SOURCES = {
  'article:intro': 'Article: "Should You Massage Muscle Spasms?" (introduction)',
  'article:causes': 'Article: "Understanding Muscle Spasms Cause"',
  'article:aggravators': 'Article: "What Makes Muscle Spasms Worse?"',
  'article:duration': 'Article: "How Long Should Muscle Spasms Last?"',
  'article:should-massage': 'Article: "Should You Massage a Muscle Spasm?"',
  'article:how-to-massage': 'Article: "How Do You Massage a Muscle Spasm?"',
  'article:why-feels-good': 'Article: "Why Does Massaging Sore Muscles Feel Good?"',
  'article:shoulder-pain': 'Article: "How to Do a Massage for Shoulder Pain?"',
  'article:techniques': 'Article: "Muscle Spasm Massage Techniques"',
  'article:does-massage-help': 'Article: "Does Massage Help Muscle Spasms?"',
  'article:pinched-nerve': 'Article: "Can a Massage Really Help a Pinched Nerve?"',
  'article:when-massage-helps': 'Article: "When Can a Massage Help to Reduce Muscle Spasms?"',
  'article:benefits': 'Article: "Benefits of Massage for Muscle Spasms"',
  'article:frequency': 'Article: "How Often Should You Massage a Sore Muscle?"',
  'article:after-workout': 'Article: "Can Getting a Massage After a Workout Affect Muscle Growth?"',
  'nhs:leg-cramps': 'NHS: Leg cramps',
  'nhs:dvt': 'NHS: Deep vein thrombosis (DVT)',
  'mayo:muscle-cramp': 'Mayo Clinic: Muscle cramp / Night leg cramps',
  'medlineplus:muscle-cramps': 'MedlinePlus: Muscle cramps',
  'merck:muscle-cramps': 'Merck Manual (consumer version): Muscle cramps',
  'clinical:hypocalcaemia': 'Clinical guidance: hypocalcaemia (tetany) — perioral tingling, carpopedal spasm',
  'clinical:cauda-equina': 'Clinical guidance: cauda equina syndrome (saddle numbness, bladder or bowel change)',
  'clinical:rhabdomyolysis': 'Clinical guidance: rhabdomyolysis (dark urine after exertion)',
  'clinical:tetanus': 'Clinical guidance: tetanus (jaw stiffness after a wound)',
  'clinical:fracture-compartment': 'Clinical guidance: fracture and compartment syndrome after injury',
  'clinical:emergency-signs': 'Clinical guidance: chest pain, breathing difficulty or confusion need emergency care',
  'clinical:infection': 'Clinical guidance: fever with a red, warm or swollen area may be an infection',
  'clinical:massage-precautions':
    'Clinical guidance: massage precautions (bleeding disorders, anticoagulants, pregnancy, neck, nerve symptoms)',
  'nhs:back-pain': 'NHS: Back pain (when to get urgent help)',
  'nhs:neck-pain': 'NHS: Neck pain and stiff neck',
  'nhs:meningitis': 'NHS: Meningitis (call 999 or go to A&E)',
  'nhs:sprains-strains': 'NHS: Sprains and strains (avoid heat, alcohol and massage for the first days)',
  'nhs:tetanus': 'NHS: Tetanus',
  'nhs:heatstroke': 'NHS: Heat exhaustion and heatstroke',
  'nhs:anticoagulants': 'NHS: Blood thinners (anticoagulants): bleeding and bruising that need urgent help',
  'nhs:peripheral-arterial-disease':
    'NHS: Peripheral arterial disease (PAD): see a GP if leg pain comes at rest or gets worse',
  'nice:cks-back-pain': 'NICE CKS: Back pain – low (without radiculopathy) and sciatica: red flags',
  'nice:cks-neck-pain': 'NICE CKS: Neck pain – non-specific: red flags',
  'nice:ng234-spinal-metastases': 'NICE NG234: Spinal metastases and metastatic spinal cord compression',
  'clinical:acute-dystonia':
    'Clinical guidance: acute dystonic reactions to medicines (for example metoclopramide or antipsychotics)',
  'clinical:coverage': 'Knead coverage statement: who the guidance is written for (docs/safety/rules.md)',
} as const;

export type SourceId = keyof typeof SOURCES;

/** The human-readable citation for a source id. @example citeSource('nhs:leg-cramps') // 'NHS: Leg cramps' */
export function citeSource(id: SourceId): string {
  return SOURCES[id];
}

/**
 * A source as readable text, whether given as a SourceId or already as citation text (outward `source`
 * fields carry the text; typed knowledge data carries ids).
 * @example describeSource('nhs:leg-cramps') // 'NHS: Leg cramps'
 */
export function describeSource(source: string): string {
  return source in SOURCES ? SOURCES[source as SourceId] : source;
}
