import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { Shell } from '../_components/Shell';
import '../globals.css';

export const metadata: Metadata = {
  title: { default: 'Duizhao 对照 — read Chinese with pinyin and translation', template: '%s · Duizhao' },
  description:
    'Real Chinese articles with pinyin over every word, a gloss for every word and an aligned English translation.',
};
export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <Shell lang="en">{children}</Shell>;
}
