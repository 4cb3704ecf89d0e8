/*
 * Unit tests of the people stage (src/core/people.c): titles and roles
 * around a person, the country a title names, and one name per person.
 * The persons come from a user dictionary here, so that these tests read
 * the stage alone, whatever finds the names; the sentences are written for
 * these tests.  What the stage corrects in the tagger's names (a people, an
 * org or a thing called a person; a person inside an org with its title) is
 * tested on facts given as the tagger would give them, so that no model
 * decides what these tests see.
 */
#include "tap.h"
#include "stages.h"

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

/* ---- the tagger's names corrected (test_corrections) ---- */

static tf_doc cdoc;
static tf_tokens ctoks;
static const char *ctext;

/* the token that starts at byte b (or ends there, with end), or -1 */
static int
ctoken(uint32_t b, bool end)
{
	for (int i = 0; i < cdoc.ntok; i++)
		if ((end ? cdoc.tok[i].bend : cdoc.tok[i].bstart) == b)
			return i;
	return -1;
}

/*
 * Runs the stages before the tagger on text, adds what the tagger would
 * give: persons (norm: their text) and orgs (no norm), the first occurrence
 * of each surface of the lists, then the people stage.
 */
static void
corrected(const char *text, const char *const *persons, const char *const *orgs)
{
	tf_options	o;
	static int32_t cd;

	if (ctext != NULL)
		tf_doc_close(&cdoc);
	ctext = text;
	tf_options_init(&o);
	tf_doc_open(&cdoc, &tf_malloc_allocator, text, strlen(text), &o, &cd, &ctoks);
	tf_doc_run_stages(&cdoc, tf_recognize_tagger);
	for (int list = 0; list < 2; list++)
		for (const char *const *s = list == 0 ? persons : orgs; s != NULL && *s != NULL; s++)
		{
			uint32_t	b = (uint32_t) (strstr(text, *s) - text);
			tf_fact    *f = tf_doc_add_fact(&cdoc, list == 0 ? TF_PERSON : TF_ORG, ctoken(b, false),
											ctoken(b + strlen(*s), true));

			if (list == 0)
				f->norm = *s;
		}
	/* the tagger's facts end where the people stage begins, as tf_doc_run_stages records */
	cdoc.stage_first_fact[TF_STAGE_PEOPLE] = cdoc.nfacts;
	tf_recognize_people(&cdoc);
}

/* the fact over surface s after the people stage (its first occurrence), or NULL */
static const tf_fact *
cfact(const char *s)
{
	uint32_t	b = (uint32_t) (strstr(ctext, s) - ctext);

	for (int k = 0; k < cdoc.nfacts; k++)
	{
		const tf_fact *f = tf_doc_fact(&cdoc, k);

		if (f->bpos == b && f->blen == strlen(s))
			return f;
	}
	return NULL;
}

static int
ckind(const char *s, int kind)
{
	const tf_fact *f = cfact(s);

	return f != NULL && (int) f->kind == kind;
}

#define LIST(...) ((const char *const[]) {__VA_ARGS__, NULL})

