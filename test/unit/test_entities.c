/*
 * Unit tests of the entity stage: countries, nationalities, places, regions
 * and organisations, with their norms and details, the context rules and the
 * acronyms a document defines.  Table-driven: each row is a text and a fact
 * that must (or must not) be found in it.
 */
#include "tap.h"

typedef struct expect
{
	const char *text;
	const char *kind;
	const char *surface;
	const char *norm;			/* NULL: not checked */
	const char *dkey;			/* a detail that must be there, or NULL */
	const char *dval;
} expect;

static const expect found[] = {
	/* countries: names, news names, short forms, possessives */
	{"Pakistan's privatization minister", "country", "Pakistan", "PK", NULL, NULL},
	{"Russia’s Ambassador to Pakistan", "country", "Russia", "RU", NULL, NULL},
	{"trade with Vietnam and Laos", "country", "Laos", "LA", NULL, NULL},
	{"the Czech Republic and Moldova", "country", "Czech Republic", "CZ", NULL, NULL},
	{"exports from Ivory Coast", "country", "Ivory Coast", "CI", NULL, NULL},
	{"the Netherlands said", "country", "Netherlands", "NL", NULL, NULL},
	{"America first", "country", "America", "US", NULL, NULL},
	{"troops left the USA", "country", "USA", "US", NULL, NULL},
	{"the UAE and Britain", "country", "UAE", "AE", NULL, NULL},
	{"Falkland Islands (Malvinas)", "country", "Falkland Islands", "FK", NULL, NULL},
	{"fighting in eastern Congo near Goma", "country", "Congo", "CD", NULL, NULL},
	{"Congo-Brazzaville exports oil", "country", "Congo-Brazzaville", "CG", NULL, NULL},
	{"Officials in Kinshasa said Congo was calm", "country", "Congo", "CD", NULL, NULL},
	{"President Sassou of Brazzaville said Congo was calm", "country", "Congo", "CG", NULL, NULL},
	/* nationalities */
	{"Russian crude oil", "nationality", "Russian", "RU", NULL, NULL},
	{"two Russians were hurt", "nationality", "Russians", "RU", NULL, NULL},
	{"Latin American and American officials", "nationality", "American", "US", NULL, NULL},
	{"Pakistani officials", "nationality", "Pakistani", "PK", NULL, NULL},
	{"British troops", "nationality", "British", "GB", NULL, NULL},
	{"Chinese exports", "nationality", "Chinese", "CN", NULL, NULL},
	{"an Emirati firm", "nationality", "Emirati", "AE", NULL, NULL},
	{"North Korean missiles", "nationality", "North Korean", "KP", NULL, NULL},
	{"the Congolese army", "nationality", "Congolese", "CD", NULL, NULL},
	/* places */
	{"talks in Islamabad", "place", "Islamabad", "Islamabad", "country", "PK"},
	{"ISLAMABAD: Defense Minister", "place", "ISLAMABAD", "Islamabad", "country", "PK"},
	{"KARACHI, Oct 8 - Shares rose", "place", "KARACHI", "Karachi", "country", "PK"},
	{"floods in Sindh and Punjab, Pakistan", "place", "Punjab", "Punjab", "country", "PK"},
	{"farmers in Punjab, India", "place", "Punjab", "Punjab", "country", "IN"},
	{"the governor of Khyber Pakhtunkhwa said", "place", "Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "country", "PK"},
	{"wildfires in California", "place", "California", "California", "country", "US"},
	{"a factory in São Paulo", "place", "São Paulo", "São Paulo", "country", "BR"},
	{"a factory in Sao Paulo", "place", "Sao Paulo", "São Paulo", "country", "BR"},
	{"fighting in Kandahar", "place", "Kandahar", "Kandahar", "country", "AF"},
	{"a bomb in Fallujah", "place", "Fallujah", "Fallujah", "country", "IQ"},
	{"the road from Atlanta, Georgia", "place", "Georgia", "Georgia", "country", "US"},
	{"He moved to Reading last year", "place", "Reading", "Reading", "country", "GB"},
	{"a festival in Nice", "place", "Nice", "Nice", "country", "FR"},
	{"Islamabad’s second purchase", "place", "Islamabad", "Islamabad", NULL, NULL},
	/* regions: places without a country */
	{"landlocked Central Asia", "place", "Central Asia", "Central Asia", NULL, NULL},
	{"peace in the Middle East", "place", "Middle East", "Middle East", NULL, NULL},
	{"oil from the Gulf", "place", "Gulf", "Gulf", NULL, NULL},
	{"across South Asia", "place", "South Asia", "South Asia", NULL, NULL},
	/* organisations: table, acronyms, patterns */
	{"help from the International Monetary Fund", "org", "International Monetary Fund", "International Monetary Fund", "acronym", "IMF"},
	{"a package from the IMF.", "org", "IMF", "International Monetary Fund", "acronym", "IMF"},
	{"the ADB approved", "org", "ADB", "Asian Development Bank", "acronym", "ADB"},
	{"OPEC cut output", "org", "OPEC", "Organization of the Petroleum Exporting Countries", NULL, NULL},
	{"the U.N. said", "org", "U.N.", "United Nations", "acronym", "UN"},
	{"NATO and the EU met", "org", "EU", "European Union", "acronym", "EU"},
	{"the SCO summit", "org", "SCO", "Shanghai Cooperation Organisation", NULL, NULL},
	{"the Federal Reserve raised rates", "org", "Federal Reserve", "Federal Reserve", NULL, NULL},
	{"the Fed raised rates", "org", "Fed", "Federal Reserve", NULL, NULL},
	{"Moody's upgraded Pakistan", "org", "Moody's", "Moody's", NULL, NULL},
	{"Moody’s upgraded Pakistan", "org", "Moody’s", "Moody's", NULL, NULL},
	{"S&P and Fitch", "org", "S&P", "S&P", NULL, NULL},
	{"S&P and Fitch", "org", "Fitch", "Fitch", NULL, NULL},
	{"the State Bank of Pakistan said", "org", "State Bank of Pakistan", "State Bank of Pakistan", "acronym", "SBP"},
	{"state broadcaster Radio Pakistan reported", "org", "Radio Pakistan", "Radio Pakistan", NULL, NULL},
	{"the Bank of England held rates", "org", "Bank of England", "Bank of England", NULL, NULL},
	{"the Ministry of Finance said", "org", "Ministry of Finance", "Ministry of Finance", NULL, NULL},
	{"Pakistan's Finance Ministry said", "org", "Finance Ministry", "Finance Ministry", NULL, NULL},
	{"the Russian Central Bank cut", "org", "Russian Central Bank", "Central Bank of Russia", NULL, NULL},
	{"the Central Bank of Egypt cut", "org", "Central Bank of Egypt", "Central Bank of Egypt", NULL, NULL},
	{"the National Bank of Pakistan lent", "org", "National Bank of Pakistan", "National Bank of Pakistan", NULL, NULL},
	{"Pakistan International Airlines flew", "org", "Pakistan International Airlines", "Pakistan International Airlines", NULL, NULL},
	{"the U.S. Justice Department said", "org", "U.S. Justice Department", "U.S. Justice Department", NULL, NULL},
	/* a first mention "Full Name (ACRONYM)" defines the acronym */
	{"the Sindh Revenue Board (SRB) said. The SRB also said", "org", "SRB", "Sindh Revenue Board", "acronym", "SRB"},
	{"the Sindh Revenue Board (SRB) said", "org", "Sindh Revenue Board", "Sindh Revenue Board", NULL, NULL},
	{"the Federal Board of Revenue (FBR) said", "org", "FBR", "Federal Board of Revenue", "acronym", "FBR"},
	{"Khyber Pakhtunkhwa (KP) police said KP had rain", "place", "KP", "Khyber Pakhtunkhwa", "country", "PK"},
	/* a short form the table lists, once the document named its org */
	{"The IMF lent again. Then the Fund said growth slowed.", "org", "Fund", "International Monetary Fund", "acronym", "IMF"},
	{"The World Bank lent; the Bank's staff left.", "org", "Bank", "World Bank", NULL, NULL},
	{"The World Bank and the IMF met. The Bank said no.", "org", "Bank", "World Bank", NULL, NULL},
};

typedef struct reject
{
	const char *text;
	const char *kind;			/* NULL: no entity fact at all on the surface */
	const char *surface;
	const char *why;
} reject;

static const reject absent[] = {
	{"let us go", NULL, "us", "the pronoun us"},
	{"WHY US MATTERS", NULL, "US", "US in an all-caps line"},
	{"turkey for dinner", NULL, "turkey", "the bird"},
	{"fine china plates", NULL, "china", "porcelain"},
	{"a guinea pig", NULL, "guinea", "the animal"},
	{"Michael Jordan scored", NULL, "Jordan", "a person's surname"},
	{"Chad Smith played drums", NULL, "Chad", "a first name"},
	{"President Lincoln spoke", "place", "Lincoln", "after a title (a person: test_tagger_stage.c)"},
	{"The Washington Post reported", NULL, "Washington", "inside a longer name"},
	{"Reading is fun", NULL, "Reading", "a common word opening a sentence"},
	{"Nice work, he said", NULL, "Nice", "a common word opening a sentence"},
	{"She was nice, and Reading fans cheered", NULL, "Reading", "a common word without a place preposition"},
	{"In May he left", NULL, "May", "the month"},
	{"Brent crude rose 3 percent", NULL, "Brent", "a commodity grade, not the London borough"},
	{"West Texas Intermediate fell", NULL, "Texas", "a commodity grade, not the state"},
	{"May said no", NULL, "May", "the month or a name, never a place"},
	{"Pakistani officials", "country", "Pakistan", "a demonym is not the country"},
	{"(@RusEmbPakistan/X)", NULL, "Pakistan", "inside a handle"},
	{"Short Url", NULL, "Short", "page furniture"},
	{"the U.S.-led coalition", NULL, "U.S.", "inside a hyphenated word"},
	{"anti-American protests", NULL, "American", "inside a hyphenated word"},
	{"a US$5 note", NULL, "US", "a currency qualifier"},
	{"Radio Pakistan reported", "country", "Pakistan", "an org owns the country in its name"},
	{"the Bank of England", "country", "England", "an org owns the country in its name"},
	{"the landlocked Central Asian countries", NULL, "Central Asian", "a regional adjective is no nationality"},
	{"the South Asian country", NULL, "South Asian", "a regional adjective is no nationality"},
	{"in Latin America", "country", "America", "a region wins over the country inside it"},
	{"Latin American leaders", "nationality", "American", "a regional adjective hides the nationality in it"},
	{"the West Bank and Gaza", "org", "West Bank", "a place is no org pattern"},
	{"Gross Domestic Product (GDP) grew", "org", "Gross Domestic Product", "no org without an org noun"},
	{"the Sindh Revenue Board (SRA) said. The SRA also said", "org", "SRA", "an acronym the name does not spell"},
	{"the Iraqi Army moved", "org", "Iraqi Army", "a nationality stays one before a generic noun"},
};

/*
 * Where a short form is not read as the org it may stand for: any org fact
 * on its surface (the tagger may find one) has no norm of the table.
 */
static const reject unlinked[] = {
	{"The Fund said growth slowed.", "org", "Fund", "a short form before its org was named"},
	{"The World Bank and the Asian Development Bank met. The Bank said no.", "org", "Bank",
	"a short form two named orgs share"},
	{"The IMF met. Fund managers sold.", "org", "Fund", "a short form without 'the'"},
	{"The World Bank lent. The Bank Holiday came.", "org", "Bank", "a short form inside a longer name"},
	{"The IMF lent. The FUND said.", "org", "FUND", "a short form in capitals"},
};

static bool
has_fact(const char *kind, const char *surface)
{
	for (int k = 0; k < TF_NKINDS; k++)
	{
		if (kind != NULL && strcmp(tf_kind_name((tf_kind) k), kind) != 0)
			continue;
		if (k >= TF_MONEY)
			continue;
		if (find_fact(tf_kind_name((tf_kind) k), surface) != NULL)
			return true;
	}
	return false;
}

int
main(void)
{
	for (size_t k = 0; k < sizeof(found) / sizeof(found[0]); k++)
	{
		const expect *x = &found[k];
		const tf_fact *f;
		bool		good;

		facts_of(x->text, NULL);
		/* the last mention counts where a text names it twice */
		f = NULL;
		for (int i = 0; i < tap_res.nfacts; i++)
			if (strcmp(tf_kind_name(tap_res.facts[i].kind), x->kind) == 0 &&
				tap_res.facts[i].blen == strlen(x->surface) &&
				memcmp(tap_text + tap_res.facts[i].bpos, x->surface, tap_res.facts[i].blen) == 0)
				f = &tap_res.facts[i];
		good = f != NULL && (x->norm == NULL || (f->norm && strcmp(f->norm, x->norm) == 0));
		if (good && x->dkey)
		{
			const tf_detail *d = tf_fact_detail(f, x->dkey);

			good = d != NULL && d->str != NULL && strcmp(d->str, x->dval) == 0;
		}
		ok(good, "%s: %s '%s' -> %s%s%s%s", x->text, x->kind, x->surface,
		   x->norm ? x->norm : "", x->dkey ? " " : "", x->dkey ? x->dkey : "",
		   x->dkey ? x->dval : "");
		if (!good && f != NULL)
			printf("#   got norm %s\n", f->norm ? f->norm : "(null)");
	}
	for (size_t k = 0; k < sizeof(absent) / sizeof(absent[0]); k++)
	{
		const reject *x = &absent[k];

		facts_of(x->text, NULL);
		ok(!has_fact(x->kind, x->surface), "%s: no %s '%s' (%s)", x->text,
		   x->kind ? x->kind : "entity", x->surface, x->why);
	}

	for (size_t k = 0; k < sizeof(unlinked) / sizeof(unlinked[0]); k++)
	{
		const reject *x = &unlinked[k];
		const tf_fact *f;

		facts_of(x->text, NULL);
		f = find_fact(x->kind, x->surface);
		ok(f == NULL || f->norm == NULL || strcmp(f->norm, x->surface) == 0,
		   "%s: '%s' is no org of the table (%s)", x->text, x->surface, x->why);
	}

	/* the seed's mentions that are not facts: the handle and the page furniture */
	facts_of("Khorev in Islamabad, Pakistan on October 8, 2024. (@RusEmbPakistan/X)\nShort Url\n", NULL);
	ok(count_kind("country") == 1 && count_kind("place") == 1 && count_kind("org") == 0,
	   "seed caption: one country, one place, nothing from the handle or 'Short Url'");

	/* every fact's surface is exactly its span, also for curly apostrophes */
	facts_of("Russia’s envoy met Pakistan’s minister and the IMF’s head in Islamabad.", NULL);
	ok(find_fact("country", "Russia") && find_fact("country", "Pakistan") &&
	   find_fact("org", "IMF") && find_fact("place", "Islamabad"),
	   "possessives with curly apostrophes: surface is the name only");

	/* many ambiguous names: bounded work, every one resolved */
	{
		char		buf[20000];
		size_t		o = 0;
		int			n;

		while (o + 32 < sizeof(buf))
			o += (size_t) snprintf(buf + o, sizeof(buf) - o, "Georgia and Punjab. ");
		facts_of(buf, NULL);
		n = count_kind("country") + count_kind("place");
		ok(n > 1000, "hundreds of ambiguous names all found (%d)", n);
	}
	return tap_done();
}
