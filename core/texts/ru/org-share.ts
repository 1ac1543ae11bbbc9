/**
 * The recommendation an organisation gets for an orgShare criterion with a target, such as P1
 * («не менее 50 % управленческой команды каждой ОО»): its own inner share, quoted.
 */
import type { PopulationName } from '../../criteria';
import { plural } from './plural';

/** The members counted, in the genitive after «из N»: из 1 руководителя, из 3 руководителей. */
const MEMBERS: Partial<Record<PopulationName, readonly [string, string]>> = {
  mgmt: ['руководителя', 'руководителей'],
  ped: ['педагога', 'педагогов'],
  teachers: ['учителя', 'учителей'],
  all: ['работника', 'работников'],
  young: ['молодого педагога', 'молодых педагогов'],
};

export const ORG_SHARE_TEXT = {
  name: (shortName: string, id: string) => `«${shortName}» (критерий ${id})`,
  value: (num: number, den: number, name: PopulationName | null, value: string) => {
    const forms = (name && MEMBERS[name]) || ['человека', 'человек'];
    return `${num} из ${den} ${plural(den, forms[0], forms[1], forms[1])} (${value} %)`;
  },
  target: (op: string, threshold: string) => `${op === '>' ? 'более' : 'не менее'} ${threshold} % в каждой организации`,
  text: (name: string, value: string, target: string, gap: string, people: number | null, trend: string, measures: string) =>
    `${name} — в организации ${value} при целевом значении ${target}; отставание — ${gap} п.п.` +
    (people !== null && people > 0 ? ` Для достижения цели не хватает ${people} ${plural(people, 'человека', 'человек', 'человек')}.` : '') +
    `${trend} ${measures}`,
} as const;
