/*
 * textfacts_cli.c — the engine without a server.
 *
 * Reads documents, one a line: plain text, or JSONL objects with "id", "text"
 * and an optional "ref_date"; prints one JSON fact a line in the format
 * the project's scorer (test/eval/score.py) reads:
 *   {"id", "kind", "pos", "len", "surface", "norm", "value", "unit", "sentence", "detail"}
 * pos is 1-based in characters, as substr() counts.  Unit tests, evaluation
 * and benchmarks drive the engine through this program.
 */
#include "textfacts.h"
#include "json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
usage(FILE *out)
{
	fputs("usage: textfacts [--ref-date YYYY-MM-DD] [--kinds k1,k2,...] [--dollar ISO]\n"
		  "                 [--max-facts N] [--count] [FILE ...]\n"
		  "Reads one document a line (plain text, or JSONL with id, text, ref_date)\n"
		  "and prints one JSON fact a line.  --count prints only the number of facts;\n"
		  "--max-facts refuses a document with more than N facts (no limit by default).\n",
		  out);
}

/* "YYYY-MM-DD" -> date; false if malformed */
static bool
parse_date(const char *s, tf_date *d)
{
	int			y,
				m,
				dd;
	char		tail;

	if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &dd, &tail) != 3 ||
		y < 1 || m < 1 || m > 12 || dd < 1 || dd > 31)
		return false;
	d->y = y;
	d->m = m;
	d->d = dd;
	return true;
}

static bool
parse_kinds(const char *s, uint32_t *mask)
{
	*mask = 0;
	while (*s)
	{
		const char *e = strchr(s, ',');
		size_t		n = e ? (size_t) (e - s) : strlen(s);
		int			k = tf_kind_from_name(s, n);

		if (k < 0)
			return false;
		*mask |= TF_KIND_BIT(k);
		s += n;
		if (*s == ',')
			s++;
	}
	return *mask != 0;
}

static void
print_decimal(json_out *out, const tf_decimal *d)
{
	char		buf[TF_DECIMAL_BUFSIZE];

	tf_decimal_format(d, buf, sizeof(buf));
	json_puts(out, buf);
}

static void
print_uint(json_out *out, unsigned v)
{
	char		buf[16];
	int			n = sizeof(buf);

	do
	{
		buf[--n] = (char) ('0' + v % 10);
		v /= 10;
	} while (v > 0);
	json_put(out, buf + n, sizeof(buf) - n);
}

static void
print_fact(json_out *out, const char *id, size_t idlen, bool id_is_string,
		   const char *text, const tf_fact *f)
{
	json_puts(out, "{\"id\": ");
	if (id_is_string)
		json_write_string(out, id, idlen);
	else
		json_put(out, id, idlen);
	json_puts(out, ", \"kind\": \"");
	json_puts(out, tf_kind_name(f->kind));
	json_puts(out, "\", \"pos\": ");
	print_uint(out, f->cpos + 1);
	json_puts(out, ", \"len\": ");
	print_uint(out, f->clen);
	json_puts(out, ", \"surface\": ");
	json_write_string(out, text + f->bpos, f->blen);
	json_puts(out, ", \"norm\": ");
	if (f->norm)
		json_write_string(out, f->norm, strlen(f->norm));
	else
		json_puts(out, "null");
	json_puts(out, ", \"value\": ");
	if (f->has_value)
		print_decimal(out, &f->value);
	else
		json_puts(out, "null");
	json_puts(out, ", \"unit\": ");
	if (f->unit)
		json_write_string(out, f->unit, strlen(f->unit));
	else
		json_puts(out, "null");
	json_puts(out, ", \"sentence\": ");
	print_uint(out, f->sentence);
	json_puts(out, ", \"detail\": {");
	for (int k = 0; k < f->ndetail; k++)
	{
		if (k > 0)
			json_puts(out, ", ");
		json_write_string(out, f->detail[k].key, strlen(f->detail[k].key));
		json_puts(out, ": ");
		if (f->detail[k].is_num)
			print_decimal(out, &f->detail[k].num);
		else
			json_write_string(out, f->detail[k].str, strlen(f->detail[k].str));
	}
	json_puts(out, "}}\n");
}

typedef struct cli_opts
{
	tf_options	opts;
	bool		count_only;
	long		nfacts;
	long		ndocs;
} cli_opts;

