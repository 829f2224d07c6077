import type { Region } from './vocabulary';

/**
 * Default country → IFLA region table. IFLA publishes membership per regional page and
 * the borders are a judgement call in places (the Caucasus, Central Asia, Israel, Turkey), so
 * this is data the app lets a user edit, not a rule; a person's explicit `region` always wins.
 */
const COUNTRIES_BY_REGION: Record<Region, string> = {
  NorthAmerica: 'US CA BM PM GL',
  LatinAmericaCaribbean:
    'MX GT BZ SV HN NI CR PA CU JM HT DO PR BS BB TT AG DM GD KN LC VC AI AW BQ CW SX KY MS TC VG VI ' +
    'GP MQ BL MF CO VE GY SR GF EC PE BO BR PY UY AR CL FK GS',
  MiddleEastNorthAfrica: 'DZ BH EG IQ IR IL JO KW LB LY MA MR OM PS QA SA SD SY TN AE YE EH',
  SubSaharanAfrica:
    'AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ GQ ER SZ ET GA GM GH GN GW KE LS LR MG MW ML MU YT MZ ' +
    'NA NE NG RE RW SH ST SN SC SL SO ZA SS TZ TG UG ZM ZW',
  Europe:
    'AL AD AM AT AZ BY BE BA BG HR CY CZ DK EE FO FI FR GE DE GI GR GG HU IS IE IM IT JE XK LV LI LT ' +
    'LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB VA AX TR',
  AsiaOceania:
    'AF BD BT BN KH CN HK MO TW IN ID JP KZ KG LA MY MV MN MM NP KP KR PK PH SG LK TJ TH TL TM UZ VN ' +
    'AU NZ FJ PG SB VU NC PF WS TO KI TV NR FM MH PW CK NU TK WF AS GU MP PN NF CX CC IO',
};

export const DEFAULT_COUNTRY_REGIONS: ReadonlyMap<string, Region> = new Map(
  (Object.entries(COUNTRIES_BY_REGION) as [Region, string][]).flatMap(([region, codes]) =>
    codes.split(' ').map((code) => [code, region] as const),
  ),
);

/** A person's region: the one recorded, else the one their country belongs to, else undefined. */
export function regionOf(
  person: { region?: Region | undefined; country?: string | undefined },
  table: ReadonlyMap<string, Region> = DEFAULT_COUNTRY_REGIONS,
): Region | undefined {
  if (person.region) return person.region;
  return person.country ? table.get(person.country.toUpperCase()) : undefined;
}
