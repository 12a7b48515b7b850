/**
 * Escaping by construction: the body renderer builds HTML only through these two functions, so
 * no piece of content can become an element or an attribute (tests/unit/render checks this with
 * the fuzz generators and a real HTML parser).
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ESCAPES[c] ?? c);
}

/** JSON that is safe inside <script>: no <, >, & or U+2028/2029 survive literally. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/&/gu, '\\u0026')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}

/** ` name="value"` pairs; attribute names are code (never content), values are escaped. */
export function attrs(list: Record<string, string | number | undefined | false>): string {
  let out = '';
  for (const [name, value] of Object.entries(list)) {
    if (value === undefined || value === false) continue;
    out += ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}
