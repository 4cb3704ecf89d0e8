/*
 * Unit tests of the numeral reader (numbers.c) through the engine: digits,
 * groupings, words, scales, decimals, fractions, and what is no number.
 */
#include "figures_tap.h"

static const fig_case digits[] = {
	{"There are 12,567 words", "number", "12,567", "12567", "words"},
	{"1,234,567", "number", "1,234,567", "1234567"},
	{"a payment of 1,00,000 today", "number", "1,00,000", "100000"},
	{"The total was 9.2321312", "number", "9.2321312", "9.2321312"},
	{".23456000", "number", ".23456000", "0.23456"},
	{"It fell to -1 overnight", "number", "-1", "-1"},
	{"123456789101231", "number", "123456789101231", "123456789101231"},
	{"40 000 troops", "number", "40 000", "40000", "troops"},
	{"40\xE2\x80\xAF" "000 troops", "number", "40\xE2\x80\xAF" "000", "40000", "troops"},
	{"0033", "number", "0033", "33"},
	{"The number is 1,3.", "number", "1,3", "1.3"},
	{"the tokenised 1 . 6 billion", "number", "1 . 6 billion", "1600000000"},
	{"2  1/4", "number", "2  1/4", "2.25"},
	{"- 1 4/5", "number", "- 1 4/5", "-1.8"},
	{"3/4", "number", "3/4", "0.75"},
	{"the result is \xC2\xBE", "number", "\xC2\xBE", "0.75"},
	{"1.3x10^6", "number", "1.3x10^6", "1300000"},
	{"12.32e+14", "number", "12.32e+14", "1232000000000000"},
	{"2.5^-1", "number", "2.5^-1", "0.4"},
	/* exact, never a binary double */
	{"1.1 billion", "number", "1.1 billion", "1100000000"},
	{"0.1 million", "number", "0.1 million", "100000"},
};

static const fig_case scales[] = {
	{"2 million", "number", "2 million", "2000000"},
	{"2.7million", "number", "2.7million", "2700000"},
	{"10k", "number", "10k", "10000"},
	{" 2.33 k", "number", "2.33 k", "2330"},
	{"either 10 bln or 10 tln", "number", "10 tln", "10000000000000"},
	{"either 10 bln or 10 tln", "number", "10 bln", "10000000000"},
	{"There are 1 crore boxes", "number", "1 crore", "10000000", "boxes"},
	{"The total is three lakh crore", "number", "three lakh crore", "3000000000000"},
	{"three thousand millions", "number", "three thousand millions", "3000000000"},
	{"1.2b", "number", "1.2b", "1200000000"},
	{"half a billion", "number", "half a billion", "500000000"},
	{"quarter million", "number", "quarter million", "250000"},
	{"a million", "number", "a million", "1000000"},
	{"two hundred dozens", "number", "two hundred dozens", "2400"},
};

static const fig_case words[] = {
	{"seventy", "number", "seventy", "70"},
	{"one hundred and twenty", "number", "one hundred and twenty", "120"},
	{"twenty-one trillion and three hundred", "number",
	 "twenty-one trillion and three hundred", "21000000000300"},
	{"fifty   two", "number", "fifty   two", "52"},
	{"two hundred and two thousand", "number", "two hundred and two thousand", "202000"},
	{"seven hundred twenty-one thousand and twelve", "number",
	 "seven hundred twenty-one thousand and twelve", "721012"},
	{"three crore twelve lakh fifty-six thousand seven hundred twenty-one", "number",
	 "three crore twelve lakh fifty-six thousand seven hundred twenty-one", "31256721"},
	{"4 thousand 3 hundred and 21 is a valid number.", "number", "4 thousand 3 hundred and 21",
	 "4321"},
	{"3 hundred and 2.12 hundred", "number", "2.12 hundred", "212"},
	{"ONE TwentY tWO", "number", "ONE TwentY tWO", "122"},
	{"Twenty-six people die in accident", "number", "Twenty-six", "26", "people"},
	{"The answer is negative one", "number", "negative one", "-1"},
	{"minus five point five", "number", "minus five point five", "-5.5"},
	{"two hundred point seventy-one", "number", "two hundred point seventy-one", "200.71"},
	{"nine point nought four", "number", "nine point nought four", "9.04"},
	{"point 77", "number", "point 77", "0.77"},
	{"zero is 0", "number", "zero", "0"},
	{"Let's try one last time", "number", "one", "1"},
};

