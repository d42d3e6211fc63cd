import { DETECTOR_IDS } from './rules/index.ts';

/**
 * Problems the schema alone cannot see: duplicate ids, and references to clauses, sections and
 * detectors that do not exist. It reads the raw document defensively, so that these problems
 * are reported together with the schema's own, all at once.
 */
export interface PathProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {})) : [];
const strings = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const crossReferenceProblems = (raw: unknown): PathProblem[] => {
  if (typeof raw !== 'object' || raw === null) return [];
  const document = raw as Record<string, unknown>;
  const problems: PathProblem[] = [];
  const clauses = records(document.clauses);
  const sectionIds = new Set(records(document.sections).map((section) => section.id));
  const clauseIds = new Set(clauses.map((clause) => clause.id));

  const seen = new Set<unknown>();
  clauses.forEach((clause, index) => {
    if (typeof clause.id === 'string' && seen.has(clause.id)) problems.push({ path: ['clauses', index, 'id'], message: `duplicate id "${clause.id}"` });
    seen.add(clause.id);
    if (typeof clause.section === 'string' && !sectionIds.has(clause.section)) {
      problems.push({ path: ['clauses', index, 'section'], message: `unknown section "${clause.section}"` });
    }
    strings(clause.detectors).forEach((binding, bindingIndex) => {
      const detector = typeof binding === 'object' && binding !== null ? (binding as { detector?: unknown }).detector : binding;
      if (typeof detector === 'string' && !DETECTOR_IDS.has(detector)) {
        problems.push({ path: ['clauses', index, 'detectors', bindingIndex], message: `unknown detector "${detector}"` });
      }
    });
    strings(clause.related).forEach((related, relatedIndex) => {
      if (typeof related === 'string' && !clauseIds.has(related)) {
        problems.push({ path: ['clauses', index, 'related', relatedIndex], message: `unknown clause "${related}"` });
      }
    });
  });
  const walkthrough = document.walkthrough as { steps?: unknown } | undefined;
  strings(walkthrough?.steps).forEach((step, index) => {
    if (typeof step === 'string' && !clauseIds.has(step)) problems.push({ path: ['walkthrough', 'steps', index], message: `unknown clause "${step}"` });
  });
  return problems;
};
