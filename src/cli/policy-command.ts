import { existsSync, readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { draftPolicyDocument } from '../policy/init/draft-policy-document.ts';
import { DETECTOR_IDS } from '../policy/rules/index.ts';
import { loadPolicyFile } from '../load-policy-file.ts';
import { questionModelPath } from '../question-model-file.ts';
import { describeHealthProblem, policyHealth } from '../policy/policy-health.ts';
import type { CliCommand } from './cli-command.ts';

const USAGE = 'policy validate <file> | policy init --from-text <file>';

const HEADER = `# Drafted by "policy init --from-text". Check every field before you use it: the ids, the
# headings, the plain summaries, the detector bindings, the owner and the dates. Then run
# "npm run --silent cli -- policy validate <this file>".
`;

/** Whether questions will be answered with the policy's question model, and what to do when not. */
const questionModelNote = (path: string, fits: boolean): string => {
  const modelPath = questionModelPath(path);
  if (fits) return `question model: ${modelPath}`;
  if (!existsSync(modelPath)) return `no question model (${modelPath}): questions are answered by the search alone`;
  return `question model ${modelPath} does not fit this policy (unreadable, or trained for other clause ids): questions are answered by the search alone until it is retrained (scripts/train-question-model.ts)`;
};

/** `policy validate <file>` and `policy init --from-text <file>` (interface.md). */
export const policyCommand: CliCommand = {
  name: 'policy',
  usage: USAGE,
  run: async ({ args, stdout }) => {
    const [action, ...rest] = args;
    if (action === 'validate' && rest.length === 1) {
      const outcome = loadPolicyFile(rest[0]!);
      if (!outcome.ok) return { exitCode: 1, message: outcome.problems.join('\n') };
      const { document, version, questionModel } = outcome.policy;
      stdout.write(`ok: ${document.clauses.length} clauses, version ${version}\n`);
      // Valid, but worth the owner's look: rules no check cites, placeholders left in (a review date passed is the status command's).
      const notes = policyHealth(outcome.policy, new Date()).filter((problem) => problem.kind !== 'review-overdue').map((problem) => `note: ${describeHealthProblem(problem)}`);
      return { exitCode: 0, message: [questionModelNote(rest[0]!, questionModel?.() !== undefined), ...notes].join('\n') };
    }
    if (action === 'init' && rest[0] === '--from-text' && rest.length === 2) {
      let text: string;
      try {
        text = readFileSync(rest[1]!, 'utf8');
      } catch {
        return { exitCode: 1, message: `${rest[1]}: cannot be read` };
      }
      const draft = draftPolicyDocument(text, { knownDetectors: DETECTOR_IDS });
      stdout.write(HEADER + stringify(draft, { lineWidth: 0 }));
      return { exitCode: 0 };
    }
    return { exitCode: 2, message: `usage: ${USAGE}` };
  },
};
