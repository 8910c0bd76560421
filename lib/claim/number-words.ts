/** Spelled-out numbers and scales as headlines and bodies write them. */

export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, half: 0.5,
};

export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12,
};

export const CURRENCIES: Readonly<Record<string, string>> = {
  $: 'USD', us$: 'USD', usd: 'USD', dollars: 'USD', dollar: 'USD', '£': 'GBP', gbp: 'GBP',
  '€': 'EUR', eur: 'EUR', euros: 'EUR', euro: 'EUR', '¥': 'JPY', yen: 'JPY', yuan: 'CNY',
  rupees: 'INR', rs: 'INR',
};

// "cuts 400 jobs", "sales fall 50%" -> down
export const DOWN_WORDS = /^(fall|falls|fell|falling|drop|drops|dropped|dropping|plunge|plunges|plunged|plummet|plummets|plummeted|sink|sinks|sank|slump|slumps|slumped|tumble|tumbles|tumbled|decline|declines|declined|dip|dips|dipped|slide|slides|slid|shrink|shrinks|shrank|cut|cuts|cutting|slash|slashes|slashed|lose|loses|lost|losing|shed|sheds|reduce|reduces|reduced|lower|lowers|lowered|down|decrease|decreases|decreased|crash|crashes|crashed|halve|halves|halved|axe|axes|axed|layoffs?|loss|losses|slashes)$/;
// "profits rise 20%", "jumps 5 points" -> up
export const UP_WORDS = /^(rise|rises|rose|rising|jump|jumps|jumped|soar|soars|soared|surge|surges|surged|climb|climbs|climbed|increase|increases|increased|grow|grows|grew|gain|gains|gained|up|boost|boosts|boosted|raise|raises|raised|add|adds|added|double|doubles|doubled|triple|triples|tripled|spike|spikes|spiked|hike|hikes|hiked|rally|rallies|rallied|higher|growth)$/;
