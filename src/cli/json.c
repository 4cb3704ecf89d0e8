/*
 * json.c — a small, bounded JSON reader for the CLI's JSONL input.
 *
 * It decodes string escapes (\uXXXX with surrogate pairs) to UTF-8, so the
 * text handed to the engine is the text the gold files index by code point.
 * Every read is bounds-checked and nesting is capped: the fuzzer in
 * test/fuzz drives it with arbitrary bytes.
 */
#include "json.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

#define JSON_MAX_DEPTH 64

typedef struct jp
{
	const char *s;
	size_t		len;
	size_t		pos;
} jp;

static void
skip_ws(jp *p)
{
	while (p->pos < p->len && (p->s[p->pos] == ' ' || p->s[p->pos] == '\t' ||
							   p->s[p->pos] == '\n' || p->s[p->pos] == '\r'))
		p->pos++;
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static bool
read_hex4(jp *p, unsigned *out)
{
	unsigned	v = 0;

	if (p->len - p->pos < 4)
		return false;
	for (int k = 0; k < 4; k++)
	{
		int			h = hexval(p->s[p->pos + k]);

		if (h < 0)
			return false;
		v = v * 16 + (unsigned) h;
	}
	p->pos += 4;
	*out = v;
	return true;
}

/*
 * Reads a string at p->pos (which is at '"').  With out != NULL, *out gets a
 * malloc'd decoded copy.  The decoded text is never longer than the source.
 */
static bool
read_string(jp *p, char **out, size_t *outlen)
{
	size_t		start;
	char	   *buf = NULL;
	size_t		o = 0;

	if (p->pos >= p->len || p->s[p->pos] != '"')
		return false;
	p->pos++;
	start = p->pos;
	if (out != NULL && (buf = malloc(p->len - start + 1)) == NULL)
		return false;
	while (p->pos < p->len)
	{
		char		c = p->s[p->pos++];

		if (c == '"')
		{
			if (out != NULL)
			{
				buf[o] = '\0';
				*out = buf;
				*outlen = o;
			}
			return true;
		}
		if ((unsigned char) c < 0x20)
			break;
		if (c != '\\')
		{
			if (buf)
				buf[o++] = c;
			continue;
		}
		if (p->pos >= p->len)
			break;
		c = p->s[p->pos++];
		switch (c)
		{
			case '"':
			case '\\':
			case '/':
				if (buf)
					buf[o++] = c;
				break;
			case 'b':
				if (buf)
					buf[o++] = '\b';
				break;
			case 'f':
				if (buf)
					buf[o++] = '\f';
				break;
			case 'n':
				if (buf)
					buf[o++] = '\n';
				break;
			case 'r':
				if (buf)
					buf[o++] = '\r';
				break;
			case 't':
				if (buf)
					buf[o++] = '\t';
				break;
			case 'u':
				{
					unsigned	cp,
								lo;

					if (!read_hex4(p, &cp))
						goto fail;
					if (cp >= 0xD800 && cp <= 0xDBFF)
					{
						/* a high surrogate needs its low half: 12 source bytes
						 * become 4 UTF-8 bytes, so the buffer is big enough */
						if (p->len - p->pos < 6 || p->s[p->pos] != '\\' ||
							p->s[p->pos + 1] != 'u')
							goto fail;
						p->pos += 2;
						if (!read_hex4(p, &lo) || lo < 0xDC00 || lo > 0xDFFF)
							goto fail;
						cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
					}
					else if (cp >= 0xDC00 && cp <= 0xDFFF)
						goto fail;
					if (buf)
						o += tf_utf8_put(cp, buf + o);
					break;
				}
			default:
				goto fail;
		}
	}
fail:
	free(buf);
	return false;
}

static bool skip_value(jp *p, int depth);

static bool
skip_scalar(jp *p, size_t *start, size_t *end)
{
	*start = p->pos;
	while (p->pos < p->len)
	{
		char		c = p->s[p->pos];

		if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-' ||
			c == '+' || c == '.' || c == 'E')
			p->pos++;
		else
			break;
	}
	*end = p->pos;
	return *end > *start;
}

static bool
skip_value(jp *p, int depth)
{
	size_t		a,
				b;

	if (depth > JSON_MAX_DEPTH)
		return false;
	skip_ws(p);
	if (p->pos >= p->len)
		return false;
	switch (p->s[p->pos])
	{
		case '"':
			return read_string(p, NULL, NULL);
		case '{':
		case '[':
			{
				char		close = p->s[p->pos] == '{' ? '}' : ']';
				bool		obj = close == '}';

				p->pos++;
				skip_ws(p);
				if (p->pos < p->len && p->s[p->pos] == close)
				{
					p->pos++;
					return true;
				}
				for (;;)
				{
					if (obj)
					{
						skip_ws(p);
						if (!read_string(p, NULL, NULL))
							return false;
						skip_ws(p);
						if (p->pos >= p->len || p->s[p->pos] != ':')
							return false;
						p->pos++;
					}
					if (!skip_value(p, depth + 1))
						return false;
					skip_ws(p);
					if (p->pos >= p->len)
						return false;
					if (p->s[p->pos] == ',')
					{
						p->pos++;
						continue;
					}
					if (p->s[p->pos] == close)
					{
						p->pos++;
						return true;
					}
					return false;
				}
			}
		default:
			return skip_scalar(p, &a, &b);
	}
}

