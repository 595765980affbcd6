// Areas of cooperation: the built-in taxonomy, extended by the `areas:` section of a plan file.
import { matchedKeywords } from '../wording.js';
import { AREAS, type Area, type AreaId } from './taxonomy.js';

export { AREAS, AREA_IDS, type Area, type AreaId } from './taxonomy.js';

export interface AreaExtension {
  id: string;
  title?: string;
  keywords?: { en?: string[]; ru?: string[] };
}

/** The taxonomy with a plan's additions: new keywords for known areas, or new areas. */
export function resolveAreas(extensions: readonly AreaExtension[] = []): Map<string, Area> {
  const areas = new Map<string, Area>(AREAS.map((area) => [area.id, { ...area, keywords: { en: [...area.keywords.en], ru: [...area.keywords.ru] } }]));
  for (const extension of extensions) {
    const area = areas.get(extension.id) ?? { id: extension.id, title: extension.title ?? extension.id, keywords: { en: [], ru: [] } };
    if (extension.title) area.title = extension.title;
    area.keywords.en.push(...(extension.keywords?.en ?? []));
    area.keywords.ru.push(...(extension.keywords?.ru ?? []));
    areas.set(area.id, area);
  }
  return areas;
}

/** Every keyword of an area, both languages. */
export function areaKeywords(area: Area): string[] {
  return [...area.keywords.en, ...area.keywords.ru];
}

/** The built-in areas whose keywords a text uses ("railway" → transport_logistics), in taxonomy order. */
export function areasOf(text: string): AreaId[] {
  return AREAS.filter((area) => matchedKeywords(text, areaKeywords(area)).length > 0).map((area) => area.id as AreaId);
}
