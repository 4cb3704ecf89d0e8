/*
 * Unit tests of the engine's limits: what a token and a fact cost, the
 * memory an extraction holds at its peak, the fact cap, overflow-checked
 * sizes, the interrupt countdown, the cancellable sort, and the caps of
 * headline().
 */
#include "tap.h"
#include "factsearch.h"
#include "tf_internal.h"

#include <setjmp.h>
#include <time.h>

/* ---- an allocator that counts, and whose error() jumps back ---- */

static size_t live,
			peak,
			largest;
static long interrupts;
static long stop_at;			/* interrupt call that stops the engine, 0: none */
static jmp_buf on_error;
static char last_error[200];

/*
 * Every block is on a list, so that what an extraction stopped by error()
 * left (the engine never returns from error(): in the server the memory
 * context goes, here reset_counts() frees it) is freed, not leaked.
 */
typedef struct block
{
	size_t		size;
	struct block *prev,
			   *next;
	size_t		pad;			/* keeps the payload 16-byte aligned */
} block;

static block blocks = {0, &blocks, &blocks, 0};

static void *
count_alloc(void *ctx, size_t size)
{
	block	   *b = malloc(sizeof(block) + size);

	if (b == NULL)
		abort();
	b->size = size;
	b->next = blocks.next;
	b->prev = &blocks;
	blocks.next->prev = b;
	blocks.next = b;
	live += size;
	if (live > peak)
		peak = live;
	if (size > largest)
		largest = size;
	return b + 1;
}

static void
count_free(void *ctx, void *ptr)
{
	block	   *b = (block *) ptr - 1;

	live -= b->size;
	b->prev->next = b->next;
	b->next->prev = b->prev;
	free(b);
}

static void
jump_error(void *ctx, const char *message)
{
	snprintf(last_error, sizeof(last_error), "%s", message);
	longjmp(on_error, 1);
}

static void
count_interrupts(void *ctx)
{
	interrupts++;
	if (stop_at > 0 && interrupts == stop_at)
		jump_error(ctx, "cancelled");
}

static const tf_allocator counting = {count_alloc, count_free, jump_error, count_interrupts, NULL};

static void
reset_counts(void)
{
	while (blocks.next != &blocks)
		count_free(NULL, blocks.next + 1);
	live = peak = largest = 0;
	interrupts = 0;
	stop_at = 0;
	last_error[0] = '\0';
}

/* text of n copies of s (malloc'd, NUL-terminated) */
static char *
repeat(const char *s, size_t n)
{
	size_t		len = strlen(s);
	char	   *t = malloc(len * n + 1);

	for (size_t k = 0; k < n; k++)
		memcpy(t + k * len, s, len);
	t[len * n] = '\0';
	return t;
}

/* extracts text with the counting allocator; returns the facts or -1 on error() */
static int
extract_counted(const char *text, uint32_t max_facts)
{
	tf_options	o;
	tf_result	r;
	int			n;

	tf_options_init(&o);
	o.max_facts = max_facts;
	if (setjmp(on_error))
		return -1;
	tf_extract(&counting, text, strlen(text), &o, &r);
	n = r.nfacts;
	tf_result_free(&counting, &r);
	return n;
}

static const char news[] =
	"Pakistan secured a $3 billion package from the International Monetary Fund on Tuesday, "
	"officials in Islamabad said. Inflation fell to 6.9 percent in September 2024, down from "
	"a year earlier. The State Bank of Pakistan (SBP) kept its rate at 17.5%. Russia and China "
	"pledged US$4.7 billion last week, and Saudi Arabia rolled over 2 million barrels of oil. "
	"Analysts in Karachi doubted that the plan would work, and the rupee fell. ";

static int
cmp_int_first(const void *a, const void *b)
{
	const int  *x = a,
			   *y = b;

	return x[0] < y[0] ? -1 : x[0] > y[0];
}

