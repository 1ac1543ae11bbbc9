/**
 * Preset of Сургутский район (KhMAO–Yugra), 2021: the five efficiency indicators 6.1.1–6.1.5 of the
 * regulation on the municipal system of scientific and methodological support (МСНМС), approved by
 * order № 539 of 03.09.2021 of the district's department of education. Names are the document's
 * wording; the document groups all five under section 6.1, so they share one track and indicator.
 */
import type { Criterion, Preset } from '../criteria';
import { and, or, pop, yes } from '../expr';

const TRACK = '6. Показатели эффективности функционирования МСНМС педагогических работников и управленческих кадров';
const INDICATOR =
  '6.1. Показатели мотивирующего мониторинга и оценки механизмов управления качеством образования в части повышения уровня профессионального мастерства педагогических работников и управленческих кадров';

const CRITERIA: readonly Criterion[] = [
  {
    id: '6.1.1', kind: 'share', track: TRACK, indicator: INDICATOR,
    name: 'Доля педагогических работников и управленческих кадров, прошедших диагностику профессиональных дефицитов в ЦНППМПР',
    shortName: 'Прошли диагностику в ЦНППМ',
    population: pop('all'), condition: yes('diagRegional'),
  },
  {
    id: '6.1.2', kind: 'share', track: TRACK, indicator: INDICATOR,
    name: 'Доля педагогических работников и управленческих кадров, для которых разработаны индивидуальные образовательные маршруты на основе результатов диагностики профессиональных дефицитов в ЦНППМПР',
    shortName: 'ИОМ по результатам диагностики',
    population: pop('all'), condition: yes('iomCenter'),
  },
  {
    id: '6.1.3', kind: 'share', track: TRACK, indicator: INDICATOR,
    name: 'Доля педагогических работников, освоивших программы дополнительного профессионального образования, вошедшие в ФР ДПП и подобранные с учетом диагностики профессиональных дефицитов в ЦНППМПР',
    shortName: 'Освоили программы ФР ДПП, подобранные по диагностике',
    population: pop('ped'), condition: and(yes('pkRegistry'), yes('diagRegional')),
  },
  {
    id: '6.1.4', kind: 'orgShare', track: TRACK, indicator: INDICATOR,
    name: 'Доля управленческих команд образовательных организаций, повысивших свою квалификацию по вопросам эффективности управления качеством образования',
    shortName: 'Управленческие команды, повысившие квалификацию по управлению качеством',
    population: pop('mgmt'),
    test: { kind: 'memberShare', population: pop('mgmt'), condition: yes('pkQualityMgmt'), cmp: '>=', threshold: 50 },
  },
  {
    id: '6.1.5', kind: 'share', track: TRACK, indicator: INDICATOR,
    name: 'Доля педагогических работников в возрасте до 35 лет, участвующих в различных формах поддержки и сопровождения в первые 3 года работы',
    shortName: 'Молодые в формах поддержки в первые 3 года',
    population: pop('young'),
    condition: or(yes('hasMentor'), yes('addressSupport'), yes('mentoringModel'), yes('youngAssociation'), yes('regionalMethodist')),
  },
];

export const SURGUT_2021: Preset = {
  id: 'surgut-2021',
  title: 'Сургутский район, 2021: показатели эффективности системы научно-методического сопровождения',
  source:
    'Приказ Департамента образования и молодёжной политики администрации Сургутского муниципального района от 03.09.2021 № 539 «Об утверждении Положения о создании и функционировании муниципальной системы научно-методического сопровождения педагогических работников и управленческих кадров Сургутского района», раздел 6.1',
  version: 1,
  criteria: CRITERIA,
};
