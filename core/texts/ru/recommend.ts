/**
 * The words of recommendations and management decisions, per area of work. The measures are the
 * ones the source documents name (file 001 §7–§8 and its 2024–2026 programme; files 002–004):
 * diagnostics schedules, ИОМ with tutors, ПК from the federal registry, the target mentoring
 * model, contests, network events, retraining, targeted contracts with colleges. Addressees follow
 * file 001 §7.3: the organisation (its head, deputies, heads of school methodological
 * associations, mentors) or the municipal methodological service.
 */
import { plural } from './plural';
import type { Topic } from '../../criteria';

export interface TopicTexts {
  /** Who in an organisation acts on it. */
  readonly orgAddressee: string;
  /** Who at the municipal level acts on it. */
  readonly municipalAddressee: string;
  /** What an organisation should do (one or two sentences, imperative infinitive). */
  readonly orgMeasures: string;
  /** What the municipal service should do. */
  readonly municipalMeasures: string;
  /** A management decision of file 001 §8.2–§8.3 for this area. */
  readonly decision: string;
  /** The area in a few words, for decision headings. */
  readonly title: string;
}

const ORG_HEAD = 'Руководитель ОО, заместитель руководителя по методической работе';
const IMC = 'Муниципальная методическая служба (МКУ ИМЦ), руководители ГМК';
const DEPARTMENT = 'Управление образования, муниципальная методическая служба (МКУ ИМЦ)';

