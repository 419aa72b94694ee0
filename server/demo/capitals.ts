import type { SolvedTask } from './solvedTask.ts';

// "What is the capital of France?" from a small table. Each country names a neighbour, whose capital is the
// demo's wrong answer: the plausible slip (Madrid for France), not a random word.
interface Country {
  name: string;
  capital: string;
  neighbour: string;
  aliases?: readonly string[];
  /** Named with "the" in a sentence: "the Netherlands". */
  the?: true;
}

export const COUNTRIES: readonly Country[] = [
  { name: 'France', capital: 'Paris', neighbour: 'Spain' },
  { name: 'Spain', capital: 'Madrid', neighbour: 'Portugal' },
  { name: 'Portugal', capital: 'Lisbon', neighbour: 'Spain' },
  { name: 'Germany', capital: 'Berlin', neighbour: 'Austria' },
  { name: 'Austria', capital: 'Vienna', neighbour: 'Switzerland' },
  { name: 'Switzerland', capital: 'Bern', neighbour: 'Italy' },
  { name: 'Italy', capital: 'Rome', neighbour: 'France' },
  { name: 'Belgium', capital: 'Brussels', neighbour: 'Netherlands' },
  { name: 'Netherlands', capital: 'Amsterdam', neighbour: 'Belgium', aliases: ['Holland'], the: true },
  { name: 'Poland', capital: 'Warsaw', neighbour: 'Germany' },
  { name: 'Czechia', capital: 'Prague', neighbour: 'Poland', aliases: ['Czech Republic'] },
  { name: 'Hungary', capital: 'Budapest', neighbour: 'Austria' },
  { name: 'Greece', capital: 'Athens', neighbour: 'Turkey' },
  { name: 'Turkey', capital: 'Ankara', neighbour: 'Greece', aliases: ['Türkiye'] },
  { name: 'Sweden', capital: 'Stockholm', neighbour: 'Norway' },
  { name: 'Norway', capital: 'Oslo', neighbour: 'Sweden' },
  { name: 'Denmark', capital: 'Copenhagen', neighbour: 'Sweden' },
  { name: 'Finland', capital: 'Helsinki', neighbour: 'Sweden' },
  { name: 'Ireland', capital: 'Dublin', neighbour: 'United Kingdom' },
  {
    name: 'United Kingdom',
    capital: 'London',
    neighbour: 'Ireland',
    aliases: ['UK', 'Britain', 'Great Britain', 'England'],
    the: true,
  },
  { name: 'Egypt', capital: 'Cairo', neighbour: 'Kenya' },
  { name: 'Kenya', capital: 'Nairobi', neighbour: 'Egypt' },
  { name: 'Japan', capital: 'Tokyo', neighbour: 'South Korea' },
  { name: 'South Korea', capital: 'Seoul', neighbour: 'Japan', aliases: ['Korea'] },
  { name: 'China', capital: 'Beijing', neighbour: 'South Korea' },
  { name: 'India', capital: 'New Delhi', neighbour: 'China' },
  { name: 'Australia', capital: 'Canberra', neighbour: 'New Zealand' },
  { name: 'New Zealand', capital: 'Wellington', neighbour: 'Australia' },
  { name: 'Canada', capital: 'Ottawa', neighbour: 'United States' },
  {
    name: 'United States',
    capital: 'Washington, D.C.',
    neighbour: 'Canada',
    aliases: ['USA', 'US', 'United States of America', 'America'],
    the: true,
  },
  { name: 'Mexico', capital: 'Mexico City', neighbour: 'United States' },
  { name: 'Argentina', capital: 'Buenos Aires', neighbour: 'Chile' },
  { name: 'Chile', capital: 'Santiago', neighbour: 'Argentina' },
  { name: 'Peru', capital: 'Lima', neighbour: 'Chile' },
];

const byName = new Map<string, Country>();
for (const country of COUNTRIES) {
  for (const name of [country.name, ...(country.aliases ?? [])]) byName.set(name.toLowerCase(), country);
}

// "capital of France", "capital city of the Netherlands", up to the end of the sentence.
const ASKED = /\bcapital(?:\s+city)?\s+of\s+(?:the\s+)?(\p{L}[\p{L}.' -]*?)\s*(?:[?!,;:]|\.(?:\s|$)|$)/iu;

export function findCountry(name: string): Country | undefined {
  return byName.get(name.trim().replace(/\s+/g, ' ').toLowerCase());
}

export function solveCapital(prompt: string): SolvedTask | undefined {
  const asked = ASKED.exec(prompt)?.[1];
  const country = asked === undefined ? undefined : findCountry(asked);
  const neighbour = country && findCountry(country.neighbour);
  if (!country || !neighbour) return undefined;
  return {
    kind: 'capital',
    answer: country.capital,
    wrongs: [neighbour.capital],
    sentence: (value) => `The capital of ${country.the ? 'the ' : ''}${country.name} is ${value}`,
  };
}
