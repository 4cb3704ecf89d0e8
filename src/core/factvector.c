/*
 * factvector.c — a document's distinct facts as one value: building it,
 * its text form, its wire form for send/receive, and the set operations
 * (merge, containment, ordering) the SQL operators need.
 *
 * The flat layout (factsearch.h) is header, slots, key bytes; keys sorted
 * byte-wise and unique, so lookups are binary searches and two vectors merge
 * in one pass.  Whatever arrives from outside — text or wire bytes — is
 * checked completely before anything is allocated for it, and every loop is
 * bounded by the input's length.
 */
#include "factsearch_internal.h"

#include <stdio.h>
#include <stdlib.h>

static int
entry_cmp(const void *pa, const void *pb)
{
	const tf_fv_entry *a = pa,
			   *b = pb;

	return tf_key_cmp(a->key, a->len, b->key, b->len);
}

static void *
write_flat(const tf_allocator *a, size_t hdrsize, const tf_fv_entry *e, int n,
		   uint32_t engine, size_t *size, tf_parse_error *err)
{
	size_t		flat = sizeof(tf_fv_header) + (size_t) n * sizeof(tf_fv_slot);
	char	   *block;
	tf_fv_header *h;
	tf_fv_slot *slots;
	uint8_t    *data;
	uint32_t	off = 0;

	for (int i = 0; i < n; i++)
	{
		flat += e[i].len;
		if (flat > TF_FV_MAX_BYTES)
			break;
	}
	if (flat > TF_FV_MAX_BYTES)
	{
		err->code = TF_ERR_LIMIT;
		err->pos = 0;
		snprintf(err->message, sizeof(err->message),
				 "factvector is larger than the maximum of %zu bytes", TF_FV_MAX_BYTES);
		snprintf(err->hint, sizeof(err->hint), "%s",
				 "A factvector holds at most 1 MB of distinct facts; split the document.");
		return NULL;
	}
	block = a->alloc(a->ctx, hdrsize + flat);
	memset(block, 0, hdrsize + sizeof(tf_fv_header));
	h = (tf_fv_header *) (block + hdrsize);
	h->version = TF_FV_FORMAT_VERSION;
	h->engine = engine;
	h->nkeys = (uint32_t) n;
	slots = (tf_fv_slot *) (h + 1);
	data = (uint8_t *) (slots + n);
	for (int i = 0; i < n; i++)
	{
		slots[i].off = off;
		slots[i].len = (uint16_t) e[i].len;
		slots[i].count = (uint16_t) (e[i].count > TF_FV_MAX_COUNT ? TF_FV_MAX_COUNT : e[i].count);
		memcpy(data + off, e[i].key, e[i].len);
		off += e[i].len;
	}
	*size = hdrsize + flat;
	return block;
}

void *
tf_fv_build(const tf_allocator *a, size_t hdrsize, tf_fv_entry *e, int n,
			uint32_t engine, size_t *size, tf_parse_error *err)
{
	int			m = 0;
	int32_t		countdown = TF_INTERRUPT_EVERY;

	/* a document's facts may be many: a sort that a cancel can stop */
	tf_sort(a, e, (size_t) (n > 0 ? n : 0), sizeof(tf_fv_entry), entry_cmp);
	for (int i = 0; i < n; i++)
	{
		TF_CHECK_EVERY(a, countdown);
		if (m > 0 && tf_key_cmp(e[m - 1].key, e[m - 1].len, e[i].key, e[i].len) == 0)
		{
			uint32_t	c = e[m - 1].count + e[i].count;

			/* counts saturate; the sum cannot wrap as both are <= 2^31 here */
			e[m - 1].count = c > TF_FV_MAX_COUNT ? TF_FV_MAX_COUNT : c;
			continue;
		}
		e[m] = e[i];
		if (e[m].count > TF_FV_MAX_COUNT)
			e[m].count = TF_FV_MAX_COUNT;
		m++;
	}
	return write_flat(a, hdrsize, e, m, engine, size, err);
}