static int
run_stream(FILE *in, const char *name, cli_opts *co)
{
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		n;
	long		lineno = 0;
	int			rc = 0;
	static json_out out;		/* 64 kB: not on the stack */

	out.f = stdout;

	while ((n = getline(&line, &cap, in)) >= 0)
	{
		json_member m[3] = {{"id", NULL, 0, false, false}, {"text", NULL, 0, false, false},
		{"ref_date", NULL, 0, false, false}};
		const char *text = line;
		size_t		len = (size_t) n;
		char		idbuf[32];
		const char *id = idbuf;
		size_t		idlen;
		bool		id_str = false;
		tf_options	opts = co->opts;
		tf_result	res;
		size_t		k = 0;

		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		idlen = (size_t) snprintf(idbuf, sizeof(idbuf), "%ld", lineno);
		while (k < len && (line[k] == ' ' || line[k] == '\t'))
			k++;
		if (k < len && line[k] == '{')
		{
			if (!json_read_object(line, len, m, 3) || m[1].value == NULL)
			{
				fprintf(stderr, "textfacts: %s:%ld: not a JSON object with \"text\"\n",
						name, lineno);
				rc = 1;
				continue;
			}
			text = m[1].value;
			len = m[1].len;
			if (m[0].value)
			{
				id = m[0].value;
				idlen = m[0].len;
				id_str = m[0].is_string;
			}
			if (m[2].value && !parse_date(m[2].value, &opts.ref_date))
			{
				fprintf(stderr, "textfacts: %s:%ld: bad ref_date \"%s\"\n",
						name, lineno, m[2].value);
				rc = 1;
			}
		}
		tf_extract(&tf_malloc_allocator, text, len, &opts, &res);
		co->ndocs++;
		co->nfacts += res.nfacts;
		if (!co->count_only)
			for (int f = 0; f < res.nfacts; f++)
				print_fact(&out, id, idlen, id_str, text, &res.facts[f]);
		json_out_flush(&out);
		tf_result_free(&tf_malloc_allocator, &res);
		json_free_members(m, 3);
	}
	free(line);
	return rc;
}

int
main(int argc, char **argv)
{
	cli_opts	co;
	int			rc = 0;
	int			i;
	bool		any_file = false;
	char		dollar[4];

	memset(&co, 0, sizeof(co));
	tf_options_init(&co.opts);
	for (i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "--ref-date") == 0 && i + 1 < argc)
		{
			if (!parse_date(argv[++i], &co.opts.ref_date))
			{
				fprintf(stderr, "textfacts: bad --ref-date \"%s\"\n", argv[i]);
				return 2;
			}
		}
		else if (strcmp(argv[i], "--kinds") == 0 && i + 1 < argc)
		{
			if (!parse_kinds(argv[++i], &co.opts.kinds))
			{
				fprintf(stderr, "textfacts: bad --kinds \"%s\"\n", argv[i]);
				return 2;
			}
		}
		else if (strcmp(argv[i], "--dollar") == 0 && i + 1 < argc)
		{
			/* the spellings the SQL dollar argument takes: any case */
			++i;
			if (!tf_currency_code(argv[i], strlen(argv[i]), dollar))
			{
				fprintf(stderr, "textfacts: --dollar \"%s\" is not a known ISO 4217 code\n",
						argv[i]);
				return 2;
			}
			co.opts.dollar = dollar;
		}
		else if (strcmp(argv[i], "--max-facts") == 0 && i + 1 < argc)
		{
			char	   *end;
			unsigned long v = strtoul(argv[++i], &end, 10);

			if (*end != '\0' || v == 0 || v > UINT32_MAX)
			{
				fprintf(stderr, "textfacts: bad --max-facts \"%s\"\n", argv[i]);
				return 2;
			}
			co.opts.max_facts = (uint32_t) v;
		}
		else if (strcmp(argv[i], "--count") == 0)
			co.count_only = true;
		else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
		{
			usage(stdout);
			return 0;
		}
		else if (argv[i][0] == '-' && argv[i][1] != '\0')
		{
			usage(stderr);
			return 2;
		}
		else
			break;
	}
	for (; i < argc; i++)
	{
		FILE	   *f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");

		any_file = true;
		if (f == NULL)
		{
			perror(argv[i]);
			rc = 2;
			continue;
		}
		rc |= run_stream(f, argv[i], &co);
		if (f != stdin)
			fclose(f);
	}
	if (!any_file)
		rc |= run_stream(stdin, "stdin", &co);
	if (co.count_only)
		printf("%ld documents, %ld facts\n", co.ndocs, co.nfacts);
	return rc;
}