int
main(void)
{
	/* ---- what a token and a fact cost ---- */
	ok(sizeof(tf_token) == 16, "a token is 16 bytes (got %zu)", sizeof(tf_token));
	ok(sizeof(tf_fact) <= 72, "a fact is at most 72 bytes, its details out of line (got %zu)",
	   sizeof(tf_fact));

	/* ---- the tokenizer sizes its array by its count (exact without numbers) ---- */
	{
		const char *s = "Pakistan paid $3 billion, officials said.";
		tf_tokens	t;

		reset_counts();
		tf_tokenize(&counting, s, strlen(s), &t);
		ok(t.ntok == 9 && largest == 9 * sizeof(tf_token),
		   "the token array holds exactly its tokens (%d tokens, %zu bytes)", t.ntok, largest);
		ok(tf_token_cp(s, &t.tok[2]) == '$' && tf_char_count(s, strlen(s)) == strlen(s),
		   "first code point and character count read from the text");
		counting.free(NULL, t.tok);
	}
	ok(tf_char_count("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z", 11) == 5,
	   "characters: 1-, 2-, 3- and 4-byte sequences count one each");
	ok(tf_char_count("a\xFF\xC3 b\xE2\x82", 7) == 7, "characters: an invalid byte counts one");

	/*
	 * Linear time on a run of closing quotes: sentence boundaries used to
	 * walk back over the whole run at every token (minutes for a megabyte).
	 */
	{
		char	   *text = repeat("'", 1000000);
		clock_t		t0 = clock();
		int			n = extract_counted(text, 0);

		/*
		 * 2 s of CPU; TF_TIME_SCALE widens it for runs under a sanitizer
		 * or valgrind (scripts/check-memory), which are many times slower
		 * but still linear: the quadratic walk took minutes.
		 */
		double		scale = getenv("TF_TIME_SCALE") ? atof(getenv("TF_TIME_SCALE")) : 1.0;

		ok(n == 0 && (double) (clock() - t0) / CLOCKS_PER_SEC < 2.0 * (scale >= 1.0 ? scale : 1.0),
		   "a run of 1,000,000 apostrophes takes linear time (%.2f s, limit %.0f s)",
		   (double) (clock() - t0) / CLOCKS_PER_SEC, 2.0 * (scale >= 1.0 ? scale : 1.0));
		free(text);
	}

	/*
	 * ---- peak memory of an extraction ----
	 *
	 * What an extraction holds at once is its tokens (16 bytes each) with a
	 * few bytes a token of a stage's own, and its facts (72 bytes each) with
	 * their details and strings: at most 24 bytes a token and 200 a fact.
	 * (News has a token every 5.4 bytes and a fact every 60: about 5x the
	 * text; this text is three times as dense in facts.)
	 */
	{
		char	   *text = repeat(news, 4000);	/* 1.7 MB */
		tf_tokens	t;
		int			n,
					ntok;

		tf_tokenize(&tf_malloc_allocator, text, strlen(text), &t);
		ntok = t.ntok;
		free(t.tok);
		reset_counts();
		n = extract_counted(text, 0);
		ok(n > 50000, "news: %d facts, %d tokens", n, ntok);
		ok(peak <= (size_t) ntok * 24 + (size_t) n * 200,
		   "news: the peak is at most 24 bytes a token and 200 a fact (%.2f x the text)",
		   (double) peak / strlen(text));
		ok(live == 0, "news: everything is freed with the result (%zu bytes left)", live);
		free(text);
	}
	{
		/*
		 * A fact every two bytes: at the peak, the facts' segments and the
		 * one array they are copied into once the tokens are freed (twice
		 * 72 bytes), and little else.  It used to be over 800.
		 */
		char	   *text = repeat("1 ", 200000);
		int			n;

		reset_counts();
		n = extract_counted(text, 0);
		ok(n == 200000, "1 1 1 ...: one fact a number (%d)", n);
		ok(peak <= (size_t) n * 160, "1 1 1 ...: at most 160 bytes a fact at the peak (%.1f)",
		   (double) peak / n);
		free(text);
	}

	/* ---- the fact cap ---- */
	reset_counts();
	ok(extract_counted("Pakistan, India, China and Russia.", 4) == 4,
	   "max_facts 4: four countries are found");
	reset_counts();
	ok(extract_counted("Pakistan, India, China and Russia.", 3) == -1 &&
	   strcmp(last_error, TF_MSG_TOO_MANY_FACTS) == 0,
	   "max_facts 3: error() says the document has too many facts");
	{
		char	   *text = repeat("1 ", 2000000);

		reset_counts();
		ok(extract_counted(text, 100000) == -1 && strcmp(last_error, TF_MSG_TOO_MANY_FACTS) == 0,
		   "max_facts 100000: 2,000,000 numbers are refused");
		ok(peak < (size_t) 2000000 * 40, "... before the facts pass the tokens (%zu bytes)", peak);
		free(text);
	}

	/* ---- sizes are checked ---- */
	reset_counts();
	if (setjmp(on_error) == 0)
	{
		(void) tf_alloc_array(&counting, SIZE_MAX / 8, 16);
		ok(0, "an overflowing count x size is refused");
	}
	else
		ok(strcmp(last_error, TF_MSG_TOO_LARGE) == 0, "an overflowing count x size is refused");
	reset_counts();
	if (setjmp(on_error) == 0)
	{
		(void) tf_alloc_array(&counting, TF_MAX_ALLOC / 16 + 1, 16);
		ok(0, "a request above TF_MAX_ALLOC is refused");
	}
	else
		ok(strcmp(last_error, TF_MSG_TOO_LARGE) == 0 && largest == 0,
		   "a request above TF_MAX_ALLOC is refused before anything is allocated");

	/* ---- the interrupt countdown ---- */
	{
		char	   *text = repeat(news, 1000);
		tf_tokens	t;
		int			ntok;
		long		total;

		tf_tokenize(&tf_malloc_allocator, text, strlen(text), &t);
		ntok = t.ntok;
		free(t.tok);
		reset_counts();
		(void) extract_counted(text, 0);
		total = interrupts;
		ok(total >= 6L * ntok / TF_INTERRUPT_EVERY,
		   "interrupt checks come every %d turns of every loop (%ld checks, %d tokens)",
		   TF_INTERRUPT_EVERY, total, ntok);
		/* a check that does not return stops the engine anywhere */
		{
			int			stopped = 0,
						tries = 0;

			for (long k = 1; k < total; k += total / 7 + 1)
			{
				reset_counts();
				stop_at = k;
				tries++;
				if (extract_counted(text, 0) == -1 && strcmp(last_error, "cancelled") == 0)
					stopped++;
			}
			ok(stopped == tries, "a cancel at any of %d points stops the extraction", tries);
		}
		free(text);
	}

	/* ---- the sort is stable and cancellable ---- */
	{
		enum
		{
		N = 20000};
		int		   *a = malloc(sizeof(int) * 2 * N);
		bool		same = true;

		srand(7);
		for (int k = 0; k < N; k++)
		{
			a[2 * k] = rand() % 100;	/* many ties */
			a[2 * k + 1] = k;			/* original position */
		}
		reset_counts();
		tf_sort(&counting, a, N, 2 * sizeof(int), cmp_int_first);
		for (int k = 1; k < N; k++)
			if (a[2 * k - 2] > a[2 * k] || (a[2 * k - 2] == a[2 * k] && a[2 * k - 1] > a[2 * k + 1]))
				same = false;
		ok(same, "tf_sort: sorted, and equal keys keep their order");
		ok(live == 0 && interrupts > 0, "tf_sort: frees its scratch and checks for interrupts");
		free(a);
	}

	/* ---- headline: caps and output limit ---- */
	{
		tf_headline_opts o;
		tf_parse_error err;
		char		opt[200];

		snprintf(opt, sizeof(opt), "StartSel=%0*d", TF_HEADLINE_MAX_MARKER + 1, 0);
		ok(!tf_headline_options(opt, strlen(opt), &o, &err) && err.hint[0] != '\0',
		   "headline: StartSel over %d bytes is an error with a hint: %s", TF_HEADLINE_MAX_MARKER,
		   err.message);
		snprintf(opt, sizeof(opt), "StopSel=%0*d", TF_HEADLINE_MAX_MARKER, 0);
		ok(tf_headline_options(opt, strlen(opt), &o, &err), "headline: StopSel at the cap is fine");
		snprintf(opt, sizeof(opt), "MaxFragments=%d", TF_HEADLINE_MAX_FRAGMENTS + 1);
		ok(!tf_headline_options(opt, strlen(opt), &o, &err), "headline: MaxFragments over the cap");
	}
	{
		static const char qtext[] = "country:PK";
		tf_parse_error err;
		size_t		qsize;
		tf_fq_header *q = tf_fq_parse(&tf_malloc_allocator, 0, qtext, strlen(qtext), &qsize, &err);
		tf_headline_opts o;
		tf_options	eo;
		char	   *text = repeat("word ", 20000);
		char	   *big = malloc(strlen(text) * 2 + 64);
		char	   *h;

		sprintf(big, "%sPakistan paid $3 billion %s", text, text);
		tf_options_init(&eo);
		tf_headline_options("", 0, &o, &err);
		h = tf_headline(&tf_malloc_allocator, big, strlen(big), &eo, q, &o);
		ok(strlen(h) <= TF_HEADLINE_MAX_SENTENCE + 7 && strstr(h, "<b>Pakistan</b> paid") != NULL,
		   "headline: a 200 kB sentence is cut to a window around the match (%zu bytes)", strlen(h));
		free(h);
		o.max_output = 100;
		reset_counts();
		if (setjmp(on_error) == 0)
		{
			h = tf_headline(&counting, big, strlen(big), &eo, q, &o);
			ok(0, "headline: a result over max_output is an error");
		}
		else
			ok(strcmp(last_error, TF_MSG_OUTPUT_TOO_LONG) == 0 && largest < 1000000,
			   "headline: a result over max_output is an error before it is built");
		free(text);
		free(big);
		free(q);
	}
	reset_counts();
	return tap_done();
}
