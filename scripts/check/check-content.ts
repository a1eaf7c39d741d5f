// Runs every content check over a folder and returns all problems (used by the CLI and the tests).
import { today as todayDate } from '../../src/lib/certificates/dates.ts';
import { validateContent, type ValidationResult } from '../../src/lib/content/validate.ts';
import { checkImages, readContent } from '../shared/read-content.ts';

export async function checkContentFolder(root: string, today = todayDate()): Promise<ValidationResult> {
  const records = readContent(root);
  const result = validateContent(records, today);
  result.errors.push(...(await checkImages(root, records)));
  return result;
}
