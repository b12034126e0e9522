import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

type Executor = Kysely<Database>;

/** Records a stored file; the same bytes stored twice keep their first record. */
export async function recordFile(
  db: Executor,
  file: { sha256: string; mediaType: string; sizeBytes: number; originalName: string; uploadedBy: string | null },
) {
  await db
    .insertInto('files')
    .values({ sha256: file.sha256, media_type: file.mediaType, size_bytes: file.sizeBytes, original_name: file.originalName, uploaded_by: file.uploadedBy })
    .onConflict((conflict) => conflict.column('sha256').doNothing())
    .execute();
}

export async function findFileRecord(db: Executor, sha256: string) {
  return db.selectFrom('files').selectAll().where('sha256', '=', sha256).executeTakeFirst();
}
