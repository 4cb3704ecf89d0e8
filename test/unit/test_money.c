/*
 * Unit tests of money: currency signs, codes and names from the generated
 * tables, scales after a currency, cents, coins, the dollar option, the
 * rupee by the document's country, ranges, hedges and what the money is of.
 */
#include "figures_tap.h"

static const fig_case signs[] = {
	{"secured a $3 billion package", "money", "$3 billion", "3000000000", "USD", NULL, NULL, "package"},
	{"a US$4.7 billion loan", "money", "US$4.7 billion", "4700000000", "USD", NULL, NULL, "loan"},
	{"paid $94,000 in fees", "money", "$94,000", "94000", "USD", NULL, NULL, "fees"},
	{"a $1.5m grant", "money", "$1.5m", "1500000", "USD", NULL, NULL, "grant"},
	{"spent \xE2\x82\xAC" "1.2bn", "money", "\xE2\x82\xAC" "1.2bn", "1200000000", "EUR"},
	{"costs $1.1 billion", "money", "$1.1 billion", "1100000000", "USD"},
	{"C$5m", "money", "C$5m", "5000000", "CAD"},
	{"A$20", "money", "A$20", "20", "AUD"},
	{"HK$3.2bn", "money", "HK$3.2bn", "3200000000", "HKD"},
	{"\xC2\xA3" "3bn", "money", "\xC2\xA3" "3bn", "3000000000", "GBP"},
	{"\xC2\xA5" "100", "money", "\xC2\xA5" "100", "100", "JPY"},
	{"\xE2\x82\xB9" "50 crore", "money", "\xE2\x82\xB9" "50 crore", "500000000", "INR"},
	{"10 $ is not much, nor is 10 \xE2\x82\xAC", "money", "10 \xE2\x82\xAC", "10", "EUR"},
	{"10 $ 30 $", "money", "30 $", "30", "USD"},
	{"1 $10 dollars bill", "money", "$10", "10", "USD"},
	{"mxn$ 15", "money", "mxn$ 15", "15", "MXN"},
	{"Sell Mex$ 10 million forward", "money", "Mex$ 10 million", "10000000", "MXN"},
	{"100,000 \xE2\x82\xAD as the prize", "money", "100,000 \xE2\x82\xAD", "100000", "LAK"},
	{"a loss of -$5 million", "money", "-$5 million", "-5000000", "USD"},
	{"a $700-billion plan", "money", "$700-billion", "700000000000", "USD", NULL, NULL, "plan"},
};

static const fig_case codes[] = {
	{"USD 5m", "money", "USD 5m", "5000000", "USD"},
	{"5 million PKR", "money", "5 million PKR", "5000000", "PKR"},
	{"USD115", "money", "USD115", "115", "USD"},
	{"115USD", "money", "115USD", "115", "USD"},
	{"They paid 75 USD million", "money", "75 USD million", "75000000", "USD"},
	{"an increase to 120 MEUR", "money", "120 MEUR", "120000000", "EUR"},
	{"10 rmb 20 usd", "money", "20 usd", "20", "USD"},
	{"GBP 350", "money", "GBP 350", "350", "GBP"},
	/* a code that is an English word needs its country */
	{"TRY 5 times", "money", "TRY 5", NULL},
};

static const fig_case names[] = {
	{"Give me 5 dollars", "money", "5 dollars", "5", "USD"},
	{"three thousand dollars", "money", "three thousand dollars", "3000", "USD"},
	{"323 million euros", "money", "323 million euros", "323000000", "EUR"},
	{"five million yen", "money", "five million yen", "5000000", "JPY"},
	{"100 billion yuan", "money", "100 billion yuan", "100000000000", "CNY"},
	{"10 us dollar and 100 chinese yuan", "money", "100 chinese yuan", "100", "CNY"},
	{"10 turkish lira", "money", "10 turkish lira", "10", "TRY"},
	{"42 kuwaiti Dinar", "money", "42 kuwaiti Dinar", "42", "KWD"},
	{"42 malaysia ringgit", "money", "42 malaysia ringgit", "42", "MYR"},
	{"ten shekels", "money", "ten shekels", "10", "ILS"},
	/* a currency's name over the country the entity stage read in it */
	{"20 Hong Kong dollars", "money", "20 Hong Kong dollars", "20", "HKD"},
	{"50 US dollars", "money", "50 US dollars", "50", "USD"},
	{"5 million Pakistani rupees", "money", "5 million Pakistani rupees", "5000000", "PKR"},
	{"20 roubles", "money", "20 roubles", "20", NULL},
	{"Russia paid 20 roubles", "money", "20 roubles", "20", "RUB"},
	{"a half billion dollars", "money", "a half billion dollars", "500000000", "USD"},
	{"The price starts at dollar 22.5 million.", "money", "dollar 22.5 million", "22500000", "USD"},
	/* not money: a weight, an English word */
	{"a 50 pound potato sack", "quantity", "50 pound", "50", "lb"},
	{"5 pounds of rice", "quantity", "5 pounds", "5", "lb"},
	{"it cost 5 pounds", "money", "5 pounds", "5", "GBP"},
	{"the party had won 18 of the seats", "money", "won 18", NULL},
	{"They arrested three Afghanis in Afghanistan.", "money", "three Afghanis", NULL},
	{"the 2002 gold medalist", NULL},
};

