/** Shown with every assessment: Knead informs self-care, it never diagnoses. */
export const DISCLAIMER =
  'Knead does not diagnose. It gives general self-care information drawn from the cited sources and is not a substitute for a doctor, physiotherapist or other clinician. If you are worried, if symptoms are severe, or if they get worse, get medical help; in an emergency call your local emergency number.';
