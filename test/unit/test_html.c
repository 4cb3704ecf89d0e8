/*
 * Unit tests of article bodies stored as HTML (html.c): markup is skipped and
 * entities decoded before the tokenizer reads the text, and every fact's
 * span is a span of the text as given (markup and all), so that
 * substr(body, pos, len) is the fact as written.  A text without markup is
 * read as it is.
 */
#include "figures_tap.h"
#include "html.h"

static const fig_case markup[] = {
	/* an entity for the sign: the span is the entity as written */
	{"<p>The firm paid &#36;3 billion for the port.</p>", "money", "&#36;3 billion", "3000000000", "USD",
	 NULL, NULL, NULL},
	{"<p>Profit rose 5&#37; to &pound;20 million.</p>", "percent", "5&#37;", "5", "%"},
	{"<p>Profit rose 5&#37; to &pound;20 million.</p>", "money", "&pound;20 million", "20000000", "GBP"},
	{"<p>They lent &#x24;7 billion.</p>", "money", "&#x24;7 billion", "7000000000", "USD"},
	/* a tag inside the figure: the span crosses it */
	{"It cost <b>$5</b> million in all.", "money", "$5</b> million", "5000000", "USD"},
	{"AT&amp;T paid <a href=\"http://example.com/?a=1&b=2\">$5 million</a> in fees.", "money",
	 "$5 million", "5000000", "USD", NULL, NULL, "fees"},
	/* what is not text: scripts, styles, comments */
	{"<script>var price = \"$100 million\";</script><p>Nothing else.</p>", NULL},
	{"<style>p { width: 50%; }</style><p>Nothing here.</p>", NULL},
	{"<!-- $200 million --><div>Nothing either.</div>", NULL},
	/* plain text with angle brackets and ampersands stays text */
	{"If x < 5 and y > 3, then 5 & 6 is 11 apples.", "number", "5", "5"},
	{"Use a<b and c>d, not 40 pages.", "number", "40", "40", "pages"},
	{"An unclosed <!-- comment and 12 pages.", "number", "12", "12", "pages"},
};

/* the decoded text and its map back, directly */
static void
check_clean(void)
{
	tf_html		h;
	const char *t = "<p>A&amp;B paid &euro;5.</p>";
	uint32_t	b,
				l;

	ok(!tf_html_clean(&tf_malloc_allocator, "no markup here, x < 5 & y", 25, &h) && h.text == NULL,
	   "a text without markup is not copied");
	ok(tf_html_clean(&tf_malloc_allocator, t, strlen(t), &h), "a text with markup is decoded");
	ok(h.len <= strlen(t) && strcmp(h.text, "\n\nA&B paid \xE2\x82\xAC" "5.\n\n") == 0,
	   "tags are spaces or line breaks, entities their characters: \"%s\"", h.text);
	/* "B" in the decoded text is at 4; in the original at 9 */
	b = 4;
	l = 1;
	tf_html_span(&h, &b, &l);
	ok(b == 9 && l == 1, "a copied byte maps to its place (%u+%u)", b, l);
	/* "A&B": the entity inside maps to the whole "&amp;" */
	b = 2;
	l = 3;
	tf_html_span(&h, &b, &l);
	ok(b == 3 && l == 7, "a span over an entity covers it (%u+%u)", b, l);
	/* the euro sign (3 bytes) is "&euro;" (6) */
	b = 11;
	l = 4;
	tf_html_span(&h, &b, &l);
	ok(b == 16 && l == 7, "a span that begins with an entity begins with it (%u+%u)", b, l);
	tf_html_free(&tf_malloc_allocator, &h);
	ok(!tf_html_clean(&tf_malloc_allocator, "&#0; &#xD800; &bogus; &#99999999;", 33, &h),
	   "no character, a surrogate, an unknown name, too large: text");
}

/* block tags end sentences; inline tags do not */
static void
check_sentences(void)
{
	const tf_result *r = facts_of("<p>Pakistan signed</p><p>India signed</p>", NULL);
	const tf_fact *a = find_fact("country", "Pakistan"),
			   *b = find_fact("country", "India");

	ok(r->nfacts == 2 && a && b && a->sentence == 1 && b->sentence == 2,
	   "a paragraph tag ends a sentence");
	facts_of("Pakistan <i>and</i> India signed.", NULL);
	a = find_fact("country", "Pakistan");
	b = find_fact("country", "India");
	ok(a && b && a->sentence == 1 && b->sentence == 1, "an inline tag does not");
	/* character offsets count the markup: "India" is the 24th character */
	facts_of("<p>&eacute; &euro;</p><p>India</p>", NULL);
	b = find_fact("country", "India");
	ok(b && b->cpos == 25 && b->clen == 5, "character offsets in the original (%u)", b ? b->cpos : 0);
}

/* markup that never ends costs one scan, not one a piece (a quadratic scan would not finish) */
static void
check_linear(void)
{
	size_t		n = 100000;
	char	   *t = malloc(13 * n + 32);
	tf_result	r;

	/* unclosed scripts, then unclosed comments */
	for (size_t k = 0; k < n; k++)
	{
		memcpy(t + 8 * k, "<script>", 8);
		memcpy(t + 8 * n + 5 * k, "<!-- ", 5);
	}
	strcpy(t + 13 * n, " It cost $5 million.");
	tf_extract(&tf_malloc_allocator, t, strlen(t), NULL, &r);
	ok(r.nfacts == 1 && r.facts[0].kind == TF_MONEY, "a megabyte of unclosed comments: read in one pass");
	tf_result_free(&tf_malloc_allocator, &r);
	free(t);
}

int
main(void)
{
	CHECK_CASES(markup);
	check_clean();
	check_sentences();
	check_linear();
	return tap_done();
}
