/*
 * Unit tests of the tagger stage through tf_extract (src/core/tagger.c):
 * persons found with the name as written as their norm and without their
 * titles, the combination rules (a person is never a country, a month, a
 * weekday or a title word alone; the gazetteer's countries keep their ISO
 * norms; the user's dictionary wins), label consistency in a document, and
 * the stage off when the kinds asked for leave out persons.
 */
#include "tap.h"

static int
count_kind_surface(const char *kind, const char *surface)
{
	int			n = 0;

	for (int i = 0; i < tap_res.nfacts; i++)
	{
		const tf_fact *f = &tap_res.facts[i];

		if (strcmp(tf_kind_name(f->kind), kind) == 0 && f->blen == strlen(surface) &&
			memcmp(tap_text + f->bpos, surface, f->blen) == 0)
			n++;
	}
	return n;
}

/* true if no person fact covers the byte offset of word in the last text */
static int
no_person_on(const char *word)
{
	const char *p = strstr(tap_text, word);
	uint32_t	at = (uint32_t) (p - tap_text);

	for (int i = 0; i < tap_res.nfacts; i++)
	{
		const tf_fact *f = &tap_res.facts[i];

		if (f->kind == TF_PERSON && f->bpos <= at && at < f->bpos + f->blen)
			return 0;
	}
	return 1;
}

static void
test_found(void)
{
	const tf_fact *f;

	facts_of("Russia's Ambassador to Pakistan Albert P. Khorev met Deputy Prime Minister "
			 "Alexei Overchuk in Moscow.", NULL);
	f = find_fact("person", "Albert P. Khorev");
	ok(f != NULL && f->norm != NULL && strcmp(f->norm, "Albert P. Khorev") == 0,
	   "a person after a title, with the name as written as its norm");
	ok(find_fact("person", "Alexei Overchuk") != NULL, "a person after a title of three words");
	ok(no_person_on("Ambassador") && no_person_on("Deputy") && no_person_on("Prime") &&
	   no_person_on("Minister"), "titles stay out of the persons");
	f = find_fact("country", "Russia");
	ok(f != NULL && strcmp(f->norm, "RU") == 0 && find_fact("country", "Pakistan") != NULL,
	   "the countries keep their ISO norms");
	ok(no_person_on("Russia") && no_person_on("Moscow"), "no person on a country or a city");

	facts_of("Indian Prime Minister Manmohan Singh is to hold talks on Saturday.", NULL);
	ok(find_fact("person", "Manmohan Singh") != NULL && no_person_on("Prime"),
	   "a word before a title is part of the title, not a person");
}

static void
test_never(void)
{
	facts_of("Pakistan said in May that the President would visit on Monday.", NULL);
	ok(count_kind("person") == 0, "no person on a country, a month, a title or a weekday (%d)",
	   count_kind("person"));
	facts_of("Minister said so.", NULL);
	ok(count_kind("person") == 0, "no person on a title word alone");
	facts_of("President Lincoln spoke.", NULL);
	ok(find_fact("person", "Lincoln") != NULL && count_kind("place") == 0,
	   "after a title: a person, not the city");
	facts_of("Brent crude rose 3 percent.", NULL);
	ok(count_kind("person") == 0 && count_kind("org") == 0 && count_kind("place") == 0,
	   "a phrase that names nothing (not_names.tsv) hides its words from the tagger too");
	facts_of("The report quotes the head of the Defense Ministry's Space Division as saying "
			 "Israel has the capability.", NULL);
	ok(find_fact("org", "Defense Ministry") != NULL && count_kind_surface("place", "Space Division") == 0,
	   "what an org has (\"the Defense Ministry's Space Division\") is no place");
	facts_of("Russia's Ambassador to Pakistan Albert P. Khorev calls on Defense Minister Khawaja "
			 "Muhammad Asif in Islamabad, Pakistan on October 8, 2024. (@RusEmbPakistan/X)", NULL);
	ok(find_fact("person", "Albert P. Khorev") != NULL && no_person_on("RusEmbPakistan"),
	   "an account (\"@RusEmbPakistan\") is no person");
	facts_of("the Sindh Revenue Board (SRA) said. The SRA also said", NULL);
	ok(find_fact("org", "SRA") == NULL,
	   "an acronym in brackets that the name does not spell is no org of the tagger's either");
}

