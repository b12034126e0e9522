// Copies what the compiled server reads at run time but tsc does not emit.
import fs from 'node:fs';
fs.cpSync('src/db/migrations', 'dist/db/migrations', { recursive: true });
fs.cpSync('src/domain/credential/contexts', 'dist/domain/credential/contexts', { recursive: true });
