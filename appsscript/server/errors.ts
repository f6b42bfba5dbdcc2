import { SHEETS_MESSAGES, SHEETS_TERMS, TtdnError } from '../../shared';

/**
 * Host errors as the user reads them: what google.script.run hands the sidebar's failure handler is
 * the thrown Error's message, so every server entry maps Apps Script's English exceptions (by their
 * documented text) to Vietnamese with a next step, and puts the core's messages in Google's words.
 */

/** Excel's "sổ làm việc" is Google's "bảng tính". */
export function sheetsWording(msg: string): string {
  return msg.replace(/Sổ làm việc/g, SHEETS_TERMS.Workbook).replace(/sổ làm việc/g, SHEETS_TERMS.workbook);
}

const VIETNAMESE = /[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i;

export function userMessage(e: unknown): string {
  if (e instanceof TtdnError) return sheetsWording(e.message);
  const raw = (e instanceof Error ? e.message : String(e)).replace(/^Exception:\s*/, '');
  if (/You do not have permission to call|Required permissions|Authorization is required/i.test(raw))
    return SHEETS_MESSAGES.noPermission;
  if (/Exceeded maximum execution time/i.test(raw)) return SHEETS_MESSAGES.timeLimit;
  if (/property storage quota|Argument too large/i.test(raw)) return SHEETS_MESSAGES.storageFull;
  if (/maximum of 50000 characters/i.test(raw)) return SHEETS_MESSAGES.cellTooLong;
  if (VIETNAMESE.test(raw)) return sheetsWording(raw);
  return SHEETS_MESSAGES.unexpected(raw);
}
