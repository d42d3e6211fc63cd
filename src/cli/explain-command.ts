import { explainTopic, type Explanation } from '../policy/explain-clause.ts';
import type { CliCommand } from './cli-command.ts';

/** `explain <topic…>`: the explanation as readable text on standard output; exit 1 when the topic is not found. */
export const explainCommand: CliCommand = {
  name: 'explain',
  usage: 'explain [topic…]',
  run: async ({ args, stdout, loadPolicy }) => {
    const explanation = explainTopic(loadPolicy(), args.join(' '));
    stdout.write(`${explanationText(explanation)}\n`);
    // Like grep: a topic the policy does not cover is not found, whatever is suggested instead.
    return { exitCode: explanation.kind === 'unknown' ? 1 : 0 };
  },
};

const indent = (text: string): string =>
  text
    .split('\n')
    .map((line) => (line === '' ? '' : `    ${line}`))
    .join('\n');

/** Plain text for a person: headings, ids, the verbatim quote, the summary, related ids. */
export const explanationText = (explanation: Explanation): string => {
  switch (explanation.kind) {
    case 'topics':
      return [
        'Topics of the policy (explain <topic> for one):',
        ...explanation.sections.map(
          (section) => `\n${section.title}\n${section.clauses.map((clause) => `  ${clause.id} — ${clause.heading}`).join('\n')}`,
        ),
      ].join('\n');
    case 'clauses':
      return explanation.clauses
        .map((clause) =>
          [
            `${clause.heading} (${clause.id})`,
            `  In short: ${clause.summary}`,
            '  The policy says:',
            indent(clause.quote),
            ...(clause.related.length > 0 ? [`  Related: ${clause.related.join(', ')}`] : []),
          ].join('\n'),
        )
        .join('\n\n');
    case 'unknown':
      return [
        `No clause is about "${explanation.topic}". ${explanation.near ? 'Did you mean:' : 'Some places to start (explain with no topic lists them all):'}`,
        ...explanation.suggestions.map((clause) => `  ${clause.id} — ${clause.heading}`),
      ].join('\n');
  }
};
