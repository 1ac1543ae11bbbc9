/**
 * Preset of Катав-Ивановский муниципальный район (Chelyabinsk region), 2021, from the model of
 * methodological work approved by order № 159/1 of 20.08.2021 of the district's education
 * department (Appendix 1). The model lists its tasks (the national system of professional growth
 * covering at least 50 % of teachers, methodological associations, mentoring, individual routes,
 * schools with low results) and monitors their effectiveness; each criterion is named in the
 * model's wording and grouped under the task it measures.
 */
import type { Criterion, Preset } from '../criteria';
import { pop, yes } from '../expr';

const TRACK = 'Мониторинг эффективности методической работы в образовательной системе Катав-Ивановского муниципального района';

const I1 = '1. Внедрение национальной системы профессионального роста педагогических работников';
const I2 = '2. Развитие сетевых профессиональных сообществ и совершенствование сети методических объединений педагогов';
const I3 = '3. Формирование многовекторной муниципальной системы наставничества';
const I4 =
  '4. Выявление и ликвидация профессиональных дефицитов, адресная помощь в формировании индивидуального маршрута профессионального совершенствования педагогов и руководителей';
const I5 = '5. Повышение качества образования в школах с низкими результатами обучения';

const CRITERIA: readonly Criterion[] = [
  {
    id: 'KI1', kind: 'share', track: TRACK, indicator: I1, target: { op: '>=', value: 50 },
    name: 'Доля педагогов дошкольных, общеобразовательных организаций и дополнительного образования, охваченных национальной системой профессионального роста педагогических работников (не менее 50%)',
    shortName: 'Охвачены НСУР',
    population: pop('ped'), condition: yes('nsur'),
  },
  {
    id: 'KI2', kind: 'share', track: TRACK, indicator: I2,
    name: 'Доля педагогических работников, участвующих в работе районных методических объединений',
    shortName: 'Участники методических объединений',
    population: pop('ped'), condition: yes('methodAssociation'),
  },
  {
    id: 'KI3', kind: 'share', track: TRACK, indicator: I3,
    name: 'Доля молодых педагогов, имеющих наставника',
    shortName: 'Молодые с наставником',
    population: pop('young'), condition: yes('hasMentor'),
  },
  {
    id: 'KI4', kind: 'share', track: TRACK, indicator: I3,
    name: 'Доля педагогических работников, участвующих в качестве наставников',
    shortName: 'Наставники',
    population: pop('ped'), condition: yes('isMentor'),
  },
  {
    id: 'KI5', kind: 'share', track: TRACK, indicator: I4,
    name: 'Доля руководителей образовательных организаций, для которых сформирован индивидуальный маршрут профессионального совершенствования',
    shortName: 'Руководители с индивидуальным маршрутом',
    population: pop('mgmt'), condition: yes('iomCenter'),
  },
  {
    id: 'KI6', kind: 'share', track: TRACK, indicator: I5,
    name: 'Доля педагогических работников школ с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях, прошедших повышение квалификации',
    shortName: 'ПК в школах с низкими результатами',
    population: pop('lowResults'), condition: yes('pk'),
  },
];

export const KATAV_2021: Preset = {
  id: 'katav-2021',
  title: 'Катав-Ивановский район, 2021: мониторинг эффективности методической работы',
  source:
    'Приказ Управления образования администрации Катав-Ивановского муниципального района от 20.08.2021 № 159/1 «Об утверждении модели методической работы в системе образования Катав-Ивановского муниципального района», приложение 1',
  version: 1,
  criteria: CRITERIA,
};
