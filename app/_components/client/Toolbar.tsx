'use client';
/**
 * Reading controls. One row only (also on a 360 px phone): the two toggles learners reach for most
 * (pinyin, translation) and a "Settings" button that opens every other choice in a panel under
 * the bar. Each choice is a labelled native <select>, so it works the same with mouse, touch,
 * keyboard and screen readers in both UI languages.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from './I18nProvider';
import type { Lang } from '@/lib/i18n/resources';
import { SETTING_VALUES, type SettingName, type Settings } from '@/lib/settings';
import { updateSettings, useSettings, useStorageFailed } from './settings-store';

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

export function Toolbar({ lang }: { lang: Lang }) {
  const { t } = useT();
  const settings = useSettings();
  const storageFailed = useStorageFailed();
  const [panelOpen, setPanelOpen] = useState(false);
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const pinyinOn = settings.pinyin !== 'off';
  const translationOn = settings.layout !== 'zh';

  // The panel closes on Esc (focus back to its button) and on a click or tap outside the bar.
  useEffect(() => {
    if (!panelOpen) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setPanelOpen(false);
      button.current?.focus();
    };
    const onDown = (e: PointerEvent) => {
      if (e.target instanceof Node && !bar.current?.contains(e.target)) setPanelOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [panelOpen]);

  return (
    <div className="toolbar" ref={bar} data-lang={lang}>
      <div className="toolbar-row" role="toolbar" aria-label={t('toolbar.label')}>
        <button
          type="button"
          className="toggle"
          aria-pressed={pinyinOn}
          data-testid="toggle-pinyin"
          onClick={() => updateSettings({ pinyin: pinyinOn ? 'off' : 'all' })}
        >
          {t('toolbar.pinyin')}
        </button>
        <button
          type="button"
          className="toggle"
          aria-pressed={translationOn}
          data-testid="toggle-translation"
          onClick={() => updateSettings({ layout: translationOn ? 'zh' : 'interleaved' })}
        >
          {t('toolbar.translation')}
        </button>
        <button
          type="button"
          ref={button}
          className="toggle settings-button"
          aria-expanded={panelOpen}
          aria-controls={panelId}
          data-testid="settings-button"
          onClick={() => setPanelOpen((o) => !o)}
        >
          <span aria-hidden="true">Aa</span> {t('toolbar.settings')}
        </button>
      </div>
      {/* The live region is always there, so screen readers announce the note when it appears. */}
      <div role="status">
        {storageFailed && !noticeDismissed ? (
          <p className="storage-note" data-testid="storage-note">
            <span>{t('toolbar.storageFailed')}</span>
            <button type="button" onClick={() => setNoticeDismissed(true)}>
              {t('toolbar.dismiss')}
            </button>
          </p>
        ) : null}
      </div>
      <div
        id={panelId}
        className="settings-panel"
        role="group"
        aria-label={t('toolbar.settingsLabel')}
        data-testid="settings-panel"
        hidden={!panelOpen}
      >
        {PANEL.map((name) => (
          <SettingSelect key={name} name={name} />
        ))}
        <p className="settings-note">{t('toolbar.spokenNote')}</p>
      </div>
    </div>
  );
}
