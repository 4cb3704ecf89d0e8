/*
 * html.c — article bodies stored as HTML: the text the tokenizer reads,
 * without the markup, and the way back to the original text's offsets.
 *
 * Automatic, not an argument: a text is read as HTML only where it holds
 * markup that cannot be anything else, and a text without any is read as it
 * is, byte for byte.  Markup is:
 *
 *   tags        <p>, </b>, <br/>, <a href="...">: "<", an optional "/", the
 *               name of an HTML element (a fixed list, so that "a<b" or
 *               "x < 5 and y > 3" in plain text stay text), attributes with
 *               or without quotes, ">" within TAG_MAX bytes
 *   comments    <!-- ... -->, and <!DOCTYPE ...>
 *   the content of <script> and <style>, to their closing tag
 *   entities    &amp; &lt; &gt; &quot; &apos; &nbsp; and the few named ones
 *               of news text (dashes, quotes, currency signs), &#36; and
 *               &#x24;: each decoded to its character
 *
 * A tag becomes one space, so that the words on either side stay apart, and
 * a block tag (p, div, br, li, h1 ...) a blank line, which ends a sentence
 * and a paragraph as it does on the page.  The decoded text is never longer
 * than the original (a tag is at least three bytes, an entity at least as
 * long as the UTF-8 of its character), so it takes one allocation of at most
 * the text's size.
 *
 * The way back is a list of runs: a stretch of the decoded text copied from
 * the original, or one piece (a tag, an entity) that stands for a stretch of
 * the original.  A span of the decoded text maps to the original by a binary
 * search of its two ends, so that pos/len still point into the text the
 * caller gave: substr(body, pos, len) is the fact as written, markup and all.
 */
#include "html.h"
#include "text.h"

#include <stdio.h>

/* the longest tag read (a longer one is text); comments and scripts may be longer */
#define TAG_MAX 2048

/* the HTML elements (a tag of another name is text), sorted */
static const char *const elements[] = {
	"a", "abbr", "address", "article", "aside", "audio", "b", "bdi", "bdo", "big",
	"blockquote", "body", "br", "button", "caption", "center", "cite", "code", "col",
	"colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "embed", "figcaption",
	"figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
	"hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "li", "link", "main",
	"mark", "meta", "nav", "noscript", "object", "ol", "p", "picture", "pre", "q", "s",
	"samp", "script", "section", "small", "source", "span", "strike", "strong", "style", "sub",
	"summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "title", "tr",
	"tt", "u", "ul", "var", "video", "wbr"
};

/* the elements that break a line on the page: a paragraph break in the text */
static const char *const blocks[] = {
	"address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd",
	"div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
	"header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "table",
	"tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul"
};

/* named entities and their code points, sorted by name */
static const struct
{
	const char *name;
	uint32_t	cp;
}			entities[] = {
	{"amp", '&'}, {"apos", '\''}, {"bull", 0x2022}, {"cent", 0xA2}, {"copy", 0xA9},
	{"euro", 0x20AC}, {"gt", '>'}, {"hellip", 0x2026}, {"laquo", 0xAB}, {"ldquo", 0x201C},
	{"lsquo", 0x2018}, {"lt", '<'}, {"mdash", 0x2014}, {"middot", 0xB7}, {"nbsp", 0xA0},
	{"ndash", 0x2013}, {"pound", 0xA3}, {"quot", '"'}, {"raquo", 0xBB}, {"rdquo", 0x201D},
	{"reg", 0xAE}, {"rsquo", 0x2019}, {"thinsp", 0x2009}, {"trade", 0x2122}, {"yen", 0xA5}
};