export const TOPIC_TEXTS: Readonly<Record<Topic, TopicTexts>> = {
  diagnostics: {
    title: 'Диагностика профессиональных дефицитов',
    orgAddressee: 'Заместитель руководителя ОО, руководители школьных методических объединений',
    municipalAddressee: IMC,
    orgMeasures:
      'Включить педагогов, не прошедших диагностику профессиональных компетенций, в график региональной диагностики ЦНППМ на следующий период и организовать самодиагностику на уровне ОО, чтобы выявить профессиональные дефициты.',
    municipalMeasures:
      'Согласовать с ЦНППМ муниципальный график диагностики профессиональных компетенций и довести его до ОО; организовать самодиагностику там, где региональная диагностика недоступна.',
    decision:
      'Утвердить муниципальный график диагностики профессиональных компетенций педагогов и по её результатам организовать методические мероприятия, направленные на устранение выявленных дефицитов.',
  },
  routes: {
    title: 'Индивидуальные образовательные маршруты',
    orgAddressee: 'Заместитель руководителя ОО, руководители школьных методических объединений',
    municipalAddressee: IMC,
    orgMeasures:
      'Разработать индивидуальные образовательные маршруты для педагогов, прошедших диагностику, совместно с тьюторами ЦНППМ и кураторами ИОМ, и ежеквартально отслеживать их выполнение.',
    municipalMeasures:
      'Закрепить кураторов сопровождения ИОМ за ОО, организовать адресную методическую поддержку педагогов в разработке и реализации маршрутов.',
    decision:
      'Закрепить кураторов индивидуальных образовательных маршрутов за образовательными организациями и включить разработку ИОМ по итогам диагностики в план работы муниципальной методической службы.',
  },
  burnout: {
    title: 'Профилактика профессионального выгорания',
    orgAddressee: 'Руководитель ОО, руководители школьных методических объединений',
    municipalAddressee: IMC,
    orgMeasures:
      'Расширить участие педагогов в проектах, клубах по интересам и фестивалях творчества, информировать о возможностях санаторно-курортного лечения.',
    municipalMeasures: 'Включить в муниципальный план мероприятия по профилактике профессионального выгорания: клубы, фестивали, сетевые проекты.',
    decision: 'Включить в муниципальный план мероприятия по профилактике профессионального выгорания педагогов.',
  },
  contests: {
    title: 'Конкурсы профессионального мастерства',
    orgAddressee: 'Руководитель ОО, руководители школьных методических объединений',
    municipalAddressee: IMC,
    orgMeasures:
      'Составить план участия педагогов в конкурсах профессионального мастерства и организовать сопровождение конкурсантов: наставник, экспертиза материалов, репетиции.',
    municipalMeasures:
      'Провести муниципальные этапы конкурсов профессионального мастерства и организовать сопровождение участников региональных и федеральных этапов.',
    decision:
      'Провести муниципальные конкурсы профессионального мастерства и организовать методическое сопровождение участников региональных и федеральных этапов.',
  },
  methodical: {
    title: 'Научно-методическое сопровождение и сетевое взаимодействие',
    orgAddressee: ORG_HEAD,
    municipalAddressee: IMC,
    orgMeasures:
      'Включить педагогов в сетевые методические мероприятия ГМК, стажировки и мастер-классы, подготовить методические разработки к экспертизе и тиражированию.',
    municipalMeasures:
      'Организовать сетевые методические мероприятия, стажировочные площадки и экспертизу методических разработок; оказать методическую помощь школьным методическим объединениям.',
    decision:
      'Развивать сетевое взаимодействие на уровне муниципалитета: методическая помощь методическим объединениям ОО, стажировочные площадки, мероприятия ГМК.',
  },
  staffing: {
    title: 'Кадровое обеспечение',
    orgAddressee: 'Руководитель ОО',
    municipalAddressee: DEPARTMENT,
    orgMeasures:
      'Проанализировать кадровую потребность и распределение нагрузки, привлекать выпускников по договорам о целевом обучении, направить педагогов, работающих не по профилю, на переподготовку.',
    municipalMeasures:
      'Заключить договоры о целевом обучении и соглашения с педагогическими колледжами и вузами, развивать психолого-педагогические классы, обновить муниципальный план развития кадрового потенциала.',
    decision:
      'Принять меры по устранению кадрового дефицита: целевое обучение, соглашения с педагогическими колледжами и вузами, психолого-педагогические классы, муниципальный план развития кадрового потенциала.',
  },
  retraining: {
    title: 'Профессиональная переподготовка',
    orgAddressee: 'Руководитель ОО',
    municipalAddressee: DEPARTMENT,
    orgMeasures: 'Направить педагогов, преподающих не по профилю полученного образования, на программы профессиональной переподготовки.',
    municipalMeasures: 'Включить профессиональную переподготовку педагогов, работающих не по профилю, в муниципальный план развития кадрового потенциала.',
    decision: 'Включить в муниципальный план развития кадрового потенциала профессиональную переподготовку педагогов, работающих не по профилю образования.',
  },
  young: {
    title: 'Поддержка молодых педагогов',
    orgAddressee: 'Руководитель ОО, педагоги-наставники',
    municipalAddressee: IMC,
    orgMeasures:
      'Закрепить наставника за каждым молодым педагогом, вовлечь молодых педагогов в сообщество молодых педагогов и Ассоциацию, оказать им адресную методическую поддержку.',
    municipalMeasures:
      'Организовать сопровождение молодых педагогов методистами регионального методического актива и работу муниципального сообщества молодых педагогов.',
    decision:
      'Принять меры помощи молодым педагогам: закрепление наставников, адресная методическая поддержка, участие в сообществе молодых педагогов и региональной Ассоциации.',
  },
  mentoring: {
    title: 'Наставничество',
    orgAddressee: 'Руководитель ОО, педагоги-наставники',
    municipalAddressee: IMC,
    orgMeasures:
      'Внедрить целевую модель наставничества (в том числе в форме «учитель – учитель»), закрепить показатели стимулирования наставников в локальных актах и вовлечь наставников в конкурсы.',
    municipalMeasures:
      'Поддержать внедрение целевой модели наставничества в ОО, создать объединение наставников муниципалитета и закрепить стимулирование наставников.',
    decision:
      'Внедрить целевую модель наставничества по форме «учитель – учитель» во всех ОО и закрепить показатели стимулирования педагогов-наставников в локальных актах.',
  },
  training: {
    title: 'Повышение квалификации',
    orgAddressee: 'Заместитель руководителя ОО, руководители школьных методических объединений',
    municipalAddressee: IMC,
    orgMeasures:
      'Спланировать повышение квалификации с учётом выявленных дефицитов по программам из Федерального реестра ДПП и подать заявку на курсы на следующий период.',
    municipalMeasures:
      'Сформировать муниципальную заявку на повышение квалификации по программам Федерального реестра ДПП с учётом дефицитов, выявленных диагностикой.',
    decision:
      'Утвердить муниципальный план-график повышения квалификации педагогов по программам Федерального реестра ДПП с заявками от каждой ОО.',
  },
  management: {
    title: 'Развитие управленческих команд',
    orgAddressee: 'Руководитель ОО',
    municipalAddressee: DEPARTMENT,
    orgMeasures:
      'Направить членов управленческой команды на повышение квалификации по программам Федерального реестра ДПП (управление качеством образования), включить руководителей в кадровый резерв и ИОМ.',
    municipalMeasures:
      'Организовать обучение управленческих команд по программам Федерального реестра ДПП и работу с кадровым резервом руководителей.',
    decision:
      'Скорректировать программу муниципальной методической службы: повышение квалификации управленческих команд по программам Федерального реестра ДПП, работа с кадровым резервом.',
  },
};

