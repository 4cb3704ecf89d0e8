/*
 * Unit tests of the figures stage: percentages, quantities, counts, the
 * kinds an amount takes, the rules for bare numbers, spans in characters,
 * and a paragraph of news read whole.
 */
#include "figures_tap.h"

static const fig_case percents[] = {
	{"GDP grew 6.9% last year", "percent", "6.9%", "6.9", "%"},
	{"GDP grew 6.9 percent", "percent", "6.9 percent", "6.9", "%"},
	{"GDP grew 6.9 per cent", "percent", "6.9 per cent", "6.9", "%"},
	{"sank 27 % in the quarter", "percent", "27 %", "27", "%"},
	{"twenty percent of voters", "percent", "twenty percent", "20", "%"},
	{"thirty percentage", "percent", "thirty percentage", "30", "%"},
	{"just need minus five percent", "percent", "minus five percent", "-5", "%"},
	{"up 0.5 percentage points", "percent", "0.5 percentage points", "0.5", "pp"},
	{"a 25-basis-point cut", "percent", "25-basis-point", "25", "bp"},
	{"rates fell 200 basis points", "percent", "200 basis points", "200", "bp"},
	{"spreads widened 50 bps", "percent", "50 bps", "50", "bp"},
	{"a 5-percent rise", "percent", "5-percent", "5", "%"},
	{"about 70-80% of exports", "percent", "70-80%", "70", "%", "about", "80"},
	{"between five and 10 percent of us", "percent", "five and 10 percent", "5", "%", NULL, "10"},
	{"per cent of 210", "percent", "per cent of 210", "210", "%"},
	{"the 32 . 99 % shareholding", "percent", "32 . 99 %", "32.99", "%"},
	{"more than 70% of earnings", "percent", "70%", "70", "%", "more than"},
	{"a 5pc rise", "percent", "5pc", "5", "%"},
	{"5 pc", "percent", "5 pc", NULL},
};

static const fig_case quantities[] = {
	{"1.2 million barrels per day", "quantity", "1.2 million barrels per day", "1200000", "barrel/day"},
	{"500,000 bpd of crude", "quantity", "500,000 bpd", "500000", "barrel/day"},
	{"output of 9.5 mb/d", "quantity", "9.5 mb/d", "9500000", "barrel/day"},
	{"10 million barrels of oil", "quantity", "10 million barrels", "10000000", "barrel"},
	{"2 million tonnes of wheat", "quantity", "2 million tonnes", "2000000", "tonne"},
	{"300 metric tons", "quantity", "300 metric tons", "300", "tonne"},
	{"a 500 MW plant", "quantity", "500 MW", "500", "MW"},
	{"3.6 GW of capacity", "quantity", "3.6 GW", "3.6", "GW"},
	{"10 bcm of gas", "quantity", "10 bcm", "10000000000", "m3"},
	{"10 billion cubic metres of gas", "quantity", "10 billion cubic metres", "10000000000", "m3"},
	{"50 kg of rice", "quantity", "50 kg", "50", "kg"},
	{" 29km Road ", "quantity", "29km", "29", "km"},
	{"the 180.25ml liquid", "quantity", "180.25ml", "180.25", "ml"},
	{"a 130 square kilometres area", "quantity", "130 square kilometres", "130", "km2"},
	{"5,000 hectares", "quantity", "5,000 hectares", "5000", "ha"},
	/* "mw" in ordinary text is no megawatt */
	{"It is 5 mw away", "quantity", "5 mw", NULL},
};

static const fig_case counts[] = {
	{"a delegation of over 70 businesspersons to Moscow", "number", "70", "70", "businesspersons", "over"},
	{"killed 35 people", "number", "35", "35", "people"},
	{"at least 11 workers of the city", "number", "11", "11", "workers", "at least"},
	{"more than 2,000 people died", "number", "2,000", "2000", "people", "more than"},
	{"Nissan plans to cut up to 700 contract workers.", "number", "700", "700", NULL, "up to"},
	{"All seventeen tests were succesful.", "number", "seventeen", "17", "tests"},
	{"two and a half years", "number", "two and a half", "2.5", "years"},
	{"cut 20 to 30 jobs", "number", "20 to 30", "20", "jobs", NULL, "30"},
	{"rose 2 to 3 percent", "percent", "2 to 3 percent", "2", "%", NULL, "3"},
	{"Prices rose 0.3 percent to 5.2 percent.", "percent", "5.2 percent", "5.2", "%"},
	{"Prices rose 0.3 percent to 5.2 percent.", "percent", "0.3 percent", "0.3", "%"},
	/* "less", "bonus", "basis": no plural noun */
	{"a 10 bonus payment", "number", "10", "10", NULL},
	{"He was 91.", "number", "91", "91", NULL},
};

int
main(void)
{
	const tf_fact *f;
	const char *text;

	CHECK_CASES(percents);
	CHECK_CASES(quantities);
	CHECK_CASES(counts);

	/* spans count characters: "€" is three bytes and one character */
	text = "\xC3\xA9t\xC3\xA9: \xE2\x82\xAC" "5 million and 6.9%";
	facts_of(text, NULL);
	f = find_fact("money", "\xE2\x82\xAC" "5 million");
	ok(f != NULL && f->cpos == 5 && f->clen == 10 && f->bpos == 7 && f->blen == 12,
	   "money span in characters and bytes after multibyte text");
	f = find_fact("percent", "6.9%");
	ok(f != NULL && f->cpos == 20 && f->clen == 4, "percent span in characters");

	/* a paragraph of news: every figure, nothing else */
	text = "The South Asian country narrowly avoided a default last year when it secured "
		"a last-gasp $3 billion financial assistance package from the IMF. The lender "
		"last month approved a $7 billion bailout deal. Pakistan's privatization minister "
		"led a delegation of over 70 businesspersons to Moscow on October 8, 2024. "
		"Inflation fell to 6.9 percent, and the policy rate was cut by 200 basis points.";
	facts_of(text, NULL);
	ok(fact_is(find_fact("money", "$3 billion"), "3000000000", "USD"), "news: $3 billion");
	ok(fact_is(find_fact("money", "$7 billion"), "7000000000", "USD"), "news: $7 billion");
	ok(fact_is(find_fact("number", "70"), "70", "businesspersons"), "news: 70 businesspersons");
	ok(fact_is(find_fact("percent", "6.9 percent"), "6.9", "%"), "news: 6.9 percent");
	ok(fact_is(find_fact("percent", "200 basis points"), "200", "bp"), "news: 200 basis points");
	ok(count_kind("money") == 2 && count_kind("percent") == 2 && count_kind("number") == 1 &&
	   count_kind("quantity") == 0, "news: no other figure (not the date's 8 and 2024)");
	f = find_fact("money", "$7 billion");
	ok(f != NULL && f->sentence == 2, "news: $7 billion is in sentence 2");

	/* long runs of digits and symbols: bounded work, no figure from garbage */
	{
		static char buf[200000];
		size_t		n = 0;

		while (n + 2 < sizeof(buf) / 2)
		{
			buf[n++] = '9';
		}
		while (n + 3 < sizeof(buf))
		{
			buf[n++] = '$';
			buf[n++] = ' ';
		}
		buf[n] = '\0';
		facts_of(buf, NULL);
		ok(count_kind("money") == 0 && count_kind("number") == 0,
		   "a 100,000-digit run and 50,000 dollar signs give no figure");
	}
	return tap_done();
}
