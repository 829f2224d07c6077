import type { IsoDate } from '../domain/dates';
import type { ActionStatus, MeetingMode, OfficeRole } from '../domain/vocabulary';
import type { QuorumRule } from '../rules/quorum';

/**
 * The fixed words of draft minutes in each language the secretary may work in: headings,
 * status names, roles, the quorum sentence, the PDF's page numbers. The minutes are written in
 * the language chosen on the screen; names, titles and notes stay as the records hold them.
 */

export const MINUTES_LOCALES = ['en', 'es', 'fr', 'ar'] as const;
export type MinutesLocale = (typeof MINUTES_LOCALES)[number];

/** The minutes language for a language tag ("fr", "es-AR"); anything else is English. */
export function minutesLocale(tag: string | undefined): MinutesLocale {
  const base = (tag ?? '').toLowerCase().split('-')[0] ?? '';
  return (MINUTES_LOCALES as readonly string[]).includes(base) ? (base as MinutesLocale) : 'en';
}

export type QuorumFigures = { present: number; votingMembers: number; required: number; reached: boolean };

export type MinutesWords = {
  /** Headings, with their colon as the language writes it. */
  present: string;
  guests: string;
  apologies: string;
  absent: string;
  quorum: string;
  noAttendance: string;
  /** After a name: "(online)". */
  online: string;
  meetingMode: Record<MeetingMode, string>;
  languages: string;
  interpretation: string;
  /** The title when the meeting has none. */
  meetingOf: (committee: string) => string;
  actionPlanItem: string;
  noAgenda: string;
  ended: (time: string) => string;
  status: Record<ActionStatus, string>;
  role: Record<OfficeRole, string>;
  convenorOf: (group: string) => string;
  corresponding: string;
  exOfficio: string;
  proposedCooption: string;
  rule: (rule: QuorumRule) => string;
  quorumSentence: (q: QuorumFigures, rule: string) => string;
  /** Separators of a list of names, and of clauses. */
  comma: string;
  /** Agenda titles the action plan goes under, and "any other business" (it goes before that). */
  actionPlanTitle: RegExp;
  otherBusiness: RegExp;
  page: (n: number, total: number) => string;
  missingGlyphs: string;
};

const percent = (fraction: number) => Math.round(fraction * 1000) / 10;

