import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { Shell } from '../../_components/Shell';
import '../../globals.css';

export const metadata: Metadata = {
  title: { default: '对照 Duizhao — 带拼音和英文对照的中文阅读', template: '%s · 对照' },
  description: '真实的中文文章：每个词有拼音和释义，并附逐段对照的英文翻译。',
};
export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function ChineseLayout({ children }: { children: ReactNode }) {
  return <Shell lang="zh">{children}</Shell>;
}
