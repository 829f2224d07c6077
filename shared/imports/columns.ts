/**
 * Which spreadsheet column holds what: guessed from the header row in English, Spanish, French
 * or Arabic, then shown to the user, who may change any of it before importing.
 */
import { SHARED_LOCALES, translate } from '../i18n/translate';
export const IMPORT_FIELDS = [
  'personId',
  'name',
  'email',
  'institution',
  'country',
  'kind',
  'start',
  'end',
  'endedOn',
  'seat',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** A column mapped to a field, or left out. */
export type ColumnMapping = (ImportField | null)[];

/** Header words for each field in English, Spanish, French and Arabic, compared folded; the first match in order wins. */
const HEADER_WORDS: [ImportField, string[]][] = [
  [
    'personId',
    [
      'person id',
      'id',
      'member id',
      'identifier',
      'identificador',
      'identifiant',
      'id persona',
      'id personne',
      'معرّف الشخص',
      'رقم العضو',
    ],
  ],
  [
    'endedOn',
    [
      'ended on',
      'ended early',
      'end early',
      'left on',
      'resigned',
      'fecha de baja',
      'baja',
      'termino anticipado',
      'fin anticipee',
      'demission',
      'date de depart',
      'تاريخ الانتهاء المبكر',
      'تاريخ الاستقالة',
    ],
  ],
  [
    'start',
    [
      'start',
      'term start',
      'from',
      'since',
      'begins',
      'inicio',
      'desde',
      'fecha de inicio',
      'debut',
      'date de debut',
      'depuis',
      'بداية الولاية',
      'تاريخ البدء',
      'من',
    ],
  ],
  [
    'end',
    [
      'end',
      'term end',
      'until',
      'to',
      'ends',
      'planned end',
      'fin',
      'hasta',
      'fecha de fin',
      'fin du mandat',
      'jusqu',
      'نهاية الولاية',
      'تاريخ الانتهاء',
      'إلى',
      'حتى',
    ],
  ],
  [
    'kind',
    [
      'kind',
      'type',
      'membership',
      'category',
      'tipo',
      'categoria',
      'genre',
      'categorie',
      'type de mandat',
      'نوع الولاية',
      'نوع العضوية',
      'الفئة',
    ],
  ],
  ['email', ['email', 'e-mail', 'mail', 'correo', 'courriel', 'adresse electronique', 'البريد الإلكتروني', 'البريد']],
  [
    'institution',
    [
      'institution',
      'organisation',
      'organization',
      'affiliation',
      'employer',
      'institucion',
      'organizacion',
      'etablissement',
      'المؤسسة',
      'الجهة',
    ],
  ],
  ['country', ['country', 'pais', 'pays', 'nation', 'الدولة']],
  ['seat', ['seat', 'puesto', 'escano', 'siege', 'المقعد']],
  [
    'notes',
    [
      'notes',
      'note',
      'comments',
      'remarks',
      'notas',
      'observaciones',
      'commentaires',
      'remarques',
      'ملاحظات',
      'الملاحظات',
    ],
  ],
  [
    'name',
    [
      'name',
      'full name',
      'member',
      'person',
      'nombre',
      'nombre completo',
      'miembro',
      'nom',
      'nom complet',
      'membre',
      'candidate',
      'الاسم الكامل',
      'العضو',
      'المرشح',
    ],
  ],
];

/** Lower case, no accents or Arabic vowel marks, letters of any script and digits only. */
export function foldHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@]+/gu, ' ')
    .trim();
}

/** The columns of the app's own roster export, in every language, so an exported roster reads back. */
const EXPORTED_HEADERS: Partial<Record<ImportField, string>> = {
  personId: 'export.column.personId',
  name: 'export.column.name',
  country: 'export.column.country',
  kind: 'export.roster.column.kind',
  start: 'export.roster.column.start',
  end: 'export.roster.column.end',
  endedOn: 'export.roster.column.endedOn',
};

const FOLDED_HEADER_WORDS = HEADER_WORDS.map(([field, words]) => {
  const id = EXPORTED_HEADERS[field];
  const exported = id ? SHARED_LOCALES.map((locale) => translate(locale, { id })) : [];
  return [field, [...words, ...exported].map(foldHeader)] as const;
});

/**
 * The field each header most likely names. An exact match of a header word wins over a header
 * that merely begins with one ("Term start (dd/mm/yyyy)"); each field is given to one column only.
 */
export function guessColumns(headers: readonly string[]): ColumnMapping {
  const folded = headers.map(foldHeader);
  const mapping: ColumnMapping = headers.map(() => null);
  const taken = new Set<ImportField>();
  for (const exact of [true, false]) {
    folded.forEach((header, i) => {
      if (mapping[i] !== null || header === '') return;
      for (const [field, words] of FOLDED_HEADER_WORDS) {
        if (taken.has(field)) continue;
        const hit = words.some((w) => (exact ? header === w : header.startsWith(`${w} `) || header.endsWith(` ${w}`)));
        if (hit) {
          mapping[i] = field;
          taken.add(field);
          return;
        }
      }
    });
  }
  return mapping;
}