const ACTION_PLAN = /action plan|plan de acci[oó]n|plan d['’]action|خطة العمل/i;
const OTHER_BUSINESS =
  /^(aob|any other business|otros asuntos|asuntos varios|ruegos y preguntas|questions diverses|divers|ما يستجد)/i;

export const MINUTES_WORDS: Record<MinutesLocale, MinutesWords> = {
  en: {
    present: 'Present:',
    guests: 'Guests and observers:',
    apologies: 'Apologies:',
    absent: 'Absent:',
    quorum: 'Quorum:',
    noAttendance: '(no attendance recorded)',
    online: 'online',
    meetingMode: { 'in-person': 'In person meeting', online: 'Online meeting', hybrid: 'Hybrid meeting' },
    languages: 'Languages:',
    interpretation: 'Interpretation:',
    meetingOf: (committee) => `${committee} meeting`,
    actionPlanItem: 'Action plan: review and update',
    noAgenda: '(no agenda recorded)',
    ended: (time) => `The meeting ended at ${time}.`,
    status: {
      planned: 'Planned',
      ongoing: 'Ongoing',
      completed: 'Completed',
      'on-hold': 'On hold',
      'not-proceeding': 'Not proceeding',
      sunsetted: 'Sunsetted',
    },
    role: {
      chair: 'Chair',
      secretary: 'Secretary',
      'information-coordinator': 'Information Coordinator',
      'sig-convenor': 'SIG Convenor',
    },
    convenorOf: (group) => `${group} Convenor`,
    corresponding: 'Corresponding member',
    exOfficio: 'ex officio',
    proposedCooption: 'proposed co-option',
    rule: (rule) =>
      rule.kind === 'fixedNumber'
        ? `a fixed number (${rule.number})`
        : rule.kind === 'fraction'
          ? `${percent(rule.fraction)}% of the voting members, rounded up`
          : 'a majority of the voting members',
    quorumSentence: (q, rule) =>
      `${q.present} of ${q.votingMembers} voting members present; ${q.required} needed (${rule}): ${
        q.reached ? 'quorum reached' : 'no quorum'
      }.`,
    comma: ', ',
    actionPlanTitle: ACTION_PLAN,
    otherBusiness: OTHER_BUSINESS,
    page: (n, total) => `Page ${n} of ${total}`,
    missingGlyphs:
      'Some characters have no glyph in the embedded fonts and print as empty boxes; the Markdown holds the exact text.',
  },
  es: {
    present: 'Presentes:',
    guests: 'Invitados y observadores:',
    apologies: 'Excusas:',
    absent: 'Ausentes:',
    quorum: 'Quórum:',
    noAttendance: '(no se registró la asistencia)',
    online: 'en línea',
    meetingMode: { 'in-person': 'Reunión presencial', online: 'Reunión en línea', hybrid: 'Reunión híbrida' },
    languages: 'Idiomas:',
    interpretation: 'Interpretación:',
    meetingOf: (committee) => `Reunión – ${committee}`,
    actionPlanItem: 'Plan de acción: revisión y actualización',
    noAgenda: '(no se registró el orden del día)',
    ended: (time) => `La reunión terminó a las ${time}.`,
    status: {
      planned: 'Planificada',
      ongoing: 'En curso',
      completed: 'Completada',
      'on-hold': 'En pausa',
      'not-proceeding': 'No continúa',
      sunsetted: 'Cerrada',
    },
    role: {
      chair: 'Presidente/a',
      secretary: 'Secretario/a',
      'information-coordinator': 'Coordinador/a de Información',
      'sig-convenor': 'Coordinador/a de SIG',
    },
    convenorOf: (group) => `Coordinador/a del ${group}`,
    corresponding: 'Miembro correspondiente',
    exOfficio: 'miembro ex officio',
    proposedCooption: 'cooptación propuesta',
    rule: (rule) =>
      rule.kind === 'fixedNumber'
        ? `un número fijo (${rule.number})`
        : rule.kind === 'fraction'
          ? `el ${percent(rule.fraction)} % de los miembros con derecho a voto, redondeado hacia arriba`
          : 'la mayoría de los miembros con derecho a voto',
    quorumSentence: (q, rule) =>
      `${q.present} de ${q.votingMembers} miembros con derecho a voto presentes; se necesitan ${q.required} (${rule}): ${
        q.reached ? 'hay quórum' : 'no hay quórum'
      }.`,
    comma: ', ',
    actionPlanTitle: ACTION_PLAN,
    otherBusiness: OTHER_BUSINESS,
    page: (n, total) => `Página ${n} de ${total}`,
    missingGlyphs:
      'Algunos caracteres no tienen glifo en las fuentes incrustadas y se imprimen como recuadros vacíos; el Markdown conserva el texto exacto.',
  },
  fr: {
    present: 'Présents\u00a0:',
    guests: 'Invités et observateurs\u00a0:',
    apologies: 'Excusés\u00a0:',
    absent: 'Absents\u00a0:',
    quorum: 'Quorum\u00a0:',
    noAttendance: '(aucune présence enregistrée)',
    online: 'en ligne',
    meetingMode: { 'in-person': 'Réunion en présentiel', online: 'Réunion en ligne', hybrid: 'Réunion hybride' },
    languages: 'Langues\u00a0:',
    interpretation: 'Interprétation\u00a0:',
    meetingOf: (committee) => `Réunion – ${committee}`,
    actionPlanItem: 'Plan d’action\u00a0: examen et mise à jour',
    noAgenda: '(aucun ordre du jour enregistré)',
    ended: (time) => `La réunion s’est terminée à ${time}.`,
    status: {
      planned: 'Planifiée',
      ongoing: 'En cours',
      completed: 'Terminée',
      'on-hold': 'En pause',
      'not-proceeding': 'Abandonnée',
      sunsetted: 'Clôturée',
    },
    role: {
      chair: 'Président(e)',
      secretary: 'Secrétaire',
      'information-coordinator': 'Coordinateur(trice) de l’information',
      'sig-convenor': 'Responsable de SIG',
    },
    convenorOf: (group) => `Responsable du ${group}`,
    corresponding: 'Membre correspondant',
    exOfficio: 'membre de droit',
    proposedCooption: 'cooptation proposée',
    rule: (rule) =>
      rule.kind === 'fixedNumber'
        ? `un nombre fixe (${rule.number})`
        : rule.kind === 'fraction'
          ? `${percent(rule.fraction)}\u00a0% des membres votants, arrondi à l’unité supérieure`
          : 'la majorité des membres votants',
    quorumSentence: (q, rule) =>
      `${q.present} sur ${q.votingMembers} membres votants présents\u00a0; ${q.required} requis (${rule})\u00a0: ${
        q.reached ? 'quorum atteint' : 'quorum non atteint'
      }.`,
    comma: ', ',
    actionPlanTitle: ACTION_PLAN,
    otherBusiness: OTHER_BUSINESS,
    page: (n, total) => `Page ${n} sur ${total}`,
    missingGlyphs:
      'Certains caractères n’ont pas de glyphe dans les polices intégrées et s’impriment comme des cases vides\u00a0; le Markdown conserve le texte exact.',
  },
  ar: {
    present: 'الحاضرون:',
    guests: 'الضيوف والمراقبون:',
    apologies: 'المعتذرون:',
    absent: 'الغائبون:',
    quorum: 'النصاب:',
    noAttendance: '(لم يُسجَّل الحضور)',
    online: 'عبر الإنترنت',
    meetingMode: { 'in-person': 'اجتماع حضوري', online: 'اجتماع عبر الإنترنت', hybrid: 'اجتماع مختلط' },
    languages: 'اللغات:',
    interpretation: 'الترجمة الفورية:',
    meetingOf: (committee) => `اجتماع ${committee}`,
    actionPlanItem: 'خطة العمل: المراجعة والتحديث',
    noAgenda: '(لم يُسجَّل جدول أعمال)',
    ended: (time) => `انتهى الاجتماع في الساعة ${time}.`,
    status: {
      planned: 'مخطط له',
      ongoing: 'جارٍ',
      completed: 'مكتمل',
      'on-hold': 'معلّق',
      'not-proceeding': 'لن يُنفَّذ',
      sunsetted: 'منتهٍ',
    },
    role: {
      chair: 'الرئيس',
      secretary: 'الأمين',
      'information-coordinator': 'منسق المعلومات',
      'sig-convenor': 'منسق مجموعة الاهتمام الخاص',
    },
    convenorOf: (group) => `منسق ${group}`,
    corresponding: 'عضو مراسل',
    exOfficio: 'عضو بحكم المنصب',
    proposedCooption: 'استقطاب مقترح',
    rule: (rule) =>
      rule.kind === 'fixedNumber'
        ? `عدد ثابت (${rule.number})`
        : rule.kind === 'fraction'
          ? `${percent(rule.fraction)}% من الأعضاء المصوّتين، مع التقريب إلى الأعلى`
          : 'أغلبية الأعضاء المصوّتين',
    quorumSentence: (q, rule) =>
      `حضر ${q.present} من ${q.votingMembers} من الأعضاء المصوّتين؛ المطلوب ${q.required} (${rule}): ${
        q.reached ? 'النصاب مكتمل' : 'النصاب غير مكتمل'
      }.`,
    comma: '، ',
    actionPlanTitle: ACTION_PLAN,
    otherBusiness: OTHER_BUSINESS,
    page: (n, total) => `الصفحة ${n} من ${total}`,
    missingGlyphs: 'بعض الأحرف ليس لها رسم في الخطوط المضمّنة فتُطبع مربعات فارغة؛ ويحتفظ نص Markdown بالنص الدقيق.',
  },
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A date as minutes write it: "March 19, 2021" in English, as the seed minutes do; in the other
 * languages, the platform's long date ("19 de marzo de 2021", "19 mars 2021").
 */
export function minutesDate(date: IsoDate, locale: MinutesLocale = 'en'): string {
  if (locale !== 'en') {
    try {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${date}T00:00:00Z`),
      );
    } catch {
      // Without the platform's data for the language, the English form below.
    }
  }
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}, ${date.slice(0, 4)}`;
}
