/**
 * Text from learner code (messages, output, file names) on its way into a report. A report
 * is read by people and by CI: a control character must not move the cursor, rewrite a
 * line (ESC sequences, a bare CR) or make XML ill-formed, and half a surrogate pair must
 * not make the file invalid UTF-8. Each is written out visibly instead, as \u{…}.
 */

const visible = (char: string) => `\\u{${char.codePointAt(0)!.toString(16)}}`;

/** For one-line fields of the text report: every control character, line breaks included, made visible. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]|\p{Cs}/gu, visible);
}

/** For multi-line fields of the text report (console output): keeps \n and \t, makes the rest visible. */
export function multiLine(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|\p{Cs}/gu, visible);
}

/** For XML text and attributes: escapes markup, and makes visible what XML 1.0 does not allow. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu, visible)
    .replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!);
}
