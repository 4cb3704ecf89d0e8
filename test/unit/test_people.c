/*
 * Unit tests of the people stage (src/core/people.c): titles and roles
 * around a person, the country a title names, and one name per person.
 * The persons come from a user dictionary here, so that these tests read
 * the stage alone, whatever finds the names; the sentences are written for
 * these tests.
 */
#include "tap.h"

static tf_userdict *dict;

static void
person(const char *name)
{
	tf_userdict_add(dict, TF_PERSON, name, strlen(name), NULL, 0);
}

static const tf_detail *
detail(const tf_fact *f, const char *key)
{
	for (int i = 0; f != NULL && i < f->ndetail; i++)
		if (strcmp(f->detail[i].key, key) == 0)
			return &f->detail[i];
	return NULL;
}

/* the string detail key of f is v (NULL: absent) */
static int
detail_is(const tf_fact *f, const char *key, const char *v)
{
	const tf_detail *d = detail(f, key);

	if (f == NULL)
		return 0;
	if (v == NULL)
		return d == NULL;
	return d != NULL && d->str != NULL && strcmp(d->str, v) == 0;
}

/* the entity number of f, or -1 */
static int
entity(const tf_fact *f)
{
	const tf_detail *d = detail(f, "entity");

	return d != NULL && d->is_num && d->num.exp == 0 ? (int) d->num.coef : -1;
}

/* the person whose surface is s: its norm is norm */
static int
norm_is(const tf_fact *f, const char *norm)
{
	return f != NULL && f->norm != NULL && strcmp(f->norm, norm) == 0;
}

/* the n-th fact (from 0) of kind person with this surface */
static const tf_fact *
nth_person(const char *surface, int n)
{
	for (int i = 0; i < tap_res.nfacts; i++)
	{
		const tf_fact *f = &tap_res.facts[i];

		if (f->kind == TF_PERSON && f->blen == strlen(surface) &&
			memcmp(tap_text + f->bpos, surface, f->blen) == 0 && n-- == 0)
			return f;
	}
	return NULL;
}