export const SUCCESS_MEASURES =
  'Рекомендуется обобщить и распространить опыт: провести мастер-класс или стажировку на базе организации, представить практику на сетевом методическом мероприятии (ГМК, региональный портал).';
export const SUCCESS_ADDRESSEE = 'Руководитель ОО; муниципальная методическая служба (МКУ ИМЦ)';

/** Stems of a `Муниципалитет` row or `Организации` flag that tie a presence criterion to a topic. */
export const SOURCE_TOPIC_WORDS: readonly [Topic, RegExp][] = [
  ['routes', /кураторы иом|internshipsite/i],
  ['methodical', /мо по функциональной|стажировоч|internshipSite/i],
  ['mentoring', /наставник|mentor/i],
  ['young', /молод/i],
  ['staffing', /кадров|колледж|класс|целев|staff/i],
];

/** The basis of a management decision: which criteria, where the municipality falls short, which organisations first. */
export const DECISION_BASIS = {
  criteria: (ids: readonly string[]) => `${ids.length === 1 ? 'критерий' : 'критерии'} ${ids.join(', ')}`,
  municipal: (ids: readonly string[]) => `по муниципалитету не достигнуто: ${ids.join(', ')}`,
  organizations: (first: readonly string[], more: number) => `прежде всего: ${first.join(', ')}${more > 0 ? ` и ещё ${more}` : ''}`,
} as const;

/** The lead of a recommendation over fewer people than «Минимум человек для вывода». */
export const THIN_TEXT = {
  lead: (n: number) => `Мало данных (в расчёте ${n} ${plural(n, 'человек', 'человека', 'человек')}), вывод предварительный. `,
} as const;

/** The subjects furthest behind, in a recommendation of a criterion broken down by subject. */
export const SUBJECT_TEXT = {
  figure: (subject: string, numerator: number, denominator: number) => `${subject} — ${numerator} из ${denominator}`,
  /** `partial`: the municipal value takes in organisations «по сведениям ОО», which have no breakdown by subject. */
  behind: (list: readonly string[], partial: boolean) =>
    ` Отстают предметы${partial ? ' (по организациям со списками работников)' : ''}: ${list.join(', ')}.`,
} as const;

/** The change since last period where it is not a number: a presence («да»/«нет»), an organisation meeting an orgShare target or not. */
export const TREND_TEXT = {
  presence: (period: string, before: string, change: 'same' | 'better' | 'worse') =>
    ` За период ${period} было ${before}: ${change === 'same' ? 'без изменений' : change === 'better' ? 'улучшение' : 'ухудшение'}.`,
  orgShare: (period: string, wasMet: boolean) =>
    wasMet ? ` За период ${period} критерий в организации был выполнен: ухудшение.` : ` За период ${period} критерий в организации тоже не был выполнен.`,
} as const;

/** A recommendation of the previous period that worked. */
export const FOLLOW_UP = {
  attentionClosed: 'зона внимания закрыта',
  targetMet: 'целевое значение достигнуто',
  done: (shortName: string, id: string, previousPeriod: string, before: string, now: string, what: string) =>
    `Выполнено: «${shortName}» (критерий ${id}) — за период ${previousPeriod} было ${before}, теперь ${now}; ${what}.`,
} as const;
