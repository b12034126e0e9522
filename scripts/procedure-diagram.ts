// Prints the procedure's state diagram (Mermaid) drawn from the transition table, for docs/procedure.md.
import { procedureDiagram } from '../src/domain/procedure/diagram.js';

console.log(procedureDiagram());
