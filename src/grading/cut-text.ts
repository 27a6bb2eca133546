/**
 * Cuts text from learner code (messages, names, output) to at most `limit` characters plus
 * a note, never between the two halves of a surrogate pair: half an emoji is not valid
 * UTF-8 and would break every report the text lands in.
 */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const last = text.charCodeAt(limit - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit;
  return `${text.slice(0, end)}… (cut to ${limit} characters)`;
}
