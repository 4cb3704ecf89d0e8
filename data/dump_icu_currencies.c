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
 *   N <language> <code> <name>         (a name or plural name in another language)
 *
 * Build: cc -o dump_icu_currencies dump_icu_currencies.c $(pkg-config --cflags --libs icu-uc icu-i18n)
 */
#include <stdio.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
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
	return 0;
}
