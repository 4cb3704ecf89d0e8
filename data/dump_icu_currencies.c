/*
 * dump_icu_currencies.c — prints ICU's (CLDR's) currency data as TSV, the
 * input data/gen_currencies.py turns into src/core/currency_data.c.
 *
 * ICU is the source of every currency code (current and historic), its minor
 * units, and its English symbol, narrow symbol, name and plural names; and
 * of the currency each territory uses today.  Run by gen_currencies.py; no
 * part of the build.
 *
 * Output lines:
 *   C <code> <fraction digits> <symbol> <narrow symbol> <name> <plural one> <plural other>
 *   T <territory alpha-2> <code>       (the territory's current currency)
 *   H <territory alpha-2> <code> <first year> <last year>
 *                                      (a currency the territory used as legal
 *                                      tender, by CLDR's dates (supplementalData
 *                                      CurrencyMap), clamped to 1900-2030: the
 *                                      historic currencies, chosen by era)
 *   N <language> <code> <name>         (a name or plural name in another language)
 *
 * Build: cc -o dump_icu_currencies dump_icu_currencies.c $(pkg-config --cflags --libs icu-uc icu-i18n)
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

/* prints s as UTF-8, with tabs and newlines replaced by spaces */
static void
put(const UChar *s, int32_t len)
{
	char		buf[512];
	int32_t		n = 0;
	UErrorCode	err = U_ZERO_ERROR;

	u_strToUTF8(buf, (int32_t) sizeof(buf) - 1, &n, s, len, &err);
	if (U_FAILURE(err))
	{
		fputs("?", stdout);
		return;
	}
	buf[n] = '\0';
	for (char *p = buf; *p; p++)
		if (*p == '\t' || *p == '\n')
			*p = ' ';
	fputs(buf, stdout);
}

static void
put_name(const UChar *iso, UCurrNameStyle style)
{
	UErrorCode	err = U_ZERO_ERROR;
	UBool		isChoice = 0;
	int32_t		len = 0;
	const UChar *s = ucurr_getName(iso, "en", style, &isChoice, &len, &err);

	putchar('\t');
	if (U_SUCCESS(err) && s)
		put(s, len);
}

/* the languages whose currency names the engine reads after a number */
static const char *const foreign_langs[] = {
	"de", "es", "fr", "pt", "it", "nl", "pl", "tr", "ru", "uk", "bg", "el", NULL
};
/* the years of the H lines: dates outside are clamped (no "to": still in use) */
#define HIST_FIRST 1900
#define HIST_LAST 2030

/* the year of the date under key ("from", "to") of a CurrencyMap entry; dflt if none */
static int
date_year(UResourceBundle *entry, const char *key, int dflt)
{
	UErrorCode	err = U_ZERO_ERROR;
	int32_t		len = 0;
	UResourceBundle *r = ures_getByKey(entry, key, NULL, &err);
	const int32_t *v = U_SUCCESS(err) ? ures_getIntVector(r, &len, &err) : NULL;
	int64_t		ms,
				days,
				era,
				doe,
				yoe,
				doy,
				mp;

	if (U_FAILURE(err) || v == NULL || len != 2)
	{
		ures_close(r);
		return dflt;
	}
	/* milliseconds since 1970, in two 32-bit halves */
	ms = (int64_t) (((uint64_t) (uint32_t) v[0] << 32) | (uint32_t) v[1]);
	ures_close(r);
	days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
	/* the civil year of a day count (H. Hinnant's days-to-civil) */
	days += 719468;
	era = (days >= 0 ? days : days - 146096) / 146097;
	doe = days - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	return (int) (yoe + era * 400 + (mp >= 10 ? 1 : 0));
}

/* H lines: every legal tender each region of CLDR's CurrencyMap used, with its years */
static int
put_history(void)
{
	UErrorCode	err = U_ZERO_ERROR;
	/* the currency tree of ICU's data, where ucurr.cpp reads it */
	UResourceBundle *supp = ures_openDirect(U_ICUDATA_NAME "-curr", "supplementalData", &err);
	UResourceBundle *map = ures_getByKey(supp, "CurrencyMap", NULL, &err);

	while (U_SUCCESS(err) && ures_hasNext(map))
	{
		UResourceBundle *region = ures_getNextResource(map, NULL, &err);
		const char *rkey = ures_getKey(region);

		while (U_SUCCESS(err) && ures_hasNext(region))
		{
			UResourceBundle *entry = ures_getNextResource(region, NULL, &err);
			UErrorCode	e1 = U_ZERO_ERROR,
						e2 = U_ZERO_ERROR;
			int32_t		idlen = 0,
						tlen = 0;
			const UChar *id = ures_getStringByKey(entry, "id", &idlen, &e1);
			const UChar *tender = ures_getStringByKey(entry, "tender", &tlen, &e2);
			int			y1 = date_year(entry, "from", HIST_FIRST),
						y2 = date_year(entry, "to", HIST_LAST);
			char		c[4];

			/* tender="false": a unit of account, no money in anyone's hand */
			if (U_SUCCESS(e1) && idlen == 3 && rkey && strlen(rkey) == 2 &&
				!(U_SUCCESS(e2) && tender && tlen == 5) && y2 >= HIST_FIRST)
			{
				u_UCharsToChars(id, c, 3);
				c[3] = '\0';
				printf("H\t%s\t%s\t%d\t%d\n", rkey, c, y1 < HIST_FIRST ? HIST_FIRST : y1,
					   y2 > HIST_LAST ? HIST_LAST : y2);
			}
			ures_close(entry);
		}
		ures_close(region);
	}
	ures_close(map);
	ures_close(supp);
	if (U_FAILURE(err))
	{
		fprintf(stderr, "supplementalData CurrencyMap: %s\n", u_errorName(err));
		return 1;
	}
	return 0;
}

