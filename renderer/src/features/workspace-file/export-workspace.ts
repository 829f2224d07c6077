import { db } from '../../db/db';
import { readWorkspace } from '../../db/repositories/workspace-repo';
import { saveFile } from '../../platform/bridge';

/** File → Export workspace: the v1 file, exactly what import reads back. */
export async function exportWorkspace(today: string): Promise<void> {
  const workspace = await readWorkspace(db);
  await saveFile(
    `tenure-workspace-${today}.tenure.json`,
    `${JSON.stringify(workspace, null, 2)}\n`,
    'application/json',
  );
}
