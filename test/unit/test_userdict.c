/* Unit tests of the user dictionary in the engine. */
#include "tap.h"

static tf_userdict *dict;

static int
add(tf_kind kind, const char *name, const char *norm)
{
	return tf_userdict_add(dict, kind, name, strlen(name), norm, norm ? strlen(norm) : 0);
}

int
main(void)
{
	const tf_fact *f;
	char		name[64];

	dict = tf_userdict_create(&tf_malloc_allocator);
	ok(add(TF_ORG, "Pakistan Petroleum Limited", NULL), "add an org");
	ok(add(TF_ORG, "PPL", "Pakistan Petroleum Limited"), "add its ticker as an alias");
	ok(add(TF_PLACE, "Georgia", "Georgia (US state)"), "add a place that is also a country");
	ok(add(TF_ORG, "K-Electric", NULL), "add a hyphenated name");
	ok(add(TF_ORG, "iPhone Makers Guild", NULL), "add a name with a small initial");
	ok(!add(TF_MONEY, "Dollar Club", NULL), "a figure kind is refused");
	ok(!add(TF_ORG, "", NULL), "an empty name is refused");
	ok(tf_userdict_count(dict) == 5, "five entries");

	facts_with_dict("Shares of Pakistan Petroleum Limited rose in Pakistan.", dict);
	f = find_fact("org", "Pakistan Petroleum Limited");
	ok(f && strcmp(f->norm, "Pakistan Petroleum Limited") == 0, "a dictionary entry is found");
	ok(count_kind("country") == 1, "the org owns the country inside its name");

	facts_with_dict("PPL gained 3% while ppl said nothing.", dict);
	f = find_fact("org", "PPL");
	ok(f && strcmp(f->norm, "Pakistan Petroleum Limited") == 0, "an alias maps to its norm");
	ok(count_kind("org") == 1, "a ticker is found only in capitals");

	facts_with_dict("Atlanta, Georgia, is growing.", dict);
	f = find_fact("place", "Georgia");
	ok(f && strcmp(f->norm, "Georgia (US state)") == 0, "an entry overrides a built-in name");
	ok(count_kind("country") == 0, "... and the built-in country is gone");

	facts_with_dict("K-Electric raised tariffs; the iPhone Makers Guild objected.", dict);
	ok(find_fact("org", "K-Electric") != NULL, "hyphenated name found");
	ok(find_fact("org", "iPhone Makers Guild") != NULL, "small-initial name found as written");

	/* a later entry with the same name replaces the earlier one */
	ok(add(TF_ORG, "Georgia", "Georgia Power"), "re-add Georgia as an org");
	facts_with_dict("Georgia raised prices.", dict);
	f = find_fact("org", "Georgia");
	ok(f && strcmp(f->norm, "Georgia Power") == 0 && tf_userdict_count(dict) == 5,
	   "the same name replaces its entry");

	/* many entries: the tables grow without quadratic cost */
	for (int k = 0; k < 20000; k++)
	{
		snprintf(name, sizeof(name), "Company Number %d Holdings", k);
		add(TF_ORG, name, NULL);
	}
	ok(tf_userdict_count(dict) == 20005, "20,000 more entries");
	facts_with_dict("Company Number 19999 Holdings and Company Number 7 Holdings merged.", dict);
	ok(count_kind("org") == 2, "found among 20,005 entries");

	tf_userdict_free(dict);
	return tap_done();
}