/* ---- text form ---- */

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/*
 * A fact key in single quotes at s[*i] ('country:PK', 'org:Moody\'s'),
 * unescaped and parsed into key[0..*klen); false with *err set, its
 * position in the whole input.
 */
static bool
read_quoted_key(const char *s, size_t len, size_t *i, uint8_t *key, size_t *klen,
				tf_parse_error *err)
{
	char		text[TF_KEY_TEXT_MAX];
	size_t		start,
				tlen = 0;
	tf_parse_error kerr;

	if (s[*i] != '\'')
	{
		tf_set_error(err, TF_ERR_SYNTAX, s, *i,
					 "Write each fact key in single quotes, as in 'country:PK' 'money:USD:3000000000':2.",
					 "expected a quoted fact key");
		return false;
	}
	start = (*i)++;
	for (;;)
	{
		char		c;

		if (*i >= len)
		{
			tf_set_error(err, TF_ERR_SYNTAX, s, start,
						 "Close every key with a single quote; write a quote inside a key as \\'.",
						 "unterminated fact key");
			return false;
		}
		c = s[(*i)++];
		if (c == '\'')
			break;
		if (c == '\\')
		{
			if (*i >= len)
				continue;		/* reported as unterminated above */
			c = s[(*i)++];
		}
		if (tlen >= sizeof(text))
		{
			tf_set_error(err, TF_ERR_LIMIT, s, start + 1, NULL,
						 "fact key is longer than %d bytes", TF_KEY_MAX);
			return false;
		}
		text[tlen++] = c;
	}
	/*
	 * The key was unescaped into text[]; positions of errors inside it point
	 * at its first character.
	 */
	*klen = tf_factkey_parse(text, 0, tlen, key, &kerr);
	if (*klen == 0)
	{
		/* re-base the position onto the whole input */
		tf_set_error(err, kerr.code, s, start + 1, kerr.hint[0] ? kerr.hint : NULL,
					 "%s", kerr.message);
		return false;
	}
	return true;
}

/* a mention count after a key, ":2", at s[*i]: 1 to TF_FV_MAX_COUNT; *count unchanged if none */
static bool
read_count(const char *s, size_t len, size_t *i, uint32_t *count, tf_parse_error *err)
{
	size_t		cstart;
	uint32_t	v = 0;

	if (!(*i < len && s[*i] == ':'))
		return true;
	cstart = ++(*i);
	while (*i < len && s[*i] >= '0' && s[*i] <= '9')
	{
		if (v <= TF_FV_MAX_COUNT)
			v = v * 10 + (uint32_t) (s[*i] - '0');
		(*i)++;
	}
	if (*i == cstart || v < 1 || v > TF_FV_MAX_COUNT)
	{
		tf_set_error(err, TF_ERR_SYNTAX, s, cstart, NULL,
					 "mention count must be a whole number from 1 to %d", TF_FV_MAX_COUNT);
		return false;
	}
	*count = v;
	return true;
}

void *
tf_fv_parse_text(const tf_allocator *a, size_t hdrsize, const char *s, size_t len,
				 size_t *size, tf_parse_error *err)
{
	tf_arena   *arena = tf_arena_create(a);
	tf_fv_entry *e = NULL;
	int			n = 0,
				cap = 0;
	uint8_t		key[TF_KEY_MAX];
	size_t		i = 0;
	void	   *res = NULL;

	err->code = TF_OK;
	for (;;)
	{
		size_t		klen;
		uint32_t	count = 1;

		while (i < len && is_space(s[i]))
			i++;
		if (i >= len)
			break;
		if (!read_quoted_key(s, len, &i, key, &klen, err) || !read_count(s, len, &i, &count, err))
			goto done;
		if (i < len && !is_space(s[i]))
		{
			tf_set_error(err, TF_ERR_SYNTAX, s, i,
						 "Separate fact keys with white space.",
						 "unexpected character after fact key");
			goto done;
		}
		e = tf_arena_grow(arena, e, &cap, n + 1, sizeof(tf_fv_entry));
		{
			uint8_t    *copy = tf_arena_alloc(arena, klen);

			memcpy(copy, key, klen);
			e[n].key = copy;
			e[n].len = (uint32_t) klen;
			e[n].count = count;
			n++;
		}
		if ((n & 0xFFFF) == 0)
			tf_check_interrupts(a);
	}
	/* typed values were not made by the engine: engine version 0 */
	res = tf_fv_build(a, hdrsize, e, n, 0, size, err);
done:
	tf_arena_destroy(arena);
	return res;
}

