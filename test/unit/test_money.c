/* Unit tests of the money slice. */
#include "tap.h"

int
main(void)
{
	facts_of("secured a $3 billion package", NULL);
	ok(fact_is(find_fact("money", "$3 billion"), "3000000000", "USD"), "$3 billion");
	facts_of("a US$4.7 billion loan", NULL);
	ok(fact_is(find_fact("money", "US$4.7 billion"), "4700000000", "USD"), "US$4.7 billion");
	ok(count_kind("country") == 0, "the US of US$ is not a country");
	facts_of("paid $94,000 in fees", NULL);
	ok(fact_is(find_fact("money", "$94,000"), "94000", "USD"), "$94,000");
	facts_of("a $1.5m grant", NULL);
	ok(fact_is(find_fact("money", "$1.5m"), "1500000", "USD"), "$1.5m: m is million after a currency");
	facts_of("spent \xE2\x82\xAC" "1.2bn", NULL);
	ok(fact_is(find_fact("money", "\xE2\x82\xAC" "1.2bn"), "1200000000", "EUR"), "€1.2bn");
	facts_of("costs $1.1 billion", NULL);
	ok(fact_is(find_fact("money", "$1.1 billion"), "1100000000", "USD"), "1.1 billion is exact");
	facts_of("$ alone, $x, $3.14.15", NULL);
	ok(count_kind("money") == 0, "no money without a valid number");
	facts_of("a $94,00 typo", NULL);
	ok(count_kind("money") == 0, "bad grouping is not a number");
	return tap_done();
}
