'use client';
/**
 * The reading bar: the controls a learner reaches for while reading (pinyin, translation, read
 * aloud, settings) and two named menus, the learner's tools and the teacher's. On a phone it sits
 * at the bottom of the screen, within thumb reach; on a wide screen it is a column in the margin
 * beside the text, so it never covers it (globals.css). It comes after the article in the page,
 * where a screen reader finds it as the "Reading controls" region; a skip link before the article
 * leads keyboard users to it. Each menu is a button that shows or hides its panel (Esc or a tap
 * outside closes it, one open at a time). Every choice in the settings panel is a labelled native
 * <select>, so it works the same with mouse, touch, keyboard and screen readers.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from './I18nProvider';
import type { Lang } from '@/lib/i18n/resources';
import { SETTING_VALUES, type SettingName, type Settings } from '@/lib/settings';
import { updateSettings, useSettings, useStorageFailed } from './settings-store';
import { ReadAloudControls, ReadAloudSpeed } from './ReadAloud';
import { LearnerMenu } from './LearnerTools';
import { TeacherPanel } from './TeacherPanel';
import { BarLabel } from './BarLabel';

/** Every setting needs a label and one per value; this type makes a missing one a compile error. */
type SettingLabels = { [K in SettingName]: { label: string } & Record<Settings[K], string> };

/** The panel's order; sizes and levels are listed in their natural order, not default-first. */
const PANEL: readonly SettingName[] = [
  'pinyin',
  'level',
  'tones',
  'colors',
  'spoken',
  'layout',
  'script',
  'size',
  'spacing',
  'theme',
];
const NATURAL_ORDER: Partial<Record<SettingName, (a: string, b: string) => number>> = {
  level: (a, b) => Number(a) - Number(b),
  size: (a, b) => Number(a) - Number(b),
  spacing: (a, b) => ['compact', 'normal', 'loose'].indexOf(a) - ['compact', 'normal', 'loose'].indexOf(b),
};

type MenuName = 'settings' | 'learn' | 'teach';

function SettingSelect<K extends SettingName>({ name }: { name: K }) {
  const settings = useSettings();
  const id = useId();
  const all: SettingLabels = useT().messages.settings;
  const labels = all[name];
  const values: string[] = [...SETTING_VALUES[name]];
  const order = NATURAL_ORDER[name];
  if (order) values.sort(order);
  const value: string = settings[name];
  return (
    <div className="setting" data-setting={name}>
      <label htmlFor={id}>{labels.label}</label>
      <select
        id={id}
        data-testid={`setting-${name}`}
        value={value}
        onChange={(e) => {
          const next = SETTING_VALUES[name].find((v) => v === e.target.value);
          if (next !== undefined) updateSettings({ [name]: next });
        }}
      >
        {values.map((v) => (
          <option key={v} value={v}>
            {(labels as Record<string, string>)[v]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Toolbar({ slug, lang }: { slug: string; lang: Lang }) {
  const { t } = useT();
  const settings = useSettings();
  const storageFailed = useStorageFailed();
  const [open, setOpen] = useState<MenuName | null>(null);
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  const buttons = useRef<Partial<Record<MenuName, HTMLButtonElement | null>>>({});
  const baseId = useId();
  const pinyinOn = settings.pinyin !== 'off';
  const translationOn = settings.layout !== 'zh';

  // A menu closes on Esc (focus back to its button) and on a click or tap outside the bar.
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      buttons.current[open]?.focus();
      setOpen(null);
    };
    const onDown = (e: PointerEvent) => {
      if (e.target instanceof Node && !bar.current?.contains(e.target)) setOpen(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [open]);

  const menuButton = (name: MenuName, icon: string, label: string, name_: string, testId: string) => (
    <button
      type="button"
      ref={(el) => {
        buttons.current[name] = el;
      }}
      className={`bar-item bar-menu bar-${name}`}
      aria-expanded={open === name}
      aria-controls={`${baseId}-${name}`}
      // Named by its visible label unless it needs more words (WCAG 2.5.3: the name contains the label).
      aria-label={name_ === label ? undefined : name_}
      data-testid={testId}
      onClick={() => setOpen((o) => (o === name ? null : name))}
    >
      <BarLabel icon={icon} label={label} />
    </button>
  );
  const panel = (name: MenuName, label: string, testId: string, children: ReactNode) => (
    <div
      id={`${baseId}-${name}`}
      className={`bar-panel panel-${name}`}
      role="group"
      aria-label={label}
      data-testid={testId}
      hidden={open !== name}
    >
      <p className="panel-title" aria-hidden="true">
        {label}
      </p>
      {children}
    </div>
  );

  return (
    <div
      className="reader-bar"
      id="reader-bar"
      ref={bar}
      data-lang={lang}
      role="region"
      aria-label={t('bar.label')}
      tabIndex={-1} // the skip link's target: focus lands here, the next Tab is the first control
    >
      {/* The live region is always there, so screen readers announce the note when it appears. */}
      <div role="status" className="bar-status">
        {storageFailed && !noticeDismissed ? (
          <p className="storage-note" data-testid="storage-note">
            <span>{t('toolbar.storageFailed')}</span>
            <button type="button" onClick={() => setNoticeDismissed(true)}>
              {t('toolbar.dismiss')}
            </button>
          </p>
        ) : null}
      </div>
      {panel(
        'settings',
        t('toolbar.settingsLabel'),
        'settings-panel',
        <div className="settings-grid">
          {PANEL.map((name) => (
            <SettingSelect key={name} name={name} />
          ))}
          <ReadAloudSpeed />
          <p className="settings-note">{t('toolbar.spokenNote')}</p>
        </div>,
      )}
      {panel('learn', t('learner.tools'), 'learner-tools', <LearnerMenu lang={lang} />)}
      {panel('teach', t('assign.menu'), 'teacher-tools', <TeacherPanel slug={slug} lang={lang} />)}
      <div className="bar-row" role="toolbar" aria-label={t('toolbar.label')}>
        {/* Pressed look: from <html data-pinyin / data-layout> in CSS, right before hydration too. */}
        <button
          type="button"
          className="bar-item bar-toggle toggle-pinyin"
          aria-pressed={pinyinOn}
          data-testid="toggle-pinyin"
          onClick={() => updateSettings({ pinyin: pinyinOn ? 'off' : 'all' })}
        >
          <BarLabel icon="pīn" label={t('toolbar.pinyin')} />
        </button>
        <button
          type="button"
          className="bar-item bar-toggle toggle-translation"
          aria-pressed={translationOn}
          data-testid="toggle-translation"
          onClick={() => updateSettings({ layout: translationOn ? 'zh' : 'interleaved' })}
        >
          <BarLabel icon="EN" label={t('bar.english')} />
        </button>
        <ReadAloudControls />
        {menuButton('settings', 'Aa', t('toolbar.settings'), t('toolbar.settings'), 'settings-button')}
        {menuButton('learn', '✓', t('bar.learn'), t('learner.tools'), 'learner-button')}
        {menuButton('teach', '✎', t('bar.teach'), t('assign.menu'), 'teacher-button')}
      </div>
    </div>
  );
}
