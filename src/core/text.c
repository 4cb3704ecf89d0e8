/*
 * text.c — UTF-8 decoding, case mapping and the search of sorted tables:
 * the lexical helpers every stage shares (text.h).
 */
#include "text.h"

#include <unicode/uchar.h>

/* ---- UTF-8 and case ---- */

int32_t
tf_utf8_next(const char *s, size_t len, size_t *pos)
{
	const unsigned char *p = (const unsigned char *) s + *pos;
	size_t		avail = len - *pos;
	int32_t		c;
	int			n;
	int32_t		min;

	if (p[0] < 0x80)
	{
		(*pos)++;
		return p[0];
	}
	if ((p[0] & 0xE0) == 0xC0)
	{
		n = 2;
		c = p[0] & 0x1F;
		min = 0x80;
	}
	else if ((p[0] & 0xF0) == 0xE0)
	{
		n = 3;
		c = p[0] & 0x0F;
		min = 0x800;
	}
	else if ((p[0] & 0xF8) == 0xF0)
	{
		n = 4;
		c = p[0] & 0x07;
		min = 0x10000;
	}
	else
	{
		(*pos)++;
		return -1;
	}
	if (avail < (size_t) n)
	{
		(*pos)++;
		return -1;
	}
	for (int k = 1; k < n; k++)
	{
		if ((p[k] & 0xC0) != 0x80)
		{
			(*pos)++;
			return -1;
		}
		c = (c << 6) | (p[k] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
	{
		(*pos)++;
		return -1;
	}
	*pos += (size_t) n;
	return c;
}

size_t
tf_utf8_put(uint32_t c, char *out)
{
	if (c < 0x80)
	{
		out[0] = (char) c;
		return 1;
	}
	if (c < 0x800)
	{
		out[0] = (char) (0xC0 | (c >> 6));
		out[1] = (char) (0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000)
	{
		out[0] = (char) (0xE0 | (c >> 12));
		out[1] = (char) (0x80 | ((c >> 6) & 0x3F));
		out[2] = (char) (0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (c >> 18));
	out[1] = (char) (0x80 | ((c >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((c >> 6) & 0x3F));
	out[3] = (char) (0x80 | (c & 0x3F));
	return 4;
}

/* tf_lower from byte i of s, output byte o, by code points */
static size_t
lower_from(const char *s, size_t len, char *buf, size_t bufsize, size_t i, size_t o)
{
	while (i < len)
	{
		unsigned char ch = (unsigned char) s[i];

		if (ch < 0x80)
		{
			if (o + 1 > bufsize)
				return (size_t) -1;
			buf[o++] = tf_ascii_lower((char) ch);
			i++;
		}
		else
		{
			size_t		start = i;
			int32_t		c = tf_utf8_next(s, len, &i);

			if (c < 0)
			{
				/* keep an invalid byte as it is */
				if (o + 1 > bufsize)
					return (size_t) -1;
				buf[o++] = s[start];
				continue;
			}
			c = u_tolower(c);
			if (o + 4 > bufsize)
				return (size_t) -1;
			o += tf_utf8_put((uint32_t) c, buf + o);
		}
	}
	if (o < bufsize)
		buf[o] = '\0';
	return o;
}

size_t
tf_lower(const char *s, size_t len, char *buf, size_t bufsize)
{
	size_t		i = 0;
	size_t		fits = len < bufsize ? len : bufsize;

	/*
	 * The ASCII bytes before the first other one map one to one, so while
	 * they fit no test per byte but the letter's: most words are all of it,
	 * and return here.  Eight at a time first: a capital's high bit moved
	 * to 0x20 lower-cases it.
	 */
	while (i + 8 <= fits)
	{
		uint64_t	w;

		memcpy(&w, s + i, 8);
		if (w & TF_HIGHS)
			break;
		w |= tf_bytes_between(w, 'A', 'Z') >> 2;
		memcpy(buf + i, &w, 8);
		i += 8;
	}
	while (i < fits && (unsigned char) s[i] < 0x80)
	{
		buf[i] = tf_ascii_lower(s[i]);
		i++;
	}
	if (i == len)
	{
		if (i < bufsize)
			buf[i] = '\0';
		return i;
	}
	return lower_from(s, len, buf, bufsize, i, i);
}

uint32_t
tf_token_cp_slow(const char *text, const tf_token *t)
{
	size_t		pos = t->bstart;
	int32_t		c = tf_utf8_next(text, t->bend, &pos);

	return c < 0 ? 0xFFFD : (uint32_t) c;
}

size_t
tf_char_count(const char *s, size_t len)
{
	size_t		pos = 0,
				n = 0;

	while (pos < len)
	{
		/* eight ASCII bytes at a time: most text is */
		while (pos + 8 <= len)
		{
			uint64_t	w;

			memcpy(&w, s + pos, 8);
			if (w & UINT64_C(0x8080808080808080))
				break;
			pos += 8;
			n += 8;
		}
		if (pos >= len)
			break;
		if ((unsigned char) s[pos] < 0x80)
			pos++;
		else
			(void) tf_utf8_next(s, len, &pos);
		n++;
	}
	return n;
}

/* ---- sorted tables ---- */

/*
 * The key of element k of a table whose elements begin with a `const char *`
 * (pool NULL) or with the key's offset in pool (a uint32_t: the generated
 * tables, see tf_pool_str).
 */
static inline const char *
key_at(const void *table, size_t size, const char *pool, size_t k)
{
	const char *elem = (const char *) table + k * size;

	if (pool != NULL)
	{
		uint32_t	off;

		memcpy(&off, elem, sizeof(off));
		return pool + off;
	}
	else
	{
		const char *key;

		memcpy(&key, elem, sizeof(key));
		return key;
	}
}

/*
 * strcmp's order, the first bytes compared inline: most steps of a search
 * end there, without a call.
 */
static inline int
key_cmp(const char *a, const char *b)
{
	if (a[0] != b[0] || a[0] == '\0')
		return (int) (unsigned char) a[0] - (int) (unsigned char) b[0];
	return strcmp(a + 1, b + 1);
}

static size_t
lower_bound(const void *table, size_t n, size_t size, const char *pool, const char *key)
{
	size_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (key_cmp(key_at(table, size, pool, mid), key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static const void *
find(const void *table, size_t n, size_t size, const char *pool, const char *key)
{
	size_t		k = lower_bound(table, n, size, pool, key);

	if (k < n && key_cmp(key_at(table, size, pool, k), key) == 0)
		return (const char *) table + k * size;
	return NULL;
}

size_t
tf_sorted_lower_bound(const void *table, size_t n, size_t size, const char *key)
{
	return lower_bound(table, n, size, NULL, key);
}

const void *
tf_sorted_find(const void *table, size_t n, size_t size, const char *key)
{
	return find(table, n, size, NULL, key);
}

size_t
tf_pool_lower_bound(const void *table, size_t n, size_t size, const char *pool,
					const char *key)
{
	return lower_bound(table, n, size, pool, key);
}

const void *
tf_pool_find(const void *table, size_t n, size_t size, const char *pool, const char *key)
{
	return find(table, n, size, pool, key);
}
