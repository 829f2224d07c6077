/**
 * Which spreadsheet column holds what: guessed from the header row in English, Spanish or
 * French, then shown to the user, who may change any of it before importing.
 */
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

/** Header words for each field, folded (lower case, no accents); the first match in order wins. */
const HEADER_WORDS: [ImportField, string[]][] = [
  [
    'personId',
    ['person id', 'id', 'member id', 'identifier', 'identificador', 'identifiant', 'id persona', 'id personne'],
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
    ],
  ],
  [
    'end',
    ['end', 'term end', 'until', 'to', 'ends', 'planned end', 'fin', 'hasta', 'fecha de fin', 'fin du mandat', 'jusqu'],
  ],
  ['kind', ['kind', 'type', 'membership', 'category', 'tipo', 'categoria', 'genre', 'categorie', 'type de mandat']],
  ['email', ['email', 'e-mail', 'mail', 'correo', 'courriel', 'adresse electronique']],
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
    ],
  ],
  ['country', ['country', 'pais', 'pays', 'nation']],
  ['seat', ['seat', 'puesto', 'escano', 'siege']],
  ['notes', ['notes', 'note', 'comments', 'remarks', 'notas', 'observaciones', 'commentaires', 'remarques']],
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
    ],
  ],
];

export function foldHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9@]+/g, ' ')
    .trim();
}

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
      for (const [field, words] of HEADER_WORDS) {
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
