// The state diagram of the procedure, drawn from the transition table (Mermaid), so that the
// picture in docs/procedure.md cannot drift from the rules; a test compares the two.
import { transitions } from './transitions.js';

export function procedureDiagram(): string {
  const lines = ['stateDiagram-v2', '    [*] --> draft'];
  const seen = new Set<string>();
  for (const transition of transitions) {
    if (transition.from === transition.to) continue;
    const key = `${transition.from}->${transition.to}:${transition.action}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (transition.action === 'withdraw') continue;
    lines.push(`    ${transition.from.replace(/-/g, '_')} --> ${transition.to.replace(/-/g, '_')}: ${transition.action} (${transition.roles.join(', ')})`);
  }
  lines.push('    without_review --> [*]', '    registered --> [*]', '    registration_rejected --> [*]', '    withdrawn --> [*]');
  return lines.join('\n');
}
