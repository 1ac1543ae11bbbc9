/**
 * Preset of ГО Карпинск (Sverdlovsk region), 2022, from the municipal model of scientific and
 * methodological support approved by order № 100/1-д of 25.07.2022 of the town's education
 * department (Appendix 1). The model states no numbered criteria, so each name below is built from
 * the model's own wording (leaders' competence levels 0–60 / 61–80 / 81–100 %, the personnel
 * reserve, individual routes, the goals for teachers and leaders), and the tracks and indicators
 * follow its two parts: support of leaders and support of teachers.
 */
import type { Criterion, Preset } from '../criteria';
import { and, contestAtLeast, filled, pop, yes } from '../expr';

const T1 = 'Научно-методическое сопровождение управленческих кадров';
const T2 = 'Научно-методическое сопровождение педагогических работников и управленческих кадров';

const I1 = '1. Формирование профессиональных компетенций руководителей';
const I2 = '2. Формирование и использование кадрового резерва руководителей образовательных организаций';
const I3 = '3. Построение индивидуальных маршрутов профессионального развития на основе выявления профессиональных дефицитов';
const I4 = '4. Организация повышения квалификации руководящих работников';
const I5 = '5. Поддержка молодых педагогов, реализация программ наставничества педагогических работников';
const I6 = '6. Профилактика профессионального выгорания педагогов, в том числе привлечение педагогов в конкурсное движение';
const I7 = '7. Выявление профессиональных дефицитов педагогических работников';

const CRITERIA: readonly Criterion[] = [
  {
    id: 'K1', kind: 'distribution', track: T1, indicator: I1,
    name: 'Уровень развития управленческих компетенций руководителей образовательных организаций: низкий – от 0 до 60 % выполнения задания, средний – от 61 до 80 %, высокий – от 81 до 100 %',
    shortName: 'Уровни управленческих компетенций',
    population: and(pop('mgmt'), filled('mgmtScore')),
    field: 'mgmtScore',
    bands: [
      { label: 'низкий', atMost: 60 },
      { label: 'средний', above: 60, atMost: 80 },
      { label: 'высокий', above: 80 },
    ],
  },
  {
    id: 'K2', kind: 'orgShare', track: T1, indicator: I2,
    name: 'Доля образовательных организаций, представитель которых включен в кадровый резерв для замещения вакантных должностей «руководитель», «заместитель руководителя» образовательной организации',
    shortName: 'ОО с представителем в кадровом резерве',
    population: pop('all'),
    test: { kind: 'memberShare', population: pop('all'), condition: yes('inReserve'), cmp: '>', threshold: 0 },
  },
  {
    id: 'K3', kind: 'share', track: T2, indicator: I3,
    name: 'Доля педагогических работников, для которых построены индивидуальные образовательные маршруты (ИОМ) непрерывного развития профессионального мастерства на основе выявления профессиональных дефицитов',
    shortName: 'Педагоги с ИОМ',
    population: pop('ped'), condition: yes('iomCenter'),
  },
  {
    id: 'K4', kind: 'share', track: T2, indicator: I3,
    name: 'Доля руководителей образовательных организаций, для которых построены индивидуальные маршруты непрерывного профессионального развития управленческих кадров на основе выявления профессиональных дефицитов',
    shortName: 'Руководители с ИОМ',
    population: pop('mgmt'), condition: yes('iomCenter'),
  },
  {
    id: 'K5', kind: 'share', track: T2, indicator: I4,
    name: 'Доля руководящих работников, прошедших повышение квалификации в рамках реализации приоритетных направлений развития сферы образования',
    shortName: 'Руководители, прошедшие ПК',
    population: pop('mgmt'), condition: yes('pk'),
  },
  {
    id: 'K6', kind: 'share', track: T2, indicator: I5,
    name: 'Доля молодых педагогов, которым оказывается методическая помощь через систему наставничества (имеющих наставника)',
    shortName: 'Молодые с наставником',
    population: pop('young'), condition: yes('hasMentor'),
  },
  {
    id: 'K7', kind: 'share', track: T2, indicator: I6,
    name: 'Доля педагогических работников, вовлеченных в конкурсное движение (участие в конкурсах профессионального мастерства)',
    shortName: 'Участники конкурсов',
    population: pop('ped'), condition: contestAtLeast('муниципальный'),
  },
  {
    id: 'K8', kind: 'share', track: T2, indicator: I7,
    name: 'Доля педагогических работников, прошедших оценку компетенций (диагностику профессиональных дефицитов) через инструментарий ГАОУ ДПО СО «ИРО»',
    shortName: 'Прошли региональную диагностику',
    population: pop('ped'), condition: yes('diagRegional'),
  },
];

export const KARPINSK_2022: Preset = {
  id: 'karpinsk-2022',
  title: 'Карпинск, 2022: муниципальная модель научно-методического сопровождения педагогов и руководителей',
  source:
    'Приказ Отдела образования администрации городского округа Карпинск от 25.07.2022 № 100/1-д «Об утверждении муниципальной модели научно-методического сопровождения педагогических работников и управленческих кадров образовательных учреждений в ГО Карпинск», приложение 1',
  version: 1,
  criteria: CRITERIA,
};