static bool
is_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static bool
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* is the lower-case name[0..n) in the sorted list? */
static bool
in_list(const char *const *list, size_t nlist, const char *name, size_t n)
{
	size_t		lo = 0,
				hi = nlist;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		int			c = strncmp(list[mid], name, n);

		if (c == 0 && list[mid][n] != '\0')
			c = 1;
		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* does s[k..) begin with the lower-case word w, case ignored? */
static bool
starts_ci(const char *s, size_t len, size_t k, const char *w)
{
	for (; *w; w++, k++)
		if (k >= len || (s[k] | 0x20) != *w)
			return false;
	return true;
}

/*
 * The document's scan: the caller's interrupt check, and the searches that
 * failed, one a needle (find_ci)
 */
typedef struct scan
{
	const tf_allocator *a;
	int32_t		countdown;
	size_t		no_comment_end;
	size_t		no_script_end;
	size_t		no_style_end;
} scan;

/*
 * Where the first needle (lower case) at or after from ends, case ignored; 0
 * if none.  A search that failed is remembered (*none_from): no later one
 * from further on can succeed, so that text full of "<!--" with no end costs
 * one scan, not one for each.
 */
static size_t
find_ci(scan *sc, const char *s, size_t len, size_t from, const char *needle, size_t *none_from)
{
	size_t		n = strlen(needle);

	if (from >= *none_from)
		return 0;
	for (size_t k = from; k + n <= len; k++)
	{
		TF_CHECK_EVERY(sc->a, sc->countdown);
		if ((s[k] | 0x20) == needle[0] && starts_ci(s, len, k, needle))
			return k + n;
	}
	*none_from = from;
	return 0;
}

/*
 * A tag, comment or doctype at s[i] (s[i] == '<'): its length, or 0 if it is
 * text.  *block: a block element's; name (lower case, *nlen bytes): the
 * element's; *closing: "</".  A tag ends at the first ">" and is text if
 * another "<" comes first: each "<" looks no further than the next one.
 */
static size_t
tag_at(const char *s, size_t len, size_t i, scan *sc, bool *block, char *name, size_t *nlen,
	   bool *closing)
{
	size_t		k = i + 1,
				n = 0;

	*block = *closing = false;
	*nlen = 0;
	if (k < len && s[k] == '!')
	{
		size_t		e;

		if (starts_ci(s, len, k + 1, "--"))
			return (e = find_ci(sc, s, len, k + 3, "-->", &sc->no_comment_end)) ? e - i : 0;
		if (!starts_ci(s, len, k + 1, "doctype"))
			return 0;
		k += 8;
	}
	else
	{
		if (k < len && s[k] == '/')
		{
			*closing = true;
			k++;
		}
		while (k < len && n < 16 &&
			   (is_alpha((unsigned char) s[k]) || (n > 0 && s[k] >= '1' && s[k] <= '6')))
			name[n++] = (char) (s[k++] | 0x20);
		if (n == 0 || n == 16 || !in_list(elements, sizeof(elements) / sizeof(elements[0]), name, n))
			return 0;
		name[n] = '\0';
		*nlen = n;
		*block = in_list(blocks, sizeof(blocks) / sizeof(blocks[0]), name, n);
		/* the name ends at a space, "/" or ">": "<bold>" is no "<b>" */
		if (k >= len || !(is_space((unsigned char) s[k]) || s[k] == '/' || s[k] == '>'))
			return 0;
	}
	for (; k < len && k - i < TAG_MAX; k++)
	{
		if (s[k] == '>')
			return k + 1 - i;
		if (s[k] == '<')
			return 0;
	}
	return 0;
}

/* the UTF-8 of code point cp into out; its length (0: not a character) */
static size_t
put_utf8(uint32_t cp, char *out)
{
	if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		return 0;
	return tf_utf8_put(cp, out);
}

/* an entity at s[i] (s[i] == '&'): its length, its decoding into out[*olen]; 0 if text */
static size_t
entity_at(const char *s, size_t len, size_t i, char *out, size_t *olen)
{
	size_t		k = i + 1;
	uint32_t	cp = 0;

	if (k < len && s[k] == '#')
	{
		bool		hex = k + 1 < len && (s[k + 1] | 0x20) == 'x';
		size_t		nd = 0;

		k += hex ? 2 : 1;
		for (; k < len && nd < 7; k++, nd++)
		{
			unsigned char c = (unsigned char) s[k];

			if (c >= '0' && c <= '9')
				cp = cp * (hex ? 16 : 10) + (c - '0');
			else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
				cp = cp * 16 + ((c | 0x20) - 'a' + 10);
			else
				break;
		}
		if (nd == 0 || k >= len || s[k] != ';')
			return 0;
	}
	else
	{
		char		name[8];
		size_t		n = 0;
		size_t		lo = 0,
					hi = sizeof(entities) / sizeof(entities[0]);

		while (k < len && n < sizeof(name) - 1 && is_alpha((unsigned char) s[k]))
			name[n++] = s[k++];
		if (n == 0 || k >= len || s[k] != ';')
			return 0;
		name[n] = '\0';
		while (lo < hi)
		{
			size_t		mid = (lo + hi) / 2;
			int			c = strcmp(entities[mid].name, name);

			if (c == 0)
			{
				cp = entities[mid].cp;
				break;
			}
			if (c < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (cp == 0)
			return 0;
	}
	*olen = put_utf8(cp, out);
	/* never longer than what it decodes: "&#9;" is four bytes, its character one */
	if (*olen == 0 || *olen > k + 1 - i)
		return 0;
	return k + 1 - i;
}

/*
 * The first byte c at or after from, or len: memchr a few kilobytes at a
 * time, so that a cancel is honoured in a long text.  The callers ask again
 * only past the byte found, so a text is read once whatever it holds.
 */
static size_t
next_byte(scan *sc, const char *s, size_t len, size_t from, char c)
{
	while (from < len)
	{
		size_t		n = len - from < TF_INTERRUPT_EVERY ? len - from : TF_INTERRUPT_EVERY;
		const char *hit = memchr(s + from, c, n);

		if (hit)
			return (size_t) (hit - s);
		from += n;
		TF_CHECK_EVERY(sc->a, sc->countdown);
	}
	return len;
}

/*
 * The piece of markup at s[i], if any: its length in the original and what
 * stands for it in the decoded text (out, *olen).  Scripts and styles take
 * their content to the closing tag.
 */
static size_t
markup_at(const char *s, size_t len, size_t i, scan *sc, char *out, size_t *olen)
{
	size_t		n = 0;

	if (s[i] == '<')
	{
		bool		block,
					closing;
		char		name[17];
		size_t		nlen;

		n = tag_at(s, len, i, sc, &block, name, &nlen, &closing);
		if (n == 0)
			return 0;
		if (!closing && nlen > 0 && (strcmp(name, "script") == 0 || strcmp(name, "style") == 0))
		{
			bool		script = name[1] == 'c';
			size_t		e = find_ci(sc, s, len, i + n, script ? "</script" : "</style",
									script ? &sc->no_script_end : &sc->no_style_end);

			if (e != 0)
			{
				while (e < len && s[e] != '>' && s[e] != '<')
					e++;
				n = (e < len && s[e] == '>' ? e + 1 : e) - i;
			}
		}
		out[0] = block ? '\n' : ' ';
		out[1] = '\n';
		*olen = block ? 2 : 1;
		return n;
	}
	if (s[i] == '&')
		return entity_at(s, len, i, out, olen);
	return 0;
}

bool
tf_html_clean(const tf_allocator *a, const char *text, size_t len, tf_html *out)
{
	size_t		nmark = 0,
				o = 0,
				copy_from = 0;
	char		piece[4];
	int			r = 0;
	scan		sc = {a, TF_INTERRUPT_EVERY, SIZE_MAX, SIZE_MAX, SIZE_MAX};

	memset(out, 0, sizeof(*out));
	/*
	 * How many pieces of markup: none, and the text is read as it is.  The
	 * bytes between two '<' or '&' are skipped with memchr: most texts are
	 * plain, and this pass read each of their bytes.
	 */
	{
		size_t		lt = next_byte(&sc, text, len, 0, '<'),
					amp = next_byte(&sc, text, len, 0, '&');

		for (size_t i = lt < amp ? lt : amp; i < len; i = lt < amp ? lt : amp)
		{
			size_t		n,
						pl;

			TF_CHECK_EVERY(a, sc.countdown);
			n = markup_at(text, len, i, &sc, piece, &pl);
			nmark += n > 0;
			i += n > 0 ? n : 1;
			if (lt < i)
				lt = next_byte(&sc, text, len, i, '<');
			if (amp < i)
				amp = next_byte(&sc, text, len, i, '&');
		}
	}
	if (nmark == 0)
		return false;
	out->text = tf_alloc_array(a, len + 1, 1);
	/* a copied stretch before each piece, the piece, and the stretch after the last */
	out->runs = tf_alloc_array(a, 2 * nmark + 1, sizeof(tf_html_run));
	for (size_t i = 0; i <= len; i++)
	{
		size_t		n = 0,
					pl = 0;

		TF_CHECK_EVERY(a, sc.countdown);
		if (i < len && (text[i] == '<' || text[i] == '&'))
			n = markup_at(text, len, i, &sc, piece, &pl);
		if (n == 0 && i < len)
			continue;
		if (i > copy_from)
		{
			memcpy(out->text + o, text + copy_from, i - copy_from);
			out->runs[r++] = (tf_html_run)
			{
				(uint32_t) o, (uint32_t) copy_from, (uint32_t) (i - copy_from), (uint32_t) (i - copy_from), true
			};
			o += i - copy_from;
		}
		if (n == 0)
			break;
		memcpy(out->text + o, piece, pl);
		out->runs[r++] = (tf_html_run)
		{
			(uint32_t) o, (uint32_t) i, (uint32_t) pl, (uint32_t) n, false
		};
		o += pl;
		i += n - 1;
		copy_from = i + 1;
	}
	out->text[o] = '\0';
	out->len = o;
	out->nruns = r;
	return true;
}

/* the run that holds decoded byte p (p < len) */
static const tf_html_run *
run_of(const tf_html *h, uint32_t p)
{
	int			lo = 0,
				hi = h->nruns - 1;

	while (lo < hi)
	{
		int			mid = (lo + hi + 1) / 2;

		if (h->runs[mid].cstart <= p)
			lo = mid;
		else
			hi = mid - 1;
	}
	return &h->runs[lo];
}

void
tf_html_span(const tf_html *h, uint32_t *bpos, uint32_t *blen)
{
	const tf_html_run *r;
	uint32_t	start,
				end;

	if (*blen == 0 || h->nruns == 0)
		return;
	r = run_of(h, *bpos);
	start = r->copy ? r->ostart + (*bpos - r->cstart) : r->ostart;
	r = run_of(h, *bpos + *blen - 1);
	end = r->copy ? r->ostart + (*bpos + *blen - r->cstart) : r->ostart + r->olen;
	*bpos = start;
	*blen = end - start;
}

void
tf_html_free(const tf_allocator *a, tf_html *h)
{
	if (h->text)
		a->free(a->ctx, h->text);
	if (h->runs)
		a->free(a->ctx, h->runs);
	memset(h, 0, sizeof(*h));
}