static const fig_case cents[] = {
	{"50 cents", "money", "50 cents", "0.5", "USD"},
	{"470 pence a share", "money", "470 pence", "4.7", "GBP"},
	{"a 12-cent-a-share dividend", "money", "12-cent", "0.12", "USD"},
	{"it only cost thirteen dollars and forty-five cents", "money",
	 "thirteen dollars and forty-five cents", "13.45", "USD"},
	{"it costs only 15 dollars 50.", "money", "15 dollars 50", "15.5", "USD"},
	{"$20 and 43c", "money", "$20 and 43c", "20.43", "USD"},
	{"3 GBP 1 pence", "money", "3 GBP 1 pence", "3.01", "GBP"},
	{"Hey, the cost is $4.25 and 32 is the quantity!", "money", "$4.25", "4.25", "USD"},
	{"He paid $20 43 people", "money", "$20", "20", "USD"},
	{"10 turkish lira 11a", "money", "10 turkish lira", "10", "TRY"},
	/* coins and slang: alone or counted */
	{"ten dimes", "money", "ten dimes", "1", "USD"},
	{"10 grand", "money", "10 grand", "10000", "USD"},
	{"a grand jury", NULL},
	{"a quarter", "money", "a quarter", "0.25", "USD"},
	{"nickel", "money", "nickel", "0.05", "USD"},
	{"The nickel price rose.", NULL},
	{"Profit rose in the quarter to $ 254 million.", "money", "$ 254 million", "254000000", "USD"},
	{"a quarter of the vote", "money", "a quarter", NULL},
};

static const fig_case ranges[] = {
	{"between $2 and $3 billion", "money", "$2 and $3 billion", "2000000000", "USD", NULL, "3000000000"},
	{"$3-5 billion", "money", "$3-5 billion", "3000000000", "USD", NULL, "5000000000"},
	{"$2bn to $3bn", "money", "$2bn to $3bn", "2000000000", "USD", NULL, "3000000000"},
	{"10-20 dollars", "money", "10-20 dollars", "10", "USD", NULL, "20"},
	/* counted in lakhs, with no rupee country named: India's rupee (money.c) */
	{"7-9 lakh rupees", "money", "7-9 lakh rupees", "700000", "INR", NULL, "900000"},
	{"ranging from six billion dollars to 18 billion dollars", "money",
	 "six billion dollars to 18 billion dollars", "6000000000", "USD", NULL, "18000000000"},
	/* a change is two figures, not a range */
	{"prices rose from $3 to $5", "money", "$3", "3", "USD"},
	{"over $5 billion", "money", "$5 billion", "5000000000", "USD", "over"},
	{"more than $3 billion in aid", "money", "$3 billion", "3000000000", "USD", "more than", NULL, "aid"},
	{"nearly $2bn", "money", "$2bn", "2000000000", "USD", "nearly"},
	{"up to $700", "money", "$700", "700", "USD", "up to"},
	{"at least $1.42", "money", "$1.42", "1.42", "USD", "at least"},
};

static const fig_case objects[] = {
	{"The lender approved a $7 billion bailout deal that will require reforms.", "money",
	 "$7 billion", "7000000000", "USD", NULL, NULL, "bailout deal"},
	{"it secured a last-gasp $3 billion financial assistance package from the IMF", "money",
	 "$3 billion", "3000000000", "USD", NULL, NULL, "financial assistance package"},
	{"exports worth $2bn", "money", "$2bn", "2000000000", "USD", NULL, NULL, "exports"},
	{"with $ 48 billion in assets , said", "money", "$ 48 billion", "48000000000", "USD", NULL,
	 NULL, "assets"},
	/* no determiner before the amount: the word after it may be the verb */
	{"$2bn rose", "money", "$2bn", "2000000000", "USD"},
	{"a $62 million write-off of costs", "money", "$62 million", "62000000", "USD", NULL, NULL,
	 "write-off"},
	{"a $98 a share offer", "money", "$98", "98", "USD"},
};