static void
test_corrections(void)
{
	const tf_fact *f;

	/* a people's word is no person */
	corrected("Sunni lawmakers walked out, and Darfuri Arab tribes fought.",
			  LIST("Sunni", "Darfuri Arab"), NULL);
	ok(ckind("Sunni", TF_KIND_DROPPED), "a people's word is no person (Sunni)");
	ok(ckind("Darfuri Arab", TF_KIND_DROPPED), "... nor are two of them (Darfuri Arab)");
	corrected("Christian Wulff spoke. Later Christian said more.",
			  LIST("Christian Wulff", "Christian"), NULL);
	ok(ckind("Christian", TF_PERSON) && ckind("Christian Wulff", TF_PERSON),
	   "a people's word that is a first name opening a name of the text stays a person");
	corrected("Roman Catholic bishops met; Catholic clergy agreed.",
			  LIST("Roman Catholic", "Catholic"), NULL);
	ok(ckind("Catholic", TF_KIND_DROPPED), "... not one that only a non-name opens");

	/* a name ending in an org's head is an org */
	corrected("The show ran at the Whitney Museum and the JoongAng Ilbo reported it.",
			  LIST("Whitney Museum", "JoongAng Ilbo"), NULL);
	ok(ckind("Whitney Museum", TF_ORG) && cfact("Whitney Museum")->norm == NULL,
	   "a person ending in an org's head is an org (Museum)");
	ok(ckind("JoongAng Ilbo", TF_ORG), "... a newspaper's word too (Ilbo)");
	corrected("He joined the Catholic Church and met Albert Church.",
			  LIST("Catholic Church", "Albert Church"), NULL);
	ok(ckind("Catholic Church", TF_ORG), "an org's head that is a surname too, after a people's word");
	ok(ckind("Albert Church", TF_PERSON), "... but not after a first name");

	/* a name of a place or a thing is none */
	corrected("Crowds filled the Paseo de la Reforma near Russell Square.",
			  LIST("Paseo de la Reforma", "Russell Square"), NULL);
	ok(ckind("Paseo de la Reforma", TF_KIND_DROPPED), "a name opened by a street's word is no person");
	ok(ckind("Russell Square", TF_KIND_DROPPED), "... nor one that ends in a place's head");
	corrected("She won the Tony Awards and the Davis Cup.", LIST("Tony Awards", "Davis Cup"), NULL);
	ok(ckind("Tony Awards", TF_KIND_DROPPED) && ckind("Davis Cup", TF_KIND_DROPPED),
	   "a name ending in an award's or an event's word is none");
	corrected("Tropical Storm Ophelia moved north. As Ophelia weakened, Ophelia Brown left.",
			  LIST("Storm Ophelia", "Ophelia", "Ophelia Brown"), NULL);
	ok(ckind("Storm Ophelia", TF_KIND_DROPPED), "a storm is no person");
	ok(ckind("Ophelia", TF_KIND_DROPPED), "... nor its name by itself later");
	ok(ckind("Ophelia Brown", TF_PERSON), "... but a longer name with it is");
	corrected("Hurricane Paula weakened.", LIST("Paula"), NULL);
	ok(ckind("Paula", TF_KIND_DROPPED), "a name after 'Hurricane' is a storm's");

	/* a title and a person the tagger read as an org */
	corrected("U.S. Secretary of State Colin Powell arrived. Powell said little.",
			  LIST("Powell"), LIST("State Colin Powell"));
	f = cfact("Colin Powell");
	ok(f != NULL && f->kind == TF_PERSON && strcmp(f->norm, "Colin Powell") == 0,
	   "an org of a title's last word and a name is the name's person");
	ok(detail_is(f, "title", "Secretary of State") && detail_is(f, "country", "US"),
	   "... the title read back from the org, its owner's country");
	ok(norm_is(cfact("Powell"), "Colin Powell"), "... and a later surname takes the full name");
	corrected("Secretary of State for African Affairs Connie Newman arrived.",
			  NULL, LIST("State for African Affairs Connie Newman"));
	ok(detail_is(cfact("Connie Newman"), "title", "Secretary of State for African Affairs"),
	   "a title's object between the title and a first name");
	corrected("Police caught General Ante Gotovina, then General Musharraf and General Motors spoke.",
			  NULL, LIST("General Ante Gotovina", "General Musharraf", "General Motors"));
	ok(detail_is(cfact("Ante Gotovina"), "title", "General"), "an org opened by a title");
	ok(ckind("General Musharraf", TF_ORG) && ckind("General Motors", TF_ORG),
	   "one word after it, with no other evidence of a name, stays an org");
	corrected("General Musharraf left, and Pervez Musharraf spoke.",
			  LIST("Pervez Musharraf"), LIST("General Musharraf"));
	ok(ckind("Musharraf", TF_PERSON) && norm_is(cfact("Musharraf"), "Pervez Musharraf"),
	   "... a word of a person's name in the text is");
	corrected("The Secretary of the Interior Dirk Kempthorne spoke.", NULL,
			  LIST("Interior Dirk Kempthorne"));
	ok(detail_is(cfact("Dirk Kempthorne"), "title", "Secretary of the Interior"),
	   "'of the' between title words");
	corrected("Saint Louis Rams won; the State Duma and State Farm Insurance met.", NULL,
			  LIST("Saint Louis Rams", "State Duma", "State Farm Insurance"));
	ok(ckind("Saint Louis Rams", TF_ORG) && ckind("State Duma", TF_ORG) &&
	   ckind("State Farm Insurance", TF_ORG),
	   "no person in an org opened by 'Saint', by one word, or by a title word with no head");
	tf_doc_close(&cdoc);
	ctext = NULL;
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

	/* a given name after a title that goes with one */
	person("Saud al-Faisal");
	person("Saud");
	person("Abdullah Gul");
	person("Abdullah");
	facts_with_dict("Prince Saud al-Faisal met Abdullah Gul. Prince Saud left; King Abdullah stayed.", dict);
	ok(norm_is(find_fact("person", "Saud"), "Saud al-Faisal") &&
	   entity(find_fact("person", "Saud")) == entity(find_fact("person", "Saud al-Faisal")),
	   "'Prince Saud' is the 'Prince Saud al-Faisal' of the text");
	ok(norm_is(find_fact("person", "Abdullah"), "Abdullah"),
	   "... not a name the text gives after no such title ('King Abdullah', 'Abdullah Gul')");

	/* the user's persons are the user's: the stage corrects only the tagger's */
	person("Tony Awards");
	facts_with_dict("She won the Tony Awards.", dict);
	ok(find_fact("person", "Tony Awards") != NULL, "a person of the user's dictionary is left alone");

	/* no person wanted: nothing is done */
	{
		tf_options	o;

		tf_options_init(&o);
		o.dict = dict;
		o.kinds = TF_KIND_BIT(TF_COUNTRY);
		facts_with_options("Kenyan President Amani Wekesa flew home.", &o);
		ok(count_kind("person") == 0 && count_kind("country") == 0, "kinds without persons");
	}

	test_corrections();

	tf_userdict_free(dict);
	if (tap_res.arena)
		tf_result_free(&tf_malloc_allocator, &tap_res);
	return tap_done();
}