void
json_free_members(json_member *members, int nmembers)
{
	for (int k = 0; k < nmembers; k++)
	{
		free(members[k].value);
		members[k].value = NULL;
		members[k].len = 0;
	}
}

bool
json_read_object(const char *s, size_t len, json_member *members, int nmembers)
{
	jp			p = {s, len, 0};

	for (int k = 0; k < nmembers; k++)
	{
		members[k].value = NULL;
		members[k].len = 0;
		members[k].is_string = false;
	}
	skip_ws(&p);
	if (p.pos >= p.len || p.s[p.pos] != '{')
		return false;
	p.pos++;
	skip_ws(&p);
	if (p.pos < p.len && p.s[p.pos] == '}')
		return true;
	for (;;)
	{
		char	   *name = NULL;
		size_t		namelen = 0;
		int			want = -1;

		skip_ws(&p);
		if (!read_string(&p, &name, &namelen))
			goto fail;
		for (int k = 0; k < nmembers; k++)
			if (members[k].value == NULL && strlen(members[k].name) == namelen &&
				memcmp(members[k].name, name, namelen) == 0)
				want = k;
		free(name);
		skip_ws(&p);
		if (p.pos >= p.len || p.s[p.pos] != ':')
			goto fail;
		p.pos++;
		skip_ws(&p);
		if (want >= 0 && p.pos < p.len && p.s[p.pos] == '"')
		{
			if (!read_string(&p, &members[want].value, &members[want].len))
				goto fail;
			members[want].is_string = true;
		}
		else if (want >= 0 && members[want].raw && p.pos < p.len &&
				 (p.s[p.pos] == '{' || p.s[p.pos] == '['))
		{
			size_t		a = p.pos;

			if (!skip_value(&p, 1))
				goto fail;
			if ((members[want].value = malloc(p.pos - a + 1)) == NULL)
				goto fail;
			memcpy(members[want].value, s + a, p.pos - a);
			members[want].value[p.pos - a] = '\0';
			members[want].len = p.pos - a;
		}
		else if (want >= 0 && p.pos < p.len && p.s[p.pos] != '{' && p.s[p.pos] != '[')
		{
			size_t		a,
						b;

			if (!skip_scalar(&p, &a, &b))
				goto fail;
			if ((members[want].value = malloc(b - a + 1)) == NULL)
				goto fail;
			memcpy(members[want].value, s + a, b - a);
			members[want].value[b - a] = '\0';
			members[want].len = b - a;
		}
		else if (!skip_value(&p, 1))
			goto fail;
		skip_ws(&p);
		if (p.pos >= p.len)
			goto fail;
		if (p.s[p.pos] == ',')
		{
			p.pos++;
			continue;
		}
		if (p.s[p.pos] == '}')
			return true;
		goto fail;
	}
fail:
	json_free_members(members, nmembers);
	return false;
}

bool
json_array_next(const char *s, size_t len, size_t *pos, size_t *start, size_t *end)
{
	jp			p = {s, len, *pos};

	skip_ws(&p);
	if (p.pos >= p.len)
		return false;
	if (*pos == 0)
	{
		if (p.s[p.pos] != '[')
			return false;
		p.pos++;
	}
	else if (p.s[p.pos] == ',')
		p.pos++;
	else
		return false;			/* ']' or anything else ends the array */
	skip_ws(&p);
	if (p.pos >= p.len || p.s[p.pos] == ']')
		return false;
	*start = p.pos;
	if (!skip_value(&p, 1))
		return false;
	*end = p.pos;
	*pos = p.pos;
	return true;
}

void
json_out_flush(json_out *o)
{
	if (o->n > 0)
		fwrite(o->buf, 1, o->n, o->f);
	o->n = 0;
}

void
json_write_string(json_out *o, const char *s, size_t len)
{
	size_t		run = 0;		/* start of the bytes not yet written */

	json_put(o, "\"", 1);
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];
		char		esc[8];

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		json_put(o, s + run, i - run);
		run = i + 1;
		if (c == '"' || c == '\\')
		{
			esc[0] = '\\';
			esc[1] = (char) c;
			json_put(o, esc, 2);
		}
		else if (c == '\n')
			json_puts(o, "\\n");
		else if (c == '\r')
			json_puts(o, "\\r");
		else if (c == '\t')
			json_puts(o, "\\t");
		else
		{
			snprintf(esc, sizeof(esc), "\\u%04x", c);
			json_put(o, esc, 6);
		}
	}
	json_put(o, s + run, len - run);
	json_put(o, "\"", 1);
}