static const fig_case fractions[] = {
	{"two thirds", "number", "two thirds", "0.666666666666667"},
	{"one eighth", "number", "one eighth", "0.125"},
	{"a half", "number", "a half", "0.5"},
	{"a hundredth", "number", "a hundredth", "0.01"},
	{"a trillionth", "number", "a trillionth", "0.000000000001"},
	{"one and a half", "number", "one and a half", "1.5"},
	{"five and a quarter", "number", "five and a quarter", "5.25"},
	{"twenty and three fifths", "number", "twenty and three fifths", "20.6"},
	{"one hundred and three and two thirds", "number", "one hundred and three and two thirds",
	 "103.666666666667"},
	{"two hundred and fifty-four hundredths", "number", "two hundred and fifty-four hundredths",
	 "200.54"},
	{"The population is 3 million and a half", "number", "3 million and a half", "3500000"},
	{"Current value is one billion and a half million", "number",
	 "one billion and a half million", "1000500000"},
	{"The number is five billion and three quarters", "number",
	 "five billion and three quarters", "5750000000"},
	{"two and a half billion", "number", "two and a half billion", "2500000000"},
	{"a hundred thousand trillionths", "number", "a hundred thousand trillionths", "0.0000001"},
	{"a twenty-first", "number", "a twenty-first", "0.0476190476190476"},
	{"one over three", "number", "one over three", "0.333333333333333"},
	{"one out of three", "number", "one out of three", "0.333333333333333"},
};

/* shapes with digits or number words that are no numbers */
static const fig_case not_numbers[] = {
	{"Book a first class seat to seattle", NULL},
	{"This one you is not correct", NULL},
	{"That one is really good", NULL},
	{"1995-01", NULL},
	{"On 2024-10-08 at 10:30 or on 8/10/2024", NULL},
	{"+1-222-2222-2222 is a phone number.", NULL},
	{"1m isn't a number.", NULL},
	{"The Boeing 737 and the Airbus A320 landed.", NULL},
	{"the 21st century, the 3rd time, the 1990s", NULL},
	{"version 3.14.15 of the 737MAX software", NULL},
	{"COVID-19 and the F-16", NULL},
	{"in 1990 and since 2024", NULL},
	{"It happened on October 8 or 8 October.", NULL},
	{"We met at 10 am and left at 5 p.m.", NULL},
	{"You can go to https://www.test.com/search?q=30%25%2020%", NULL},
	{"Katrina was a Category Three storm.", NULL},
	{"a fourth term", NULL},
	{"9/11 and 24/7", NULL},
	{"a $94,00 typo", NULL},
	{"3,5,7", "number", "3,5,7", NULL},
	/* phrases that carry a number and words that are not one */
	{"hundreds of people and thousands of homes", NULL},
	{"a few and a couple", NULL},
};

int
main(void)
{
	CHECK_CASES(digits);
	CHECK_CASES(scales);
	CHECK_CASES(words);
	CHECK_CASES(fractions);
	CHECK_CASES(not_numbers);

	/* "22,24,26,31": a list of numbers, each a fact inside the token */
	facts_of("Exercises nrs. 22,24,26,31.", NULL);
	ok(count_kind("number") == 4 && find_fact("number", "22") && find_fact("number", "31") &&
	   fact_is(find_fact("number", "26"), "26", NULL), "a list of numbers in one token");
	/* the same text twice gives the same facts: no state is kept */
	facts_of("one hundred and twenty", NULL);
	ok(fact_is(find_fact("number", "one hundred and twenty"), "120", NULL), "no state kept");
	return tap_done();
}
