/**
 * An SVG document as a `data:` URL for an <img>. Percent-encodes only what a URL cannot
 * carry as is (`%`, `#`, line breaks and tabs, which the URL parser would drop) plus `"`,
 * which the HTML attribute would otherwise spell as `&quot;`: the rest stays readable and
 * compresses far better than base64.
 */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${svg.replace(/[%#"\r\n\t]/g, (character) => encodeURIComponent(character))}`;
}
