/* Unit tests of the country gazetteer. */
#include "tap.h"
#include "gazetteer.h"

static int
country_is(const char *text, const char *surface, const char *code)
{
	const tf_fact *f;

	facts_of(text, NULL);
	f = find_fact("country", surface);
	return f != NULL && f->norm != NULL && strcmp(f->norm, code) == 0;
}

int
main(void)
{
	ok(country_is("Pakistan is seeking", "Pakistan", "PK"), "Pakistan -> PK");
	ok(country_is("talks with Russia.", "Russia", "RU"), "Russia -> RU (news name)");
	ok(country_is("the Russian Federation said", "Russian Federation", "RU"), "Russian Federation -> RU (ISO name)");
	ok(country_is("Turkey and Iran", "Turkey", "TR"), "Turkey -> TR");
	ok(country_is("Türkiye and Iran", "Türkiye", "TR"), "Türkiye -> TR (ISO name, non-ASCII)");
	ok(country_is("Turkey and Iran", "Iran", "IR"), "Iran -> IR");
	ok(country_is("South Korea grew", "South Korea", "KR"), "South Korea -> KR (two tokens)");
	ok(country_is("the U.S. said", "U.S.", "US"), "U.S. -> US (glued tokens)");
	ok(country_is("the US said", "US", "US"), "US -> US");
	ok(country_is("the United States of America", "United States of America", "US"),
	   "longest match: United States of America");
	ok(country_is("Britain and the UK", "UK", "GB"), "UK -> GB");
	ok(country_is("Côte d'Ivoire exports", "Côte d'Ivoire", "CI"), "Côte d'Ivoire -> CI");
	ok(country_is("Côte d’Ivoire exports", "Côte d’Ivoire", "CI"), "curly apostrophe reads as straight");
	ok(country_is("Pakistan’s minister", "Pakistan", "PK"), "possessive: surface is the name only");

	facts_of("let us go, turkey for dinner", NULL);
	ok(count_kind("country") == 0, "lower-case 'us' and 'turkey' are not countries");

	/* informal English writes names in lower case (TF_GAZ_LOWER) */
	ok(country_is("i live in malaysia and my sister lives in kerala.", "malaysia", "MY"),
	   "informal English ('i'): lower-case malaysia -> MY");
	ok(find_fact("place", "kerala") != NULL, "... and lower-case kerala is a place");
	ok(country_is("how are vietnam and Afghanistan alike?", "vietnam", "VN"),
	   "a sentence that starts in lower case: vietnam -> VN");
	facts_of("Exports from malaysia rose. The minister said so.", NULL);
	ok(count_kind("country") == 0, "edited English: lower-case malaysia is no country");
	facts_of("i bought a china teapot and a jordan poster in georgia", NULL);
	ok(count_kind("country") == 0 && count_kind("place") == 0,
	   "informal, but china (a word), jordan and georgia (first names) stay lower-case words");
	facts_of("Troops reached Mazar-i-Sharif on Monday. Exports from malaysia rose. "
			 "The minister said so. Aid came later.", NULL);
	ok(count_kind("country") == 0,
	   "the 'i' of a hyphenated name (Mazar-i-Sharif) is no pronoun: malaysia stays a word");
	facts_of("Troops reached Mazar-i-Sharif on Monday. Exports from malaysia rose. "
			 "The minister said so. Aid came later, i hear.", NULL);
	ok(count_kind("country") == 1, "... but a lower-case pronoun 'i' in the same text is");
	facts_of("i turisti di malaysia sono partiti per il mare", NULL);
	ok(count_kind("place") == 0 && count_kind("country") == 0,
	   "Italian 'i' (the): no lower-case reading");
	facts_of("WHY US MATTERS", NULL);
	ok(count_kind("country") == 0, "US in an all-caps line is not the country");
	facts_of("in Latin America", NULL);
	ok(count_kind("country") == 0 && find_fact("place", "Latin America") != NULL,
	   "Latin America is a region, not America");
	facts_of("(@RusEmbPakistan/X) and #Pakistan", NULL);
	ok(count_kind("country") == 0, "no country from a handle or hashtag");
	facts_of("Pakistani officials", NULL);
	ok(count_kind("country") == 0, "Pakistani is not Pakistan");

	/* names and codes to alpha-2, as factquery needs */
	{
		const char *c;

		ok((c = tf_country_code("pakistan", 8)) && strcmp(c, "PK") == 0, "code of 'pakistan'");
		ok((c = tf_country_code("PK", 2)) && strcmp(c, "PK") == 0, "code of 'PK'");
		ok((c = tf_country_code("pak", 3)) && strcmp(c, "PK") == 0, "code of alpha-3 'pak'");
		ok((c = tf_country_code("u.s.", 4)) && strcmp(c, "US") == 0, "code of 'u.s.'");
		ok((c = tf_country_code("South  Korea", 12)) && strcmp(c, "KR") == 0, "code of 'South  Korea'");
		ok(tf_country_code("Narnia", 6) == NULL, "no code for 'Narnia'");
		ok(tf_country_code("ZZ", 2) == NULL, "no code for 'ZZ'");
		ok(tf_country_code("Latin America", 13) == NULL, "a region has no code");
		ok(tf_country_code("", 0) == NULL, "no code for ''");
		ok((c = tf_country_code("Pakistani", 9)) && strcmp(c, "PK") == 0, "code of demonym 'Pakistani'");
		ok((c = tf_country_code("russians", 8)) && strcmp(c, "RU") == 0, "code of plural 'russians'");
		ok((c = tf_country_code("EMIRATI", 7)) && strcmp(c, "AE") == 0, "code of 'EMIRATI'");
		ok((c = tf_country_code("georgia", 7)) && strcmp(c, "GE") == 0,
		   "code of 'georgia': the country, not the US state");
		ok(tf_country_code("Islamabad", 9) == NULL, "a city has no country code of its own");
		ok(tf_country_code("IMF", 3) == NULL, "an org has no country code");
		ok(tf_country_code("Monday", 6) == NULL, "a context word has no code");
	}

	/* every ISO 3166-1 country is named by some country entry */
	{
		int			missing = 0;

		for (uint32_t k = 0; k < tf_iso_ncountries; k++)
		{
			bool		found = false;

			for (uint32_t e = 0; e < tf_gaz_nentries && !found; e++)
				found = tf_gaz_entries[e].kind == TF_COUNTRY &&
					strcmp(tf_gaz_norm(&tf_gaz_entries[e]), tf_iso_alpha2(&tf_iso_countries[k])) == 0;
			if (!found)
			{
				printf("# no name for %s\n", tf_iso_alpha2(&tf_iso_countries[k]));
				missing++;
			}
		}
		ok(missing == 0, "every ISO 3166-1 country has a name in the gazetteer");
	}

	/* the hash tables find every key they hold, and nothing else */
	{
		int			lost = 0;

		for (uint32_t e = 0; e < tf_gaz_nentries; e++)
		{
			const tf_gaz_entry *x = tf_gaz_lookup(tf_gaz_key(&tf_gaz_entries[e]),
												  strlen(tf_gaz_key(&tf_gaz_entries[e])));

			if (x == NULL || strcmp(tf_gaz_key(x), tf_gaz_key(&tf_gaz_entries[e])) != 0 ||
				x > &tf_gaz_entries[e] || &tf_gaz_entries[e] - x > x->nalt)
				lost++;
		}
		ok(lost == 0, "every entry is found by its key");
		ok(tf_gaz_lookup("narnia", 6) == NULL && tf_gaz_start_maxtok("narnia", 6) == 0,
		   "an unknown key is found nowhere");
		ok(tf_gaz_start_maxtok("united", 6) >= 3, "'united' starts names of three tokens or more");
	}
	return tap_done();
}
