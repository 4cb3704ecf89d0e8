/*
 * icu_names.c — a generation-time helper (not part of the build): prints
 * names from ICU's CLDR data for the generators in data/.
 *
 *   icu_names territories LANG...   reads alpha-2 codes on stdin, prints
 *                                    LANG<TAB>CODE<TAB>NAME (UTF-8)
 *
 * Build: cc -o icu_names icu_names.c $(pkg-config --cflags --libs icu-uc icu-i18n)
 */
#include <stdio.h>
#include <string.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

static void
print_u(const UChar *s, int32_t len)
{
	char		buf[1024];
	int32_t		n = 0;
	UErrorCode	st = U_ZERO_ERROR;

	u_strToUTF8(buf, sizeof(buf), &n, s, len, &st);
	if (U_SUCCESS(st))
		fwrite(buf, 1, (size_t) n, stdout);
}

int
main(int argc, char **argv)
{
	char		code[16];

	if (argc < 3 || strcmp(argv[1], "territories") != 0)
	{
		fprintf(stderr, "usage: icu_names territories LANG... < codes\n");
		return 2;
	}
	while (scanf("%15s", code) == 1)
	{
		char		loc[32];

		snprintf(loc, sizeof(loc), "und_%s", code);
		for (int k = 2; k < argc; k++)
		{
			UChar		name[256];
			UErrorCode	st = U_ZERO_ERROR;
			int32_t		n = uloc_getDisplayCountry(loc, argv[k], name, 256, &st);

			/* ICU falls back to the code itself when it has no name */
			if (U_FAILURE(st) || st == U_USING_DEFAULT_WARNING || n <= 0)
				continue;
			printf("%s\t%s\t", argv[k], code);
			print_u(name, n);
			putchar('\n');
		}
	}
	return 0;
}