int
main(void)
{
	const tf_fact *f,
			   *g;

	dict = tf_userdict_create(&tf_malloc_allocator);
	person("Ayesha Rahman Qureshi");
	person("Qureshi");
	person("Paulo Mendes Ferreira");
	person("Tomas Varga");
	person("Varga");
	person("Dmitri Volkov");
	person("Volkov");
	person("Maria Lopez");
	person("Carlos Lopez");
	person("Lopez");
	person("Amani Wekesa");
	person("Wekesa");
	person("Ana Soto");
	person("Tariq Aziz");
	person("Muhammad Tariq Aziz");
	person("Aziz");
	person("Greta Holm");

	/* titles before the name */
	facts_with_dict("Finance Minister Ayesha Rahman Qureshi met bankers on Monday.", dict);
	f = find_fact("person", "Ayesha Rahman Qureshi");
	ok(detail_is(f, "title", "Finance Minister"), "a title before the name");
	ok(detail_is(f, "country", NULL), "... naming no country");

	facts_with_dict("Brazil's Ambassador to Kenya Paulo Mendes Ferreira arrived.", dict);
	f = find_fact("person", "Paulo Mendes Ferreira");
	ok(detail_is(f, "title", "Ambassador to Kenya"), "a title with 'to' and a country");
	ok(detail_is(f, "country", "BR"), "... whose country is the possessive one, not the posting");

	facts_with_dict("Brazil’s Ambassador Paulo Mendes Ferreira arrived.", dict);
	f = find_fact("person", "Paulo Mendes Ferreira");
	ok(detail_is(f, "country", "BR"), "a curly possessive");

	facts_with_dict("Kenyan President Amani Wekesa flew home.", dict);
	f = find_fact("person", "Amani Wekesa");
	ok(detail_is(f, "title", "President") && detail_is(f, "country", "KE"),
	   "a nationality before the title gives its country");

	facts_with_dict("The President of Chile Ana Soto spoke.", dict);
	f = find_fact("person", "Ana Soto");
	ok(detail_is(f, "title", "President of Chile") && detail_is(f, "country", "CL"),
	   "'President of Chile' is Chile's");

	facts_with_dict("Mr. Volkov declined to comment.", dict);
	f = find_fact("person", "Volkov");
	ok(detail_is(f, "title", "Mr."), "an abbreviated title with its full stop");

	facts_with_dict("Mr Volkov declined to comment.", dict);
	ok(detail_is(find_fact("person", "Volkov"), "title", "Mr"), "... and without");

	/* apposition */
	facts_with_dict("Tomas Varga, Hungary's deputy foreign minister, said talks would go on.", dict);
	f = find_fact("person", "Tomas Varga");
	ok(detail_is(f, "title", "deputy foreign minister"), "a title in apposition after the name");
	ok(detail_is(f, "country", "HU"), "... with its owner's country");

	facts_with_dict("The talks were led by the prime minister, Dmitri Volkov, on Friday.", dict);
	f = find_fact("person", "Dmitri Volkov");
	ok(detail_is(f, "title", "prime minister"), "a title in apposition before the name");

	facts_with_dict("Greta Holm, who runs a bakery, said prices rose.", dict);
	ok(detail_is(find_fact("person", "Greta Holm"), "title", NULL),
	   "a relative clause is no title");

	facts_with_dict("Greta Holm, Dmitri Volkov and Tomas Varga met.", dict);
	ok(detail_is(find_fact("person", "Greta Holm"), "title", NULL) &&
	   detail_is(find_fact("person", "Dmitri Volkov"), "title", NULL),
	   "a list of names has no titles");

	facts_with_dict("Officials said Greta Holm would attend.", dict);
	ok(detail_is(find_fact("person", "Greta Holm"), "title", NULL),
	   "a word before the name that is no title");

	facts_with_dict("A former factional commander, Greta Holm, was killed.", dict);
	ok(detail_is(find_fact("person", "Greta Holm"), "title", "former factional commander"),
	   "a title in commas opened by 'a' and lower-case words");
	facts_with_dict("Karachi's police chief, Greta Holm, said.", dict);
	ok(detail_is(find_fact("person", "Greta Holm"), "title", "police chief"),
	   "a title in commas owned by a place");
	facts_with_dict("A Russian Foreign Ministry spokesman, Tomas Varga, said.", dict);
	f = find_fact("person", "Tomas Varga");
	ok(detail_is(f, "title", "Foreign Ministry spokesman") && detail_is(f, "country", "RU"),
	   "an org before a role is part of the title, its owner's country the person's");
	facts_with_dict("the death of former Lebanese prime minister Greta Holm", dict);
	f = find_fact("person", "Greta Holm");
	ok(detail_is(f, "title", "former Lebanese prime minister") && detail_is(f, "country", "LB"),
	   "modifiers before the owner belong to the title");
	facts_with_dict("He met U.S. President Greta Holm.", dict);
	f = find_fact("person", "Greta Holm");
	ok(detail_is(f, "title", "President") && detail_is(f, "country", "US"),
	   "a country before a title owns it");
	facts_with_dict("the commander in Kenya General Greta Holm said", dict);
	ok(detail_is(find_fact("person", "Greta Holm"), "country", NULL),
	   "a country after a preposition owns no title");
	facts_with_dict("He met Secretary of State Greta Holm.", dict);
	ok(detail_is(find_fact("person", "Greta Holm"), "title", "Secretary of State"),
	   "'of' between two title words");

	/* an honorific is the name's; the title before it is the person's */
	person("Khawaja Tariq Mahmood");
	facts_with_dict("Interior Minister Khawaja Tariq Mahmood spoke.", dict);
	ok(detail_is(find_fact("person", "Khawaja Tariq Mahmood"), "title", "Interior Minister"),
	   "a title before an honorific");

	/* one name per person */
	facts_with_dict("Finance Minister Ayesha Rahman Qureshi met bankers. Qureshi said rates would fall.", dict);
	f = find_fact("person", "Ayesha Rahman Qureshi");
	g = find_fact("person", "Qureshi");
	ok(norm_is(g, "Ayesha Rahman Qureshi"), "a later surname takes the full name as norm");
	ok(entity(f) == 1 && entity(g) == 1, "... and the same entity number");
	ok(detail_is(g, "title", NULL), "... but not the title the text gave elsewhere");

	facts_with_dict("Dmitri Volkov arrived; Mr Volkov then left. Tomas Varga stayed and Varga spoke.", dict);
	ok(norm_is(find_fact("person", "Volkov"), "Dmitri Volkov"), "Mr Volkov is Dmitri Volkov");
	ok(entity(find_fact("person", "Volkov")) == 1 && entity(find_fact("person", "Varga")) == 2,
	   "entities numbered in the order of first mention");

	facts_with_dict("Maria Lopez and Carlos Lopez met. Lopez said nothing.", dict);
	f = find_fact("person", "Lopez");
	ok(norm_is(f, "Lopez"), "a surname two people share stays unlinked");
	ok(entity(f) == 3, "... a person of its own");

	facts_with_dict("Muhammad Tariq Aziz spoke first. Tariq Aziz then said more, and Aziz left.", dict);
	ok(norm_is(find_fact("person", "Tariq Aziz"), "Muhammad Tariq Aziz"),
	   "two last words of a longer name take it");
	ok(norm_is(find_fact("person", "Aziz"), "Muhammad Tariq Aziz"),
	   "one last word of nested names takes the longest");
	ok(entity(find_fact("person", "Aziz")) == 1 && entity(find_fact("person", "Tariq Aziz")) == 1,
	   "... all one entity");

	facts_with_dict("Qureshi spoke before Ayesha Rahman Qureshi was named.", dict);
	ok(norm_is(nth_person("Qureshi", 0), "Ayesha Rahman Qureshi"),
	   "a surname before the full name links too");
	ok(entity(nth_person("Qureshi", 0)) == 1, "... and numbers the entity");

	facts_with_dict("Dmitri Volkov met Dmitri Volkov's aide.", dict);
	ok(entity(nth_person("Dmitri Volkov", 0)) == 1 && entity(nth_person("Dmitri Volkov", 1)) == 1,
	   "the same full name twice is one entity");

	/* many mentions of one surname: no quadratic work, all linked */
	{
		size_t		n = 20000;
		char	   *big = malloc(n * 10 + 64);
		size_t		off = 0;
		int			linked = 0;

		off += sprintf(big, "Amani Wekesa spoke.");
		for (size_t k = 0; k < n; k++)
			off += sprintf(big + off, " Wekesa.");
		facts_with_dict(big, dict);
		for (int i = 0; i < tap_res.nfacts; i++)
			linked += tap_res.facts[i].kind == TF_PERSON &&
				norm_is(&tap_res.facts[i], "Amani Wekesa") && entity(&tap_res.facts[i]) == 1;
		ok(linked == 20001, "20,000 later mentions all linked (%d)", linked);
		free(big);
	}

	/* no person wanted: nothing is done */
	{
		tf_options	o;

		tf_options_init(&o);
		o.dict = dict;
		o.kinds = TF_KIND_BIT(TF_COUNTRY);
		facts_with_options("Kenyan President Amani Wekesa flew home.", &o);
		ok(count_kind("person") == 0 && count_kind("country") == 0, "kinds without persons");
	}

	tf_userdict_free(dict);
	if (tap_res.arena)
		tf_result_free(&tf_malloc_allocator, &tap_res);
	return tap_done();
}