char *
tf_fv_format_text(const tf_allocator *a, const tf_fv_header *h)
{
	tf_buf		b;
	char		text[TF_KEY_TEXT_MAX];

	tf_buf_init(&b, a);
	for (uint32_t i = 0; i < h->nkeys; i++)
	{
		size_t		klen;
		const uint8_t *key = tf_fv_key(h, i, &klen);
		size_t		tlen = tf_factkey_to_text(key, klen, text);

		if (i > 0)
			tf_buf_putc(&b, ' ');
		tf_buf_put_quoted(&b, text, tlen, '\'');
		if (tf_fv_slots(h)[i].count > 1)
		{
			char		num[16];

			snprintf(num, sizeof(num), ":%u", (unsigned) tf_fv_slots(h)[i].count);
			tf_buf_puts(&b, num);
		}
	}
	return b.data;
}

/* ---- wire form ---- */

#define WIRE_HDR	9			/* version, engine, nkeys */
#define WIRE_ENTRY	4			/* count, length */

size_t
tf_fv_wire_size(const tf_fv_header *h)
{
	size_t		n = WIRE_HDR;

	for (uint32_t i = 0; i < h->nkeys; i++)
		n += WIRE_ENTRY + tf_fv_slots(h)[i].len;
	return n;
}

void
tf_fv_wire_write(const tf_fv_header *h, uint8_t *out)
{
	size_t		o = 0;

	out[o++] = TF_FV_FORMAT_VERSION;
	tf_put_be32(out + o, h->engine);
	tf_put_be32(out + o + 4, h->nkeys);
	o += 8;
	for (uint32_t i = 0; i < h->nkeys; i++)
	{
		size_t		klen;
		const uint8_t *key = tf_fv_key(h, i, &klen);

		tf_put_be16(out + o, tf_fv_slots(h)[i].count);
		tf_put_be16(out + o + 2, (uint16_t) klen);
		memcpy(out + o + 4, key, klen);
		o += WIRE_ENTRY + klen;
	}
}

static void *
wire_error(tf_parse_error *err, size_t off, const char *fmt, unsigned v)
{
	err->code = TF_ERR_BINARY;
	err->pos = (int) (off > 0x7FFFFFFF ? 0x7FFFFFFF : off + 1);
	snprintf(err->message, sizeof(err->message), fmt, v);
	err->hint[0] = '\0';
	return NULL;
}