int
main(void)
{
	const tf_fact *f;

	CHECK_CASES(signs);
	CHECK_CASES(codes);
	CHECK_CASES(names);
	CHECK_CASES(cents);
	CHECK_CASES(ranges);
	CHECK_CASES(objects);

	/* the dollar option: a bare $ and "dollars" are the caller's dollar */
	facts_with_dollar("a $5 loan and 10 dollars and US$3", "CAD");
	ok(fact_is(find_fact("money", "$5"), "5", "CAD"), "dollar option: $5 is CAD");
	ok(fact_is(find_fact("money", "10 dollars"), "10", "CAD"), "dollar option: 10 dollars is CAD");
	ok(fact_is(find_fact("money", "US$3"), "3", "USD"), "dollar option: US$3 stays USD");
	facts_with_dollar("50 cents", "AUD");
	ok(fact_is(find_fact("money", "50 cents"), "0.5", "AUD"), "dollar option: cents of it");

	/* Rs and rupees: the document's country, else no unit */
	facts_of("India paid Rs 500 and Rs. 20 lakh.", NULL);
	ok(fact_is(find_fact("money", "Rs 500"), "500", "INR"), "Rs in India is INR");
	ok(fact_is(find_fact("money", "Rs. 20 lakh"), "2000000", "INR"), "Rs. 20 lakh in India");
	facts_of("Pakistan got Rs 5bn.", NULL);
	ok(fact_is(find_fact("money", "Rs 5bn"), "5000000000", "PKR"), "Rs in Pakistan is PKR");
	facts_of("Sri Lanka and Sri Lanka again: 5 rupees", NULL);
	ok(fact_is(find_fact("money", "5 rupees"), "5", "LKR"), "rupees in Sri Lanka are LKR");
	facts_of("It costs Rs 500.", NULL);
	f = find_fact("money", "Rs 500");
	ok(f != NULL && f->has_value && f->unit == NULL, "Rs with no country: no unit, not a guess");
	facts_of("Pakistan and India: Rs 5.", NULL);
	f = find_fact("money", "Rs 5");
	ok(f != NULL && f->unit == NULL, "Rs with two countries as often: no unit");
	/* a text that counts in lakhs or crores and names no rupee country: India's */
	facts_of("The new school cost Rs 4 crore and a bus ticket is Rs 20.", NULL);
	ok(fact_is(find_fact("money", "Rs 4 crore"), "40000000", "INR"), "Rs counted in crores: INR");
	ok(fact_is(find_fact("money", "Rs 20"), "20", "INR"), "Rs in a text that counts in crores: INR");
	facts_of("The farmers got five lakh rupees in aid.", NULL);
	ok(fact_is(find_fact("money", "five lakh rupees"), "500000", "INR"), "five lakh rupees: INR");
	facts_of("Traders in Karachi lost Rs 5 crore on Monday.", NULL);
	ok(fact_is(find_fact("money", "Rs 5 crore"), "50000000", "PKR"), "crores in Karachi: PKR");
	facts_of("Pakistan and India each paid Rs 5 lakh.", NULL);
	f = find_fact("money", "Rs 5 lakh");
	ok(f != NULL && f->unit == NULL, "lakhs with two rupee countries as often: no unit");
	facts_of("The lakh was sold for 5 rupees.", NULL);
	f = find_fact("money", "5 rupees");
	ok(f != NULL && f->unit == NULL, "the word lakh with no number before it is no hint");

	/* the tables */
	ok(tf_currency_known("USD") && tf_currency_known("PKR") && tf_currency_known("FRF"),
	   "known codes: current and historic");
	ok(!tf_currency_known("usd") && !tf_currency_known("ABC") && !tf_currency_known("US") &&
	   !tf_currency_known(""), "unknown codes");
	{
		char		iso[4];

		ok(tf_currency_code("cad", 3, iso) && strcmp(iso, "CAD") == 0 &&
		   tf_currency_code("Pkr", 3, iso) && strcmp(iso, "PKR") == 0 &&
		   tf_currency_code("frf", 3, iso) && strcmp(iso, "FRF") == 0,
		   "currency codes in any case");
		ok(!tf_currency_code("us", 2, iso) && !tf_currency_code("usdx", 4, iso) &&
		   !tf_currency_code("abc", 3, iso) && !tf_currency_code("US\0", 3, iso),
		   "not currency codes: wrong length, unknown, NUL inside");
	}
	return tap_done();
}
