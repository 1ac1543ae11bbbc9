/**
 * The shipped presets (spec/presets.md): one named, versioned list of criteria per source document,
 * the default first. The `Набор показателей` setting and the `--preset` option pick one by id.
 */
import type { Preset } from '../criteria';
import { ALAPAEVSK_2024 } from './alapaevsk-2024';
import { KARPINSK_2022 } from './karpinsk-2022';
import { KATAV_2021 } from './katav-2021';
import { SURGUT_2021 } from './surgut-2021';
import { ZVEREVO_2021 } from './zverevo-2021';

export const PRESETS: readonly Preset[] = [ALAPAEVSK_2024, SURGUT_2021, KARPINSK_2022, ZVEREVO_2021, KATAV_2021];

export const DEFAULT_PRESET_ID = 'alapaevsk-2024';

/** The preset with this id, ignoring case and surrounding spaces; undefined when there is none. */
export function findPreset(id: string): Preset | undefined {
  const wanted = id.trim().toLowerCase();
  return PRESETS.find((p) => p.id.toLowerCase() === wanted);
}
