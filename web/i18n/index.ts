// The interface languages: ?lang=ru (remembered in a cookie) or the cookie alone picks one; English otherwise.
import { en, type Dictionary } from './en.js';
import { ru } from './ru.js';

export const UI_LANGS = { en, ru } as const;
export type UiLang = keyof typeof UI_LANGS;
export type { Dictionary };

export function isUiLang(value: unknown): value is UiLang {
  return typeof value === 'string' && Object.hasOwn(UI_LANGS, value);
}

/** "Rows {from}–{to}" with the values put in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
