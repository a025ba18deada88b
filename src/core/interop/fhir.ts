/** The journal as a FHIR R4 Bundle (type collection): episodes and assessments as Observations, sessions as Procedures. */
import type { Assessment } from '../assessment';
import type { Episode, SessionRecord } from '../journal';
import {
  ACTION_LABELS,
  CARE_LEVEL_LABELS,
  CONTEXT_LABELS,
  EPISODE_TYPE_LABELS,
  MASSAGE_LEVEL_LABELS,
  SIGN_LABELS,
} from '../messages/labels';
import { describeSource } from '../sources';
import type { Side } from '../vocabulary';
import { deriveUuid } from './derive-uuid';
import {
  buildBodySite,
  type CodeableConcept,
  DURATION_CODE,
  FINDING_CODES,
  KNEAD_SYSTEM,
  MASSAGE_CODE,
  PAIN_SEVERITY_CODE,
  UCUM,
} from './fhir-codes';

/** A FHIR resource as plain JSON (the validator in tests checks it against the R4 definitions). */
export interface FhirResource {
  resourceType: string;
  id?: string;
  [element: string]: unknown;
}
export interface FhirBundle extends FhirResource {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
}

export interface FhirJournal {
  episodes: readonly Episode[];
  sessions?: readonly SessionRecord[];
}

export interface FhirBundleOptions {
  /** Bundle.timestamp; defaults to now. */
  timestamp?: string;
}

/**
 * Builds a FHIR R4 collection Bundle. Without `patientRef` an anonymous Patient entry is added as the subject.
 * @example buildFhirBundle({ episodes: [episode], sessions: [] }, 'Patient/123').entry.length // 2 (episode + its assessment)
 */
export function buildFhirBundle(
  journal: FhirJournal,
  patientRef?: string,
  options: FhirBundleOptions = {},
): FhirBundle {
  const timestamp = options.timestamp ?? new Date().toISOString();
  const entry: FhirBundle['entry'] = [];
  let subject: { reference: string };
  if (patientRef) subject = { reference: patientRef };
  else {
    const patientId = deriveUuid('knead:patient');
    entry.push({
      fullUrl: `urn:uuid:${patientId}`,
      resource: { resourceType: 'Patient', id: patientId, active: true },
    });
    subject = { reference: `urn:uuid:${patientId}` };
  }
  const sides = new Map<string, Side | undefined>();
  for (const episode of journal.episodes) {
    sides.set(episode.id, episode.side);
    entry.push({ fullUrl: `urn:uuid:${episode.id}`, resource: buildEpisodeObservation(episode, subject) });
    if (episode.assessment) {
      const resource = buildAssessmentObservation(episode, episode.assessment, subject);
      entry.push({ fullUrl: `urn:uuid:${resource.id}`, resource });
    }
  }
  for (const session of journal.sessions ?? []) {
    const linked = session.episodeId !== undefined && sides.has(session.episodeId);
    const side = linked ? sides.get(session.episodeId as string) : undefined;
    entry.push({ fullUrl: `urn:uuid:${session.id}`, resource: buildMassageProcedure(session, subject, side, linked) });
  }
  return { resourceType: 'Bundle', id: deriveUuid(`knead:bundle:${timestamp}`), type: 'collection', timestamp, entry };
}

function endOf(startedAt: string, minutes: number): string {
  return new Date(Date.parse(startedAt) + Math.round(minutes * 60_000)).toISOString();
}

/** Brief episodes (≤ 10 min, the article's cramp) are coded Cramp; longer or unknown ones Spasm. */
function findingOf(episode: Episode): CodeableConcept {
  const isCramp = episode.durationMinutes !== undefined && episode.durationMinutes <= 10;
  return isCramp
    ? { coding: [FINDING_CODES.cramp], text: 'Muscle cramp' }
    : { coding: [FINDING_CODES.spasm], text: 'Muscle spasm' };
}