void *
tf_fv_from_wire(const tf_allocator *a, size_t hdrsize, const uint8_t *buf, size_t len,
				size_t *size, tf_parse_error *err)
{
	uint32_t	engine,
				nkeys;
	size_t		o,
				flat;
	const uint8_t *prev = NULL;
	size_t		prevlen = 0;
	char	   *block;
	tf_fv_header *h;
	tf_fv_slot *slots;
	uint8_t    *data;
	uint32_t	off = 0;

	err->code = TF_OK;
	if (len < WIRE_HDR)
		return wire_error(err, 0, "factvector data of %u bytes is too short for its header", (unsigned) len);
	if (buf[0] != TF_FV_FORMAT_VERSION)
		return wire_error(err, 0, "unsupported factvector format version %u", buf[0]);
	engine = tf_get_be32(buf + 1);
	nkeys = tf_get_be32(buf + 5);
	/* every entry takes at least WIRE_ENTRY + 1 bytes: check before reading */
	if (nkeys > (len - WIRE_HDR) / (WIRE_ENTRY + 1))
		return wire_error(err, 5, "factvector key count %u exceeds the data", nkeys);

	/* pass 1: validate everything, computing the flat size */
	flat = sizeof(tf_fv_header) + (size_t) nkeys * sizeof(tf_fv_slot);
	o = WIRE_HDR;
	for (uint32_t i = 0; i < nkeys; i++)
	{
		uint16_t	count,
					klen;

		if (len - o < WIRE_ENTRY)
			return wire_error(err, o, "factvector data is truncated at key %u", i + 1);
		count = tf_get_be16(buf + o);
		klen = tf_get_be16(buf + o + 2);
		if (count == 0)
			return wire_error(err, o, "factvector key %u has a mention count of 0", i + 1);
		if (klen == 0 || klen > TF_KEY_MAX)
			return wire_error(err, o + 2, "factvector key %u has an invalid length", i + 1);
		if (len - o - WIRE_ENTRY < klen)
			return wire_error(err, o + 2, "factvector data is truncated in key %u", i + 1);
		o += WIRE_ENTRY;
		if (!tf_factkey_valid(buf + o, klen))
			return wire_error(err, o, "factvector key %u is not a valid fact key", i + 1);
		if (prev != NULL && tf_key_cmp(prev, prevlen, buf + o, klen) >= 0)
			return wire_error(err, o, "factvector keys are not in strictly ascending order at key %u", i + 1);
		prev = buf + o;
		prevlen = klen;
		o += klen;
		flat += klen;
		if (flat > TF_FV_MAX_BYTES)
		{
			wire_error(err, o, "factvector is larger than the maximum of %u bytes",
					   (unsigned) TF_FV_MAX_BYTES);
			err->code = TF_ERR_LIMIT;
			return NULL;
		}
	}
	if (o != len)
		return wire_error(err, o, "factvector data has %u trailing bytes", (unsigned) (len - o));

	/* pass 2: all is known good; copy */
	block = a->alloc(a->ctx, hdrsize + flat);
	memset(block, 0, hdrsize + sizeof(tf_fv_header));
	h = (tf_fv_header *) (block + hdrsize);
	h->version = TF_FV_FORMAT_VERSION;
	h->engine = engine;
	h->nkeys = nkeys;
	slots = (tf_fv_slot *) (h + 1);
	data = (uint8_t *) (slots + nkeys);
	o = WIRE_HDR;
	for (uint32_t i = 0; i < nkeys; i++)
	{
		uint16_t	klen = tf_get_be16(buf + o + 2);

		slots[i].count = tf_get_be16(buf + o);
		slots[i].len = klen;
		slots[i].off = off;
		memcpy(data + off, buf + o + WIRE_ENTRY, klen);
		off += klen;
		o += WIRE_ENTRY + klen;
	}
	*size = hdrsize + flat;
	return block;
}

bool
tf_fv_check(const tf_fv_header *h, size_t size)
{
	size_t		need;
	uint32_t	off = 0;

	if (size < sizeof(tf_fv_header) || h->version != TF_FV_FORMAT_VERSION ||
		h->flags != 0 || h->reserved != 0)
		return false;
	if (h->nkeys > (size - sizeof(tf_fv_header)) / sizeof(tf_fv_slot))
		return false;
	need = sizeof(tf_fv_header) + (size_t) h->nkeys * sizeof(tf_fv_slot);
	for (uint32_t i = 0; i < h->nkeys; i++)
	{
		const tf_fv_slot *s = &tf_fv_slots(h)[i];

		if (s->off != off || s->count == 0 || s->len == 0 || need + s->len > size)
			return false;
		if (!tf_factkey_valid(tf_fv_keydata(h) + off, s->len))
			return false;
		if (i > 0 && tf_key_cmp(tf_fv_keydata(h) + tf_fv_slots(h)[i - 1].off,
								tf_fv_slots(h)[i - 1].len,
								tf_fv_keydata(h) + off, s->len) >= 0)
			return false;
		off += s->len;
		need += s->len;
	}
	return need == size;
}