static const char *const plural_counts[] = {"one", "two", "few", "many", "other", NULL};

/* prints an N line per distinct name of the currency in each foreign language */
static void
put_foreign(const char *code, const UChar *iso)
{
	for (int l = 0; foreign_langs[l] != NULL; l++)
	{
		UChar		seen[8][128];
		int			nseen = 0;

		for (int c = -1; plural_counts[c < 0 ? 0 : c] != NULL; c++)
		{
			UErrorCode	err = U_ZERO_ERROR;
			UBool		isChoice = 0;
			int32_t		len = 0;
			const UChar *s;
			int			dup = 0;

			/* c = -1: the display name; then the plural names */
			if (c < 0)
				s = ucurr_getName(iso, foreign_langs[l], UCURR_LONG_NAME, &isChoice, &len, &err);
			else
				s = ucurr_getPluralName(iso, foreign_langs[l], &isChoice, plural_counts[c],
										&len, &err);
			/* a fallback to another locale's name is no name of this language */
			if (U_FAILURE(err) || err == U_USING_DEFAULT_WARNING || s == NULL || len <= 0 ||
				len >= 127)
				continue;
			for (int k = 0; k < nseen; k++)
				if (u_strncmp(seen[k], s, len) == 0 && seen[k][len] == 0)
					dup = 1;
			if (dup)
				continue;
			if (nseen < 8)
			{
				u_strncpy(seen[nseen], s, len);
				seen[nseen][len] = 0;
				nseen++;
			}
			printf("N\t%s\t%s\t", foreign_langs[l], code);
			put(s, len);
			putchar('\n');
		}
	}
}

static void
put_plural(const UChar *iso, const char *count)
{
	UErrorCode	err = U_ZERO_ERROR;
	UBool		isChoice = 0;
	int32_t		len = 0;
	const UChar *s = ucurr_getPluralName(iso, "en", &isChoice, count, &len, &err);

	putchar('\t');
	if (U_SUCCESS(err) && s)
		put(s, len);
}

int
main(void)
{
	UErrorCode	err = U_ZERO_ERROR;
	UEnumeration *e = ucurr_openISOCurrencies(UCURR_ALL, &err);
	const char *code;
	int32_t		len;
	const char *const *countries;

	if (U_FAILURE(err))
	{
		fprintf(stderr, "ucurr_openISOCurrencies: %s\n", u_errorName(err));
		return 1;
	}
	while ((code = uenum_next(e, &len, &err)) != NULL && U_SUCCESS(err))
	{
		UChar		iso[4];
		UErrorCode	err2 = U_ZERO_ERROR;
		int32_t		digits;

		if (len != 3)
			continue;
		u_charsToUChars(code, iso, 3);
		iso[3] = 0;
		digits = ucurr_getDefaultFractionDigits(iso, &err2);
		printf("C\t%s\t%d", code, U_SUCCESS(err2) ? digits : 2);
		put_name(iso, UCURR_SYMBOL_NAME);
		put_name(iso, UCURR_NARROW_SYMBOL_NAME);
		put_name(iso, UCURR_LONG_NAME);
		put_plural(iso, "one");
		put_plural(iso, "other");
		putchar('\n');
		put_foreign(code, iso);
	}
	uenum_close(e);

	for (countries = uloc_getISOCountries(); *countries; countries++)
	{
		char		loc[16];
		UChar		buf[8];
		UErrorCode	err2 = U_ZERO_ERROR;
		int32_t		n;

		snprintf(loc, sizeof(loc), "und_%s", *countries);
		n = ucurr_forLocale(loc, buf, 8, &err2);
		if (U_SUCCESS(err2) && n == 3)
		{
			char		c[4];

			u_UCharsToChars(buf, c, 3);
			c[3] = '\0';
			printf("T\t%s\t%s\n", *countries, c);
		}
	}
	return put_history();
}