function buildEpisodeObservation(episode: Episode, subject: { reference: string }): FhirResource {
  const component: unknown[] = [];
  if (episode.intensity !== undefined) {
    component.push({
      code: { coding: [PAIN_SEVERITY_CODE], text: 'Pain at worst (0–10)' },
      valueInteger: episode.intensity,
    });
  }
  if (episode.durationMinutes !== undefined) {
    component.push({
      code: { coding: [DURATION_CODE], text: 'Duration' },
      valueQuantity: { value: episode.durationMinutes, unit: 'min', system: UCUM, code: 'min' },
    });
  }
  const notes = [
    episode.context.length > 0 ? `Context: ${episode.context.map((id) => CONTEXT_LABELS[id]).join('; ')}` : '',
    episode.signs.length > 0 ? `Signs: ${episode.signs.map((id) => SIGN_LABELS[id].label).join('; ')}` : '',
    episode.actions.length > 0 ? `Self-care: ${episode.actions.map((id) => ACTION_LABELS[id]).join('; ')}` : '',
    episode.painBefore !== undefined || episode.painAfter !== undefined
      ? `Pain before/after self-care: ${episode.painBefore ?? '?'} → ${episode.painAfter ?? '?'}`
      : '',
    episode.response ? `Response: ${episode.response}` : '',
    episode.notes ?? '',
  ].filter((text) => text !== '');
  return compact({
    resourceType: 'Observation',
    id: episode.id,
    status: 'final',
    code: findingOf(episode),
    subject,
    effectivePeriod:
      episode.durationMinutes !== undefined
        ? { start: episode.startedAt, end: endOf(episode.startedAt, episode.durationMinutes) }
        : undefined,
    effectiveDateTime: episode.durationMinutes === undefined ? episode.startedAt : undefined,
    bodySite: buildBodySite(episode.region, episode.side),
    component: component.length > 0 ? component : undefined,
    note: notes.length > 0 ? notes.map((text) => ({ text })) : undefined,
  });
}

function buildAssessmentObservation(
  episode: Episode,
  assessment: Assessment,
  subject: { reference: string },
): FhirResource {
  const care = CARE_LEVEL_LABELS[assessment.care].label;
  const massage = MASSAGE_LEVEL_LABELS[assessment.massage].label;
  const concept = (system: string, code: string, display: string): CodeableConcept => ({
    coding: [{ system: `${KNEAD_SYSTEM}/${system}`, code, display }],
    text: display,
  });
  return {
    resourceType: 'Observation',
    id: deriveUuid(`${episode.id}:assessment`),
    status: 'final',
    code: concept('observation', 'self-care-triage', 'Self-care triage assessment (Knead, not a diagnosis)'),
    subject,
    effectiveDateTime: episode.startedAt,
    derivedFrom: [{ reference: `urn:uuid:${episode.id}` }],
    valueCodeableConcept: concept('care-level', assessment.care, care),
    component: [
      {
        code: concept('observation', 'massage-permission', 'Massage permission'),
        valueCodeableConcept: concept('massage-level', assessment.massage, massage),
      },
      {
        code: concept('observation', 'episode-type', 'Episode type'),
        valueCodeableConcept: concept(
          'episode-type',
          assessment.episodeType,
          EPISODE_TYPE_LABELS[assessment.episodeType].label,
        ),
      },
    ],
    note: assessment.reasons.map((reason) => ({ text: `${reason.text} (source: ${describeSource(reason.source)})` })),
  };
}

function buildMassageProcedure(
  session: SessionRecord,
  subject: { reference: string },
  side: Side | undefined,
  linked: boolean,
): FhirResource {
  const status = session.stoppedEarly ? 'stopped' : session.endedAt ? 'completed' : 'in-progress';
  const hasPain = session.painBefore !== undefined || session.painAfter !== undefined;
  return compact({
    resourceType: 'Procedure',
    id: session.id,
    status,
    statusReason: session.stoppedEarly
      ? {
          text:
            session.stopReason === 'worse'
              ? 'Pain got worse during massage: stopped, advised to seek medical advice'
              : 'Stopped by the person',
        }
      : undefined,
    code: { coding: [MASSAGE_CODE], text: `Guided self-massage (${MASSAGE_LEVEL_LABELS[session.massage].label})` },
    subject,
    performedPeriod: compact({ start: session.startedAt, end: session.endedAt }),
    bodySite: [buildBodySite(session.region, side)],
    reasonReference: linked ? [{ reference: `urn:uuid:${session.episodeId}` }] : undefined,
    outcome: hasPain ? { text: `Pain ${session.painBefore ?? '?'} → ${session.painAfter ?? '?'} (0–10)` } : undefined,
    note: [
      {
        text: `${session.stepsCompleted} of ${session.plan.steps.length} steps completed: ${session.plan.steps
          .map((step) => step.title)
          .join(', ')}`,
      },
    ],
  });
}

/** Drops undefined members so the JSON has no empty elements (FHIR forbids them). */
function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T;
}