static void
test_consistency(void)
{
	facts_of("Defense Minister Khawaja Muhammad Asif said talks would go on. "
			 "Asif spoke in Islamabad.", NULL);
	ok(count_kind_surface("person", "Asif") == 1,
	   "a surname alone after the full name is the same person");
	ok(find_fact("place", "Islamabad") != NULL, "the place after it stays a place");

	facts_of("KFC was founded by Harlan David Sanders, known as Colonel Sanders.", NULL);
	ok(find_fact("person", "Harlan David Sanders") != NULL, "a full name");
	ok(find_fact("person", "Sanders") != NULL && count_kind_surface("org", "Colonel Sanders") == 0,
	   "a title and the surname later: the person, not an org");
}

static void
test_dictionary_and_kinds(void)
{
	tf_userdict *dict = tf_userdict_create(&tf_malloc_allocator);
	tf_options	o;
	tf_result	r;
	const char *text = "Albert Khorev met Alexei Overchuk in Moscow.";
	int			persons = 0,
				orgs = 0;

	tf_userdict_add(dict, TF_ORG, "Albert Khorev", strlen("Albert Khorev"), "Khorev Holdings",
					strlen("Khorev Holdings"));
	tf_options_init(&o);
	o.dict = dict;
	tf_extract(&tf_malloc_allocator, text, strlen(text), &o, &r);
	for (int i = 0; i < r.nfacts; i++)
	{
		persons += r.facts[i].kind == TF_PERSON && r.facts[i].bpos == 0;
		orgs += r.facts[i].kind == TF_ORG && r.facts[i].bpos == 0 &&
			strcmp(r.facts[i].norm, "Khorev Holdings") == 0;
	}
	ok(orgs == 1 && persons == 0, "the user's dictionary wins over the tagger");
	tf_result_free(&tf_malloc_allocator, &r);
	tf_userdict_free(dict);

	/* two people only the tagger finds, and an org of the entity stage's patterns */
	text = "Zarghuna Bibi met Alexei Overchuk at the Bakhtar Kandari Institute.";
	facts_of(text, NULL);
	ok(count_kind("person") == 2 && count_kind("org") == 1,
	   "two people and the org (%d, %d)", count_kind("person"), count_kind("org"));
	tf_options_init(&o);
	o.kinds = TF_ALL_KINDS & ~TF_KIND_BIT(TF_PERSON);
	tf_extract(&tf_malloc_allocator, text, strlen(text), &o, &r);
	ok(r.nfacts == 1 && r.facts[0].kind == TF_ORG,
	   "kinds without person: the tagger does not run, the org stays (%d facts)", r.nfacts);
	tf_result_free(&tf_malloc_allocator, &r);
}

static void
test_robust(void)
{
	/* capitals everywhere: long segments, cut at TF_TAG_MAX_SEG; all well formed */
	size_t		n = 20000;
	char	   *s = malloc(n + 1);
	int			bad = 0;

	for (size_t k = 0; k < n; k++)
		s[k] = "Ab Cd. Ef Gh IJ, Kl Mn "[k % 23];
	s[n] = '\0';
	facts_of(s, NULL);
	for (int i = 0; i < tap_res.nfacts; i++)
		bad += tap_res.facts[i].bpos + tap_res.facts[i].blen > n || tap_res.facts[i].blen == 0;
	ok(bad == 0, "a text of capitals only: %d facts, all inside the text", tap_res.nfacts);
	free(s);
	facts_of("", NULL);
	ok(tap_res.nfacts == 0, "an empty text");
	facts_of("A", NULL);
	ok(count_kind("person") == 0, "one capital letter is no person");
}

int
main(void)
{
	test_found();
	test_never();
	test_consistency();
	test_dictionary_and_kinds();
	test_robust();
	tf_result_free(&tf_malloc_allocator, &tap_res);
	return tap_done();
}
