/**
 * The import report: every line the importer removed, changed or reclassified, with its line
 * number in the raw file and what it was taken for, so a teacher can check the choices and fix by
 * hand what went wrong. Lines the importer was unsure about say "check this". One module owns the
 * wording, for the command line and the tests alike.
 */

/** What a line was taken for. */
export type ReportKind =
  | 'title'
  | 'headline'
  | 'credit'
  | 'date'
  | 'views'
  | 'breadcrumb'
  | 'nav'
  | 'widget'
  | 'forum'
  | 'footer'
  | 'promo'
  | 'spam'
  | 'metadata'
  | 'link'
  | 'caption'
  | 'duplicate'
  | 'artefact'
  | 'heading'
  | 'fragment'
  | 'kept';

/** removed: the line is gone; changed: part of it was taken out; kept: it stays, as classified. */
export type ReportAction = 'removed' | 'changed' | 'kept' | 'header';

/** One line the importer acted on; `line` is 1-based in the raw file. */
export type ReportItem = {
  line: number;
  kind: ReportKind;
  action: ReportAction;
  /** The line (or, for `changed`, what was taken out of it). */
  text: string;
  /** What exactly it was taken for, in a few words (copyright line, share widget …). */
  note?: string;
  /** The importer was unsure: the author should look at this line. */
  check?: boolean;
};

const KIND_LABELS: Record<ReportKind, string> = {
  title: 'title',
  headline: 'headline/site name',
  credit: 'byline/credit',
  date: 'date',
  views: 'view count',
  breadcrumb: 'breadcrumb',
  nav: 'nav',
  widget: 'widget',
  forum: 'forum chrome',
  footer: 'footer',
  promo: 'promo',
  spam: 'spam',
  metadata: 'metadata',
  link: 'link',
  caption: 'caption',
  duplicate: 'duplicate copy',
  artefact: 'artefact',
  heading: 'heading',
  fragment: 'line fragment',
  kept: 'short line',
};

const ACTION_LABELS: Record<ReportAction, string> = {
  removed: 'removed',
  changed: 'changed',
  kept: 'kept',
  header: 'into header:',
};

/** One report line: `line 12: removed breadcrumb: 当前位置：首页 > 新闻 (check this)`. */
export function formatReportItem(item: ReportItem): string {
  const what =
    item.note && item.note !== KIND_LABELS[item.kind]
      ? `${KIND_LABELS[item.kind]}, ${item.note}`
      : KIND_LABELS[item.kind];
  const text = Array.from(item.text).length > 80 ? `${Array.from(item.text).slice(0, 80).join('')}…` : item.text;
  return `line ${item.line}: ${ACTION_LABELS[item.action]} ${what}: ${text}${item.check ? '  ← check this' : ''}`;
}

/** The summary: how many lines of each kind were removed, changed or kept, and how many to check. */
export function formatSummary(report: readonly ReportItem[], paragraphs: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const r of report) {
    const key = `${ACTION_LABELS[r.action]} ${KIND_LABELS[r.kind]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const headings = paragraphs.filter((p) => p.startsWith('## ')).length;
  const checks = report.filter((r) => r.check).length;
  return [
    `summary: ${paragraphs.length - headings} paragraph(s), ${headings} heading(s); ${checks} line(s) to check`,
    ...[...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${String(n).padStart(4)} × ${k}`),
  ];
}
