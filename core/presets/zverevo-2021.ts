/**
 * Preset of город Зверево (Rostov region), 2021, from the Concept of the municipal system of
 * scientific and methodological support approved by order № 255-ОД of 22.09.2021 of the town's
 * education department. The Concept names its efficiency indicators (mechanisms and conditions —
 * quality of further training, of methodological work, of work with staff — and the dynamics of
 * teachers' competences) without numbered criteria; the names below use its wording, and the
 * indicators follow that list. A young teacher is, as the Concept says, under 35 in the first three years.
 */
import type { Criterion, Preset } from '../criteria';
import { and, filled, or, pop, yes } from '../expr';

const TRACK = 'Показатели эффективности муниципальной системы методического сопровождения и обеспечения профессионального развития педагогов';

const I1 = '1. Динамика профессиональных компетенций педагогов и руководителей образовательных организаций';
const I2 = '2. Механизмы и условия: качество системы методической работы';
const I3 = '3. Механизмы и условия: качество системы дополнительного профессионального образования';

const CRITERIA: readonly Criterion[] = [
  {
    id: 'Z1', kind: 'mean', track: TRACK, indicator: I1,
    name: 'Динамика профессиональных компетенций педагогов (средний балл диагностики профессиональных компетенций, выявляемый посредством мониторинговых и/или экспертных процедур)',
    shortName: 'Средний балл диагностики (динамика)',
    population: and(pop('ped'), filled('diagScore')),
    field: 'diagScore',
  },
  {
    id: 'Z2', kind: 'share', track: TRACK, indicator: I1,
    name: 'Доля педагогических работников, участвующих в независимой оценке компетенций педагогов (методической, предметной/метапредметной, психолого-педагогической и коммуникативной)',
    shortName: 'Участвуют в независимой оценке компетенций',
    population: pop('ped'), condition: yes('diagRegional'),
  },
  {
    id: 'Z3', kind: 'share', track: TRACK, indicator: I2,
    name: 'Доля педагогических работников, удовлетворенных работой муниципальных методических служб и ее структурных подразделений',
    shortName: 'Удовлетворены работой методической службы',
    population: pop('ped'), condition: yes('satisfied'),
  },
  {
    id: 'Z4', kind: 'share', track: TRACK, indicator: I2,
    name: 'Доля молодых педагогов (в первые три года работы в образовательной организации, в возрасте до 35 лет), получающих поддержку: наставничество, научно-методическое сопровождение',
    shortName: 'Молодые, получающие поддержку',
    population: pop('young'), condition: or(yes('hasMentor'), yes('addressSupport')),
  },
  {
    id: 'Z5', kind: 'share', track: TRACK, indicator: I2,
    name: 'Доля педагогических работников – участников профессиональных сообществ, сетей, объединений (методических объединений)',
    shortName: 'Участники профессиональных сообществ',
    population: pop('ped'), condition: yes('methodAssociation'),
  },
  {
    id: 'Z6', kind: 'share', track: TRACK, indicator: I3,
    name: 'Доля педагогических работников, прошедших повышение квалификации по дополнительным профессиональным программам',
    shortName: 'Прошли ПК',
    population: pop('ped'), condition: yes('pk'),
  },
];

export const ZVEREVO_2021: Preset = {
  id: 'zverevo-2021',
  title: 'Зверево, 2021: эффективность системы научно-методического сопровождения педагогов',
  source:
    'Приказ Отдела образования Администрации города Зверево от 22.09.2021 № 255-ОД «Об утверждении Концепции системы научно-методического сопровождения и обеспечения профессионального развития педагогических работников и управленческих кадров в городе Зверево на муниципальном уровне»',
  version: 1,
  criteria: CRITERIA,
};