/* ---- lookups and set operations ---- */

uint32_t
tf_fv_lower_bound(const tf_fv_header *h, const uint8_t *key, size_t len)
{
	uint32_t	lo = 0,
				hi = h->nkeys;

	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2;
		size_t		mlen;
		const uint8_t *m = tf_fv_key(h, mid, &mlen);

		if (tf_key_cmp(m, mlen, key, len) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void *
tf_fv_merge(const tf_allocator *a, size_t hdrsize, const tf_fv_header *x,
			const tf_fv_header *y, size_t *size, tf_parse_error *err)
{
	int			n = (int) (x->nkeys + y->nkeys);
	tf_fv_entry *e = tf_alloc_array(a, (size_t) (n > 0 ? n : 1), sizeof(tf_fv_entry));
	uint32_t	i = 0,
				j = 0;
	int			m = 0;
	void	   *res;

	/* both are sorted and unique: one merging pass */
	while (i < x->nkeys || j < y->nkeys)
	{
		size_t		xl = 0,
					yl = 0;
		const uint8_t *xk = i < x->nkeys ? tf_fv_key(x, i, &xl) : NULL;
		const uint8_t *yk = j < y->nkeys ? tf_fv_key(y, j, &yl) : NULL;
		int			c = xk == NULL ? 1 : yk == NULL ? -1 : tf_key_cmp(xk, xl, yk, yl);

		if (c <= 0)
		{
			e[m].key = xk;
			e[m].len = (uint32_t) xl;
			e[m].count = tf_fv_slots(x)[i].count;
			if (c == 0)
			{
				e[m].count += tf_fv_slots(y)[j].count;
				j++;
			}
			i++;
		}
		else
		{
			e[m].key = yk;
			e[m].len = (uint32_t) yl;
			e[m].count = tf_fv_slots(y)[j].count;
			j++;
		}
		m++;
	}
	res = write_flat(a, hdrsize, e, m, x->engine < y->engine ? x->engine : y->engine,
					 size, err);
	a->free(a->ctx, e);
	return res;
}

bool
tf_fv_contains(const tf_fv_header *x, const tf_fv_header *y)
{
	uint32_t	i = 0;

	for (uint32_t j = 0; j < y->nkeys; j++)
	{
		size_t		yl;
		const uint8_t *yk = tf_fv_key(y, j, &yl);
		int			c = 1;

		while (i < x->nkeys)
		{
			size_t		xl;
			const uint8_t *xk = tf_fv_key(x, i, &xl);

			c = tf_key_cmp(xk, xl, yk, yl);
			if (c >= 0)
				break;
			i++;
		}
		if (c != 0)
			return false;
	}
	return true;
}

int
tf_fv_cmp(const tf_fv_header *x, const tf_fv_header *y)
{
	uint32_t	n = x->nkeys < y->nkeys ? x->nkeys : y->nkeys;

	for (uint32_t i = 0; i < n; i++)
	{
		size_t		xl,
					yl;
		const uint8_t *xk = tf_fv_key(x, i, &xl);
		const uint8_t *yk = tf_fv_key(y, i, &yl);
		int			c = tf_key_cmp(xk, xl, yk, yl);

		if (c != 0)
			return c;
		if (tf_fv_slots(x)[i].count != tf_fv_slots(y)[i].count)
			return tf_fv_slots(x)[i].count < tf_fv_slots(y)[i].count ? -1 : 1;
	}
	if (x->nkeys != y->nkeys)
		return x->nkeys < y->nkeys ? -1 : 1;
	return 0;
}
