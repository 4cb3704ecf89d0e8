/*
 * smoke_driver.c — runs a libFuzzer harness without libFuzzer: replays every
 * file of a corpus directory, then a fixed-seed series of mutations of them
 * (bit flips, byte insertions, truncations, splices).  It is what scripts/test
 * runs with gcc on every machine; the libFuzzer builds (make fuzz) explore
 * further.  Prints one TAP line.
 */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_INPUTS 4096
#define MAX_LEN 65536
#define MUTATIONS 20000

static uint64_t rng = 0x9E3779B97F4A7C15ull;

static uint32_t
next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t) rng;
}

int
main(int argc, char **argv)
{
	static uint8_t *inputs[MAX_INPUTS];
	static size_t lens[MAX_INPUTS];
	int			n = 0;
	uint8_t    *buf = malloc(MAX_LEN * 2);
	DIR		   *d = argc > 1 ? opendir(argv[1]) : NULL;
	struct dirent *de;

	if (d != NULL)
	{
		while ((de = readdir(d)) != NULL && n < MAX_INPUTS)
		{
			char		path[4096];
			FILE	   *f;
			size_t		len;

			if (de->d_name[0] == '.')
				continue;
			snprintf(path, sizeof(path), "%s/%s", argv[1], de->d_name);
			if ((f = fopen(path, "rb")) == NULL)
				continue;
			inputs[n] = malloc(MAX_LEN);
			len = fread(inputs[n], 1, MAX_LEN, f);
			fclose(f);
			lens[n++] = len;
		}
		closedir(d);
	}
	if (n == 0)
	{
		inputs[0] = malloc(1);
		lens[0] = 0;
		n = 1;
	}
	for (int i = 0; i < n; i++)
		LLVMFuzzerTestOneInput(inputs[i], lens[i]);
	for (int m = 0; m < MUTATIONS; m++)
	{
		int			src = (int) (next_rand() % (uint32_t) n);
		size_t		len = lens[src];
		int			edits = 1 + (int) (next_rand() % 8);

		memcpy(buf, inputs[src], len);
		for (int e = 0; e < edits; e++)
		{
			uint32_t	r = next_rand();

			switch (r % 5)
			{
				case 0:			/* flip a bit */
					if (len)
						buf[next_rand() % len] ^= (uint8_t) (1u << (r >> 8) % 8);
					break;
				case 1:			/* insert a byte */
					if (len < MAX_LEN)
					{
						size_t		at = len ? next_rand() % (len + 1) : 0;

						memmove(buf + at + 1, buf + at, len - at);
						buf[at] = (uint8_t) next_rand();
						len++;
					}
					break;
				case 2:			/* truncate */
					if (len)
						len = next_rand() % len;
					break;
				case 3:			/* splice another input's tail */
					{
						int			o = (int) (next_rand() % (uint32_t) n);
						size_t		at = len ? next_rand() % len : 0;
						size_t		from = lens[o] ? next_rand() % lens[o] : 0;
						size_t		k = lens[o] - from;

						if (at + k > MAX_LEN)
							k = MAX_LEN - at;
						memcpy(buf + at, inputs[o] + from, k);
						len = at + k;
					}
					break;
				case 4:			/* repeat a chunk: long runs of one shape */
					if (len && len < MAX_LEN / 2)
					{
						size_t		at = next_rand() % len;
						size_t		k = 1 + next_rand() % 16;

						if (at + k > len)
							k = len - at;
						for (int rep = 0; rep < 64 && len + k <= MAX_LEN; rep++)
						{
							memmove(buf + at + k, buf + at, len - at);
							len += k;
						}
					}
					break;
			}
		}
		LLVMFuzzerTestOneInput(buf, len);
	}
	printf("ok 1 - %s: %d corpus inputs and %d mutations ran clean\n",
		   argc > 1 ? argv[1] : "(no corpus)", n, MUTATIONS);
	for (int i = 0; i < n; i++)
		free(inputs[i]);
	free(buf);
	return 0;
}
